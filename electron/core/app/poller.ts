/**
 * Runs polls: on demand (refresh all, refresh one feed) and on a timer for the feeds that are due.
 * A scheduled tick never overlaps a poll in progress; a "refresh all" while one runs joins it.
 *
 * One poller at a time polls a database (the desktop app and the CLI share one file): every poll
 * holds the database's poll lease (store/poll-lease-table.ts). When another process holds it, a
 * poll on demand fails with `poll.busy` (naming the holder; `marsad poll --once` waits and tries
 * again) and a scheduled tick skips its round, saying so once with a `pollBusy` event.
 */
import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'
import type { PollReport } from '../contract/types'
import { MarsadError } from '../errors/marsad-error'
import type { PollerKind, PollLeaseHolder } from '../errors/problems'
import { pollFeeds, type PollOutcome } from '../monitor/poll'
import type { FeedRecord } from '../store/feeds-table'
import type { LeaseClaim } from '../store/poll-lease-table'
import type { CoreContext } from './context'

export const SCHEDULER_TICK_MS = 30_000
/** How often a poll in progress renews its lease: well inside LEASE_STALE_AFTER_MS. */
export const LEASE_HEARTBEAT_MS = 20_000

export class Poller {
  private allInFlight: Promise<PollReport[]> | undefined
  private tickInFlight: Promise<unknown> | undefined
  /** Every poll still running (on demand or scheduled), so shutting down can wait for them. */
  private readonly running = new Set<Promise<unknown>>()
  private readonly claim: LeaseClaim
  /** Polls of this poller holding the lease now: it is taken by the first and given back by the last. */
  private leaseUsers = 0
  private heartbeat: ReturnType<typeof setInterval> | undefined
  /** The holder the last skipped tick announced, so a long poll elsewhere is announced once. */
  private announcedHolder: string | undefined

  constructor(
    private readonly ctx: CoreContext,
    kind: PollerKind = 'cli',
  ) {
    this.claim = { token: randomUUID(), kind, pid: process.pid, host: hostname() }
  }

  /** Polls every feed not disabled (or, with an id, that feed even if disabled: a manual retry). */
  refresh(feedId?: number): Promise<PollReport[]> {
    const { feeds } = this.ctx.store
    if (feedId !== undefined) {
      if (!feeds.get(feedId)) return Promise.reject(new MarsadError({ code: 'feed.not_found', id: feedId }))
      // The record is read again under the lease: another process may just have polled the feed.
      return this.run(() => [feeds.get(feedId)].filter((f) => f !== undefined))
    }
    this.allInFlight ??= this.run(() => feeds.list().filter((f) => f.disabledReason === null)).finally(() => {
      this.allInFlight = undefined
    })
    return this.allInFlight
  }

  /** One scheduler tick: polls the feeds whose next check time has come. */
  async tick(): Promise<void> {
    if (this.tickInFlight || this.allInFlight) return
    const { feeds } = this.ctx.store
    if (feeds.due(this.ctx.now()).length === 0) return
    this.tickInFlight = this.run(() => feeds.due(this.ctx.now()))
    try {
      await this.tickInFlight
    } catch (err) {
      if (err instanceof MarsadError && err.detail.code === 'poll.busy') this.announceBusy(err.detail)
      // The database stayed locked past the busy timeout while taking the lease: the next tick tries again.
      else if ((err as { code?: unknown }).code !== 'SQLITE_BUSY') throw err
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

  /** Gives the lease back now (closing, or ending on a signal), even with a poll in flight. */
  close(): void {
    if (this.leaseUsers === 0) return
    this.leaseUsers = 0
    this.giveBack()
  }

  /** Polls the feeds `feeds` lists once the lease is held (so it reads them after any other poller). */
  private run(feeds: () => readonly FeedRecord[]): Promise<PollReport[]> {
    const poll = this.withLease(() => this.poll(feeds()))
    this.running.add(poll)
    void poll.finally(() => this.running.delete(poll)).catch(() => {})
    return poll
  }

  /** Runs `body` holding the lease; throws poll.busy, running nothing, when another poller holds it. */
  private async withLease<T>(body: () => Promise<T>): Promise<T> {
    if (this.leaseUsers === 0) {
      const answer = this.ctx.store.pollLease.acquire(this.claim, this.ctx.now())
      if (!answer.acquired) throw new MarsadError({ code: 'poll.busy', ...answer.holder })
      this.announcedHolder = undefined
      // unref: a heartbeat alone never keeps the process alive.
      this.heartbeat = setInterval(() => this.renew(), LEASE_HEARTBEAT_MS)
      this.heartbeat.unref()
    }
    this.leaseUsers++
    try {
      return await body()
    } finally {
      // After close() the count is 0 already and the lease given back.
      if (this.leaseUsers > 0 && --this.leaseUsers === 0) this.giveBack()
    }
  }

  private renew(): void {
    try {
      this.ctx.store.pollLease.renew(this.claim.token, this.ctx.now())
    } catch {
      // Busy past the timeout, or closing: the next heartbeat tries again, and the lease only
      // limits fetching twice (writes are safe without it).
    }
  }

  private giveBack(): void {
    clearInterval(this.heartbeat)
    this.heartbeat = undefined
    try {
      this.ctx.store.pollLease.release(this.claim.token)
    } catch {
      // The database is closed or stays busy: the lease is left to go stale (at once on this machine, the pid being gone).
    }
  }

  private async poll(feeds: readonly FeedRecord[]): Promise<PollReport[]> {
    const { ctx } = this
    const outcomes = await pollFeeds(
      { store: ctx.store, matcher: ctx.matcher, limits: ctx.limits, now: ctx.now, random: ctx.random, onProgress: ctx.emit, onHits: ctx.queueHits },
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

  private announceBusy({ kind, pid, host, since }: PollLeaseHolder): void {
    const key = `${kind} ${pid} ${host} ${since}`
    if (key === this.announcedHolder) return
    this.announcedHolder = key
    this.ctx.emit({ type: 'pollBusy', holder: { kind, pid, host, since } })
  }
}
