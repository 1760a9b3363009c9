/**
 * Runs polls: on demand (refresh all, refresh one feed) and on a timer for the feeds that are due.
 * A scheduled tick never overlaps a poll in progress; a "refresh all" while one runs joins it.
 */
import type { PollReport } from '../contract/types'
import { MarsadError } from '../errors/marsad-error'
import { pollFeeds, type PollOutcome } from '../monitor/poll'
import type { FeedRecord } from '../store/feeds-table'
import type { CoreContext } from './context'

export const SCHEDULER_TICK_MS = 30_000

export class Poller {
  private allInFlight: Promise<PollReport[]> | undefined
  private tickInFlight: Promise<unknown> | undefined
  /** Every poll still running (on demand or scheduled), so shutting down can wait for them. */
  private readonly running = new Set<Promise<unknown>>()

  constructor(private readonly ctx: CoreContext) {}

  /** Polls every feed not disabled (or, with an id, that feed even if disabled: a manual retry). */
  refresh(feedId?: number): Promise<PollReport[]> {
    if (feedId !== undefined) {
      const feed = this.ctx.store.feeds.get(feedId)
      if (!feed) return Promise.reject(new MarsadError({ code: 'feed.not_found', id: feedId }))
      return this.run([feed])
    }
    this.allInFlight ??= this.run(this.ctx.store.feeds.list().filter((f) => f.disabledReason === null)).finally(() => {
      this.allInFlight = undefined
    })
    return this.allInFlight
  }

  /** One scheduler tick: polls the feeds whose next check time has come. */
  async tick(): Promise<void> {
    if (this.tickInFlight || this.allInFlight) return
    const due = this.ctx.store.feeds.due(this.ctx.now())
    if (due.length === 0) return
    this.tickInFlight = this.run(due)
    try {
      await this.tickInFlight
    } finally {
      this.tickInFlight = undefined
    }
  }

  /** Ticks every `everyMs` until the returned function is called. */
  startScheduling(everyMs = SCHEDULER_TICK_MS): () => void {
    const timer = setInterval(() => void this.tick(), everyMs)
    void this.tick()
    return () => clearInterval(timer)
  }

  /** Resolves when no poll is running: the database may be closed then, not before. */
  async whenIdle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running])
  }

  private run(feeds: readonly FeedRecord[]): Promise<PollReport[]> {
    const poll = this.poll(feeds)
    this.running.add(poll)
    void poll.finally(() => this.running.delete(poll)).catch(() => {})
    return poll
  }

  private async poll(feeds: readonly FeedRecord[]): Promise<PollReport[]> {
    const { ctx } = this
    const outcomes = await pollFeeds(
      { store: ctx.store, matcher: ctx.matcher, limits: ctx.limits, now: ctx.now, random: ctx.random, onProgress: ctx.emit },
      feeds,
      ctx.pollConcurrency,
    )
    this.announce(outcomes)
    return outcomes.map((o) => o.report)
  }

  private announce(outcomes: readonly PollOutcome[]): void {
    const articles = outcomes.flatMap((o) => o.newHits)
    if (articles.length > 0) this.ctx.emit({ type: 'newHits', articles })
  }
}
