/**
 * What Marsad told the analyst, and what waits to be told. notice_queue holds every hit ever
 * queued for a notification, one row per article (so no article is told twice, across restarts
 * and across processes on one database); a row without a notice waits. notice_log is the history:
 * each notice shown, each batch held (quiet hours, a digest) or dropped (paused), with its why.
 * The queue goes with its article; the log keeps its newest LOG_KEEP rows.
 */
import { prepared, type Db } from './database'

export type NoticeOutcome = 'shown' | 'held' | 'dropped'
/**
 * Why: `immediate` one hit told at once; `burst` several hits of one watchlist in one notice;
 * `digest` a digest watchlist's hits summed up; `after_quiet` hits held by quiet hours, told when
 * they ended; `combined` several watchlists' hits in one notice; `quiet_hours` / `digest_wait`
 * held; `paused` dropped while notifications were paused, `off` dropped because its watchlist
 * stopped notifying (or was removed) while they waited.
 */
export type NoticeReason = 'immediate' | 'burst' | 'digest' | 'after_quiet' | 'combined' | 'quiet_hours' | 'digest_wait' | 'paused' | 'off'

export interface QueuedHit {
  readonly articleId: number
  readonly watchlistId: string
  readonly watchlistName: string
  readonly score: number
  readonly queuedAt: number
}

/** A hit still waiting, with what a notice of it shows. `quiet`: it was held by quiet hours. */
export interface WaitingHit extends QueuedHit {
  readonly title: string
  readonly source: string
  readonly quiet: boolean
}

export interface NoticeRecord {
  readonly id: number
  readonly at: number
  readonly outcome: NoticeOutcome
  readonly reason: NoticeReason
  readonly count: number
  readonly watchlists: readonly { readonly id: string; readonly name: string }[]
  /** The one article a notice of a single hit names (as it was titled then). */
  readonly article: { readonly id: number; readonly title: string; readonly source: string } | null
  /** For what was held: when it is due to be told. */
  readonly heldUntil: number | null
}

/** History rows kept: months of a busy desk's notices, a few hundred KB. */
export const LOG_KEEP = 2_000

interface LogRow {
  id: number
  at: number
  outcome: NoticeOutcome
  reason: NoticeReason
  count: number
  watchlists: string
  article_id: number | null
  article_title: string | null
  article_source: string | null
  held_until: number | null
}

export class NoticesTable {
  constructor(private readonly db: Db) {}

  /** Of these articles, those ever queued (told, waiting or dropped). */
  known(articleIds: readonly number[]): Set<number> {
    const known = new Set<number>()
    const query = prepared(this.db, 'SELECT 1 FROM notice_queue WHERE article_id = ?')
    for (const id of articleIds) if (query.get(id) !== undefined) known.add(id)
    return known
  }

  /** Queues hits (an article already queued is left as it is); `settledBy`: a log row that already accounts for them. */
  enqueue(hits: readonly QueuedHit[], options: { settledBy?: number; quiet?: boolean } = {}): void {
    const insert = prepared(
      this.db,
      `INSERT OR IGNORE INTO notice_queue (article_id, watchlist_id, watchlist_name, score, queued_at, quiet, notice_id)
       VALUES (@articleId, @watchlistId, @watchlistName, @score, @queuedAt, @quiet, @noticeId)`,
    )
    for (const hit of hits) insert.run({ ...hit, quiet: options.quiet ? 1 : 0, noticeId: options.settledBy ?? null })
  }

  /** Every hit waiting, oldest first. */
  waiting(): WaitingHit[] {
    const rows = prepared(
      this.db,
      `SELECT q.article_id, q.watchlist_id, q.watchlist_name, q.score, q.queued_at, q.quiet, a.title, a.source
       FROM notice_queue q JOIN articles a ON a.id = q.article_id
       WHERE q.notice_id IS NULL ORDER BY q.queued_at, q.article_id`,
    ).all() as { article_id: number; watchlist_id: string; watchlist_name: string; score: number; queued_at: number; quiet: number; title: string; source: string }[]
    return rows.map((r) => ({
      articleId: r.article_id,
      watchlistId: r.watchlist_id,
      watchlistName: r.watchlist_name,
      score: r.score,
      queuedAt: r.queued_at,
      quiet: r.quiet === 1,
      title: r.title,
      source: r.source,
    }))
  }

  /**
   * Gives waiting hits their notice; returns how many were still waiting (another process on this
   * database may have told them first: then it is 0 and this notice is not shown).
   */
  settle(articleIds: readonly number[], noticeId: number): number {
    const update = prepared(this.db, 'UPDATE notice_queue SET notice_id = ? WHERE article_id = ? AND notice_id IS NULL')
    let settled = 0
    for (const id of articleIds) settled += update.run(noticeId, id).changes
    return settled
  }

  /** When the oldest hit still waiting under this watchlist was queued, or null. */
  oldestWaitingAt(watchlistId: string): number | null {
    const row = prepared(this.db, 'SELECT min(queued_at) AS at FROM notice_queue WHERE watchlist_id = ? AND notice_id IS NULL').get(watchlistId) as { at: number | null }
    return row.at
  }

  /** When a notice last told of this watchlist's hits, or null. */
  lastShownAt(watchlistId: string): number | null {
    const row = prepared(
      this.db,
      `SELECT max(l.at) AS at FROM notice_queue q JOIN notice_log l ON l.id = q.notice_id
       WHERE q.watchlist_id = ? AND l.outcome = 'shown'`,
    ).get(watchlistId) as { at: number | null }
    return row.at
  }

  /** Writes a history row (trimming the oldest past LOG_KEEP); returns its id. */
  log(record: Omit<NoticeRecord, 'id'>): number {
    const { lastInsertRowid } = prepared(
      this.db,
      `INSERT INTO notice_log (at, outcome, reason, count, watchlists, article_id, article_title, article_source, held_until)
       VALUES (@at, @outcome, @reason, @count, @watchlists, @articleId, @articleTitle, @articleSource, @heldUntil)`,
    ).run({
      at: record.at,
      outcome: record.outcome,
      reason: record.reason,
      count: record.count,
      watchlists: JSON.stringify(record.watchlists),
      articleId: record.article?.id ?? null,
      articleTitle: record.article?.title ?? null,
      articleSource: record.article?.source ?? null,
      heldUntil: record.heldUntil,
    })
    const id = Number(lastInsertRowid)
    // notice_queue rows keep their notice id: a trimmed row only takes the history of old notices with it.
    prepared(this.db, 'DELETE FROM notice_log WHERE id <= ?').run(id - LOG_KEEP)
    return id
  }

  /** History, newest first, `limit` rows older than `beforeId` when given. */
  history(limit: number, beforeId?: number): NoticeRecord[] {
    const rows = prepared(this.db, 'SELECT * FROM notice_log WHERE id < ? ORDER BY id DESC LIMIT ?').all(beforeId ?? Number.MAX_SAFE_INTEGER, limit) as LogRow[]
    return rows.map(recordOf)
  }
}

function recordOf(row: LogRow): NoticeRecord {
  return {
    id: row.id,
    at: row.at,
    outcome: row.outcome,
    reason: row.reason,
    count: row.count,
    watchlists: watchlistsOf(row.watchlists),
    article: row.article_id === null ? null : { id: row.article_id, title: row.article_title ?? '', source: row.article_source ?? '' },
    heldUntil: row.held_until,
  }
}

function watchlistsOf(json: string): NoticeRecord['watchlists'] {
  try {
    const value: unknown = JSON.parse(json)
    if (!Array.isArray(value)) return []
    return value.filter((w): w is { id: string; name: string } => typeof w?.id === 'string' && typeof w?.name === 'string').map(({ id, name }) => ({ id, name }))
  } catch {
    return []
  }
}
