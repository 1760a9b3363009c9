/**
 * Notifications in a running Marsad. Every process that polls queues its new hits (notify/
 * notice-planner.ts); only one that shows notices (the desktop app's core, serve) runs the clock
 * that tells them, so a `marsad poll` in a terminal never marks a hit told that nobody saw: what
 * it queued is told by the app, within a check.
 */
import type { NewHitsEvent } from '../contract/types'
import { NoticePlanner } from '../notify/notice-planner'
import { readDisplay } from '../store/settings-table'
import type { CoreContext } from './context'

/** How often a running clock looks at the queue: hits another process queued, a digest or quiet hours ending. */
export const NOTICE_CHECK_MS = 15_000

export class NoticeJob {
  private readonly planner: NoticePlanner
  private clock: ReturnType<typeof setTimeout> | undefined
  private telling = false
  /** Whether anyone would see a notice now (serve: a page is open); while not, hits wait for one who would. */
  private audience: () => boolean = () => true

  constructor(private readonly ctx: CoreContext) {
    const { store } = ctx
    this.planner = new NoticePlanner({
      notices: store.notices,
      settings: () => store.settings.noticeSettings(),
      notifies: (id) => ctx.matcher().watchlists.find((w) => w.id === id)?.notify,
      timeZone: () => readDisplay(store.settings).timeZone ?? undefined,
      transaction: (fn) => store.transaction(fn),
    })
  }

  /**
   * Queues a feed's new hits (an article already queued is left as it is). Never throws: it runs
   * inside a poll, and a notice that cannot be queued (the database busy past its timeout, or
   * closing) must not fail a poll whose articles are stored.
   */
  queue(articles: NewHitsEvent['articles']): void {
    try {
      this.planner.receive(
        articles.map((a) => ({ articleId: a.id, watchlists: a.watchlists })),
        this.ctx.now(),
      )
    } catch {
      // Those hits are flagged and on the timeline; only their notice is lost.
    }
  }

  /** A poll round's hits: queued (those its feeds queued already are known), and what is due told at once by a running clock. */
  receive(event: NewHitsEvent): void {
    this.queue(event.articles)
    if (this.telling) this.tellSafely()
  }

  /** Tells what is due now (as `notice` events) and sets the clock for the next check. */
  tell(): void {
    const now = this.ctx.now()
    const watched = this.audience()
    if (watched) for (const notice of this.planner.due(now)) this.ctx.emit({ type: 'notice', notice })
    if (!this.telling) return
    clearTimeout(this.clock)
    // Nobody watching: look again at the usual pace (what is due stays due; no spinning on it).
    const next = watched ? this.planner.nextCheck(now) : null
    const wait = next === null ? NOTICE_CHECK_MS : Math.min(NOTICE_CHECK_MS, Math.max(0, next - now))
    this.clock = setTimeout(() => this.tellSafely(), wait)
  }

  /** Starts telling (while `audience` says someone would see it); the returned function stops. */
  start(audience: () => boolean = () => true): () => void {
    this.audience = audience
    this.telling = true
    this.tellSafely()
    return () => {
      this.telling = false
      clearTimeout(this.clock)
    }
  }

  private tellSafely(): void {
    try {
      this.tell()
    } catch {
      // A busy or closing database: the next check tries again.
      if (this.telling) this.clock = setTimeout(() => this.tellSafely(), NOTICE_CHECK_MS)
    }
  }
}
