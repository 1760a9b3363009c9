/** Contract handlers for watchlists: views, full definitions, replacing them, rescanning history. */
import type { Handlers } from '../contract/dispatch'
import { watchlistColor } from '../contract/palette'
import type { RescanSummary } from '../contract/types'
import { threadsHere } from '../work/thread-pool'
import { rescanArticles } from '../monitor/rescan'
import { Matcher } from '../rules/matcher'
import { ALL_WATCHLISTS, unionOfRescans, watchlistsToRescan, type WatchlistsToRescan } from '../rules/watchlist-changes'
import { validateWatchlistFile, watchlistFileJson } from '../rules/watchlist-file'
import type { CoreContext } from './context'

type WatchlistHandlers = Pick<Handlers, 'listWatchlists' | 'getWatchlists' | 'setWatchlists' | 'rescan' | 'cancelRescan'>

/** Archives from this size are rescanned on every core: below it, starting the threads (their matchers built) costs about what they save. */
const THREADS_FROM = 5_000

/**
 * At most one rescan at a time: a new one (after another change) cancels the one running and
 * takes on what it had left, so a watchlist changed twice in a row is still rescanned.
 */
export class RescanJobs {
  private job: { controller: AbortController; done: Promise<RescanSummary> } | undefined
  /** The watchlists the running job rescans. */
  private scope: WatchlistsToRescan = new Set()

  constructor(private readonly ctx: CoreContext) {}

  /** Rescans these watchlists (all of them by default) with the set in force. */
  start(watchlists: WatchlistsToRescan = ALL_WATCHLISTS): Promise<RescanSummary> {
    this.scope = this.job ? unionOfRescans(this.scope, watchlists) : watchlists
    this.job?.controller.abort()
    const controller = new AbortController()
    const scope = this.scope
    const inForce = this.ctx.matcher()
    const matcher = scope === ALL_WATCHLISTS ? inForce : new Matcher({ sets: inForce.sets, watchlists: inForce.watchlists.filter((w) => scope.has(w.id)) })
    const only = scope === ALL_WATCHLISTS ? undefined : [...scope]
    const threads = this.ctx.matchThreads ?? (this.ctx.store.articles.count() >= THREADS_FROM ? threadsHere() : 0)
    const options = { signal: controller.signal, onProgress: this.ctx.emit, now: this.ctx.now, only, threads }
    const job = {
      controller,
      done: rescanArticles(this.ctx.store, matcher, options).finally(() => {
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
      // Stored hits are the set in force's, unless that set is the shipped one standing in for stored ones that did not build.
      const changed = ctx.watchlistsProblem() ? ALL_WATCHLISTS : watchlistsToRescan(ctx.matcher().file, validated)
      ctx.store.transaction(() => ctx.store.watchlists.replaceAll(validated))
      ctx.setMatcher(matcher)
      // A renamed or recoloured watchlist flags what it flagged: nothing to rescan.
      const rescanning = changed === ALL_WATCHLISTS || changed.size > 0
      ctx.emit({ type: 'watchlistsChanged', rescanning })
      if (rescanning) void rescans.start(changed)
      return { watchlists: validated.watchlists.length }
    },
    rescan: () => rescans.start(ALL_WATCHLISTS),
    cancelRescan: () => ({ cancelled: rescans.cancel() }),
  }
}
