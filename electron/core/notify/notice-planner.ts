/**
 * Decides which desktop notifications new hits become. Hits arrive from polls (never from a
 * rescan: re-evaluating history tells nothing) and wait in the store's queue until a notice tells
 * of them, so the decision survives a restart and is made once per article even when two
 * processes share the database.
 *
 * - Each article is told once, under one watchlist: of those that flagged it and notify, an
 *   immediate one first, then the highest score.
 * - An immediate watchlist is told at once, and at most once per IMMEDIATE_GAP_MS: what arrives
 *   in between (a first poll of a new feed, a restart after a week) becomes one summary.
 * - A digest watchlist's hits wait until the oldest has waited its digest interval.
 * - Quiet hours hold everything; when they end, what was held is told (as summaries).
 * - While paused, hits that arrive are dropped (the history says so) and never told later; hits
 *   that were already waiting (a digest, quiet hours) wait on, and are told after the pause.
 * - At most MAX_NOTICES_AT_ONCE notices at one time: more watchlists due at once make one notice.
 */
import type { NoticeRecord, NoticesTable, QueuedHit, WaitingHit } from '../store/notices-table'
import { isPaused, policyOf, type NoticeSettings, type WatchlistNoticePolicy } from './notice-settings'
import { quietUntil } from './quiet-hours'

export const IMMEDIATE_GAP_MS = 60_000
export const MAX_NOTICES_AT_ONCE = 2

/** A newly stored article, with the watchlists that flagged it. */
export interface ArrivedHit {
  readonly articleId: number
  readonly watchlists: readonly { readonly id: string; readonly name: string; readonly notify: boolean; readonly score: number }[]
}

export interface PlannerDeps {
  readonly notices: NoticesTable
  readonly settings: () => NoticeSettings
  /** Whether a watchlist in force notifies by its file (undefined: no such watchlist any more). */
  readonly notifies: (watchlistId: string) => boolean | undefined
  /** The zone quiet hours are read in (the machine's when undefined). */
  readonly timeZone: () => string | undefined
  /** Runs `fn` as one write transaction. */
  readonly transaction: <T>(fn: () => T) => T
}

export class NoticePlanner {
  constructor(private readonly deps: PlannerDeps) {}

  /** Queues what new articles should notify (held and dropped ones are written to the history). */
  receive(arrived: readonly ArrivedHit[], now: number): void {
    if (arrived.length === 0) return
    const settings = this.deps.settings()
    this.deps.transaction(() => {
      const known = this.deps.notices.known(arrived.map((a) => a.articleId))
      const queued = arrived.filter((a) => !known.has(a.articleId)).flatMap((a) => queuedHitOf(a, settings, now))
      if (queued.length === 0) return
      const paused = isPaused(settings, now)
      const quietEnd = paused ? null : quietUntil(settings.quietHours, now, this.deps.timeZone())
      for (const group of byWatchlist(queued)) {
        const policy = this.policy(settings, group)
        const base = { at: now, count: group.length, watchlists: watchlistsOf(group), article: null }
        if (paused) {
          const id = this.deps.notices.log({ ...base, outcome: 'dropped', reason: 'paused', heldUntil: null })
          this.deps.notices.enqueue(group, { settledBy: id })
          continue
        }
        this.deps.notices.enqueue(group, { quiet: quietEnd !== null })
        if (quietEnd !== null) this.deps.notices.log({ ...base, outcome: 'held', reason: 'quiet_hours', heldUntil: quietEnd })
        else if (policy.mode === 'digest') this.deps.notices.log({ ...base, outcome: 'held', reason: 'digest_wait', heldUntil: digestDue(group, policy, this.deps.notices) })
      }
    })
  }

  /** The notices to show now (written to the history and their hits settled); none while paused or quiet. */
  due(now: number): NoticeRecord[] {
    const settings = this.deps.settings()
    return this.deps.transaction(() => {
      const waiting = this.deps.notices.waiting()
      if (waiting.length === 0) return []
      if (isPaused(settings, now)) return []
      if (quietUntil(settings.quietHours, now, this.deps.timeZone()) !== null) return []
      const ready: WaitingHit[][] = []
      for (const group of byWatchlist(waiting)) {
        const policy = this.policy(settings, group)
        // Turned off (or removed) while its hits waited: they are not told.
        if (policy.mode === 'off') this.settle(group, { at: now, outcome: 'dropped', reason: 'off', count: group.length, watchlists: watchlistsOf(group), article: null, heldUntil: null })
        else if (now >= this.readyAt(group, policy)) ready.push(group)
      }
      if (ready.length === 0) return []
      if (ready.length > MAX_NOTICES_AT_ONCE) {
        const all = ready.flat()
        return [this.settle(all, { at: now, outcome: 'shown', reason: 'combined', count: all.length, watchlists: ready.map((g) => watchlistsOf(g)[0]), article: null, heldUntil: null })]
      }
      return ready.map((group) => this.settle(group, noticeOf(group, this.policy(settings, group), now)))
    })
  }

  /** When due() may next have something to show, or null when nothing waits. */
  nextCheck(now: number): number | null {
    const settings = this.deps.settings()
    const waiting = this.deps.notices.waiting()
    if (waiting.length === 0) return null
    if (isPaused(settings, now) && settings.pausedUntil !== null) return settings.pausedUntil
    const quietEnd = quietUntil(settings.quietHours, now, this.deps.timeZone())
    if (quietEnd !== null) return quietEnd
    let next = Number.POSITIVE_INFINITY
    for (const group of byWatchlist(waiting)) {
      const policy = this.policy(settings, group)
      next = Math.min(next, policy.mode === 'off' ? now : this.readyAt(group, policy))
    }
    return Math.max(now, next)
  }

  /** The policy of the watchlist a group of hits is queued under, as it stands now. */
  private policy(settings: NoticeSettings, group: readonly QueuedHit[]): WatchlistNoticePolicy {
    const id = group[0].watchlistId
    const notify = this.deps.notifies(id)
    return notify === undefined ? { ...policyOf(settings, { id, notify: false }), mode: 'off' } : policyOf(settings, { id, notify })
  }

  /** When a watchlist's waiting hits may be told. */
  private readyAt(group: readonly QueuedHit[], policy: WatchlistNoticePolicy): number {
    if (policy.mode === 'digest') return digestDue(group, policy, this.deps.notices)
    const last = this.deps.notices.lastShownAt(group[0].watchlistId)
    return last === null ? Number.NEGATIVE_INFINITY : last + IMMEDIATE_GAP_MS
  }

  /**
   * Logs the notice and settles its hits. Read and settled in one write transaction, the hits are
   * all still waiting; if one were not, the transaction is undone rather than a notice logged that
   * told of hits another process had told.
   */
  private settle(group: readonly QueuedHit[], record: Omit<NoticeRecord, 'id'>): NoticeRecord {
    const id = this.deps.notices.log(record)
    const settled = this.deps.notices.settle(
      group.map((h) => h.articleId),
      id,
    )
    if (settled !== group.length) throw new Error(`notice ${id}: ${group.length - settled} of its hits were told elsewhere`)
    return { ...record, id }
  }
}

/** The hit an article is queued as: under its first notifying watchlist, immediate ones first, then by score. */
function queuedHitOf(arrived: ArrivedHit, settings: NoticeSettings, now: number): QueuedHit[] {
  const rank = { immediate: 0, digest: 1, off: 2 }
  const eligible = arrived.watchlists
    .map((w) => ({ w, policy: policyOf(settings, w) }))
    .filter(({ w, policy }) => policy.mode !== 'off' && w.score >= policy.minScore)
    .sort((a, b) => rank[a.policy.mode] - rank[b.policy.mode] || b.w.score - a.w.score)
  if (eligible.length === 0) return []
  const { w } = eligible[0]
  return [{ articleId: arrived.articleId, watchlistId: w.id, watchlistName: w.name, score: w.score, queuedAt: now }]
}

/** A digest is told when the oldest hit waiting under its watchlist has waited the interval (counted from the last digest). */
function digestDue(group: readonly QueuedHit[], policy: WatchlistNoticePolicy, notices: NoticesTable): number {
  const oldest = notices.oldestWaitingAt(group[0].watchlistId) ?? Math.min(...group.map((h) => h.queuedAt))
  const last = notices.lastShownAt(group[0].watchlistId) ?? Number.NEGATIVE_INFINITY
  return Math.max(oldest, last) + policy.digestMinutes * 60_000
}

function noticeOf(group: readonly WaitingHit[], policy: WatchlistNoticePolicy, now: number): Omit<NoticeRecord, 'id'> {
  const single = group.length === 1 ? group[0] : undefined
  const reason = group.some((h) => h.quiet) ? 'after_quiet' : policy.mode === 'digest' ? 'digest' : single ? 'immediate' : 'burst'
  return {
    at: now,
    outcome: 'shown',
    reason,
    count: group.length,
    watchlists: watchlistsOf(group),
    article: single ? { id: single.articleId, title: single.title, source: single.source } : null,
    heldUntil: null,
  }
}

/** Hits grouped by watchlist, in the order each watchlist first appears. */
function byWatchlist<T extends QueuedHit>(hits: readonly T[]): T[][] {
  const groups = new Map<string, T[]>()
  for (const hit of hits) {
    const group = groups.get(hit.watchlistId)
    if (group) group.push(hit)
    else groups.set(hit.watchlistId, [hit])
  }
  return [...groups.values()]
}

function watchlistsOf(group: readonly QueuedHit[]): { id: string; name: string }[] {
  return [{ id: group[0].watchlistId, name: group[0].watchlistName }]
}
