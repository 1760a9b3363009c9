/** Contract handlers for watchlists: views, full definitions, replacing them, rescanning history. */
import type { Handlers } from '../contract/dispatch'
import { watchlistColor } from '../contract/palette'
import type { RescanSummary } from '../contract/types'
import { rescanArticles } from '../monitor/rescan'
import { Matcher } from '../rules/matcher'
import { validateWatchlistFile, watchlistFileJson } from '../rules/watchlist-file'
import type { CoreContext } from './context'

type WatchlistHandlers = Pick<Handlers, 'listWatchlists' | 'getWatchlists' | 'setWatchlists' | 'rescan' | 'cancelRescan'>

/** At most one rescan at a time: a new one (after another change) cancels the one running. */
export class RescanJobs {
  private job: { controller: AbortController; done: Promise<RescanSummary> } | undefined

  constructor(private readonly ctx: CoreContext) {}

  start(): Promise<RescanSummary> {
    this.job?.controller.abort()
    const controller = new AbortController()
    const job = {
      controller,
      done: rescanArticles(this.ctx.store, this.ctx.matcher(), { signal: controller.signal, onProgress: this.ctx.emit, now: this.ctx.now }).finally(() => {
        if (this.job === job) this.job = undefined
      }),
    }
    this.job = job
    return job.done
  }

  cancel(): boolean {
    const running = this.job !== undefined
    this.job?.controller.abort()
    return running
  }

  async whenIdle(): Promise<void> {
    while (this.job) await this.job.done
  }
}

export function watchlistHandlers(ctx: CoreContext, rescans: RescanJobs): WatchlistHandlers {
  return {
    listWatchlists: () =>
      ctx.matcher().watchlists.map((w, i) => ({
        id: w.id,
        name: w.name,
        terms: w.terms.map((t) => t.query),
        exclude: [...w.exclude],
        notify: w.notify,
        color: watchlistColor(w.color, i),
        enabled: w.enabled !== false,
      })),
    getWatchlists: () => {
      const problem = ctx.watchlistsProblem()
      // Stored watchlists that cannot be built are not read again: the reply is the set in force, and why.
      return problem ? { ...watchlistFileJson(ctx.matcher().file), problem } : watchlistFileJson(ctx.store.watchlists.load())
    },
    setWatchlists: (file) => {
      // The schema checked the shape; this checks every query and builds the whole set before
      // anything is saved (a bad one is refused, nothing changes), then replaces it in one transaction.
      const validated = validateWatchlistFile(file)
      const matcher = new Matcher(validated)
      ctx.store.transaction(() => ctx.store.watchlists.replaceAll(validated))
      ctx.setMatcher(matcher)
      void rescans.start()
      return { watchlists: validated.watchlists.length }
    },
    rescan: () => rescans.start(),
    cancelRescan: () => ({ cancelled: rescans.cancel() }),
  }
}
