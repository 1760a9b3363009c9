/**
 * Retention: an article nothing keeps is removed once it has been stored longer than the analyst's
 * limit — not flagged (a live hit), not starred, not noted, not marked (the marks are the analyst's
 * own labeled set, «not relevant» ones included). Counted from when Marsad stored it, not from its
 * publication: subscribing to a feed of old stories keeps them the full time. Removing an article
 * removes its hits, sources, state and search entry with it (cascades and triggers).
 *
 * Article ids grow with the time they are stored, so "stored before the cutoff" is "id below a
 * boundary", found by a binary search over a few rows; the candidates are then read from
 * article_state alone, in id order, never from the large article rows.
 */
import { prepared, type Db } from './database'
import type { SettingsTable } from './settings-table'

const DAY_MS = 86_400_000

/** When articles were stored before which nothing-keeps-them articles may go, or null when the analyst keeps everything. */
export function retentionCutoff(settings: SettingsTable, now: number): number | null {
  const days = settings.retentionDays()
  return days === null ? null : now - days * DAY_MS
}

/** The first article id stored at or after `cutoff` (one past the last id when all are older). */
export function firstIdStoredAt(db: Db, cutoff: number): number {
  const range = prepared(db, 'SELECT min(id) AS lo, max(id) AS hi FROM articles').get() as { lo: number | null; hi: number | null }
  if (range.lo === null || range.hi === null) return 0
  const storedAt = prepared(db, 'SELECT fetched_at FROM articles WHERE id >= ? ORDER BY id LIMIT 1')
  let lo = range.lo
  let hi = range.hi + 1
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2)
    const row = storedAt.get(mid) as { fetched_at: number } | undefined
    if (row && row.fetched_at < cutoff) lo = mid + 1
    else hi = mid
  }
  return lo
}

const KEPT_BY_NOTHING = `s.flagged = 0 AND s.starred_at IS NULL AND s.note IS NULL
  AND NOT EXISTS (SELECT 1 FROM article_marks m WHERE m.article_id = s.article_id)`

/**
 * Removes up to `limit` articles with ids in (after, boundary) that nothing keeps; returns how many,
 * and the last id looked at (the next batch starts after it). Run it in a transaction.
 */
export function pruneBatch(db: Db, boundary: number, after: number, limit: number): { removed: number; last: number } {
  const ids = (
    prepared(db, `SELECT s.article_id AS id FROM article_state s WHERE s.article_id > ? AND s.article_id < ? AND ${KEPT_BY_NOTHING} ORDER BY s.article_id LIMIT ?`).all(
      after,
      boundary,
      limit,
    ) as { id: number }[]
  ).map((r) => r.id)
  if (ids.length === 0) return { removed: 0, last: boundary }
  const removed = prepared(db, 'DELETE FROM articles WHERE id IN (SELECT value FROM json_each(?))').run(JSON.stringify(ids)).changes
  return { removed, last: ids[ids.length - 1] }
}

/** How much room the database takes, and how many articles retention would remove now. */
export interface StorageFigures {
  readonly articles: number
  readonly bytes: number
  /** Pages freed by removals, reused before the file grows (the file itself does not shrink). */
  readonly freeBytes: number
  readonly oldestPublishedAt: number | null
  readonly prunable: number
}

export function storageFigures(db: Db, cutoff: number | null): StorageFigures {
  const pageSize = db.pragma('page_size', { simple: true }) as number
  const pages = db.pragma('page_count', { simple: true }) as number
  const free = db.pragma('freelist_count', { simple: true }) as number
  const oldest = prepared(db, 'SELECT published_at FROM article_state INDEXED BY state_by_time ORDER BY published_at, article_id LIMIT 1').get() as { published_at: number } | undefined
  const articles = (prepared(db, "SELECT n FROM timeline_counts WHERE name = 'all'").get() as { n: number } | undefined)?.n ?? 0
  const prunable =
    cutoff === null
      ? 0
      : (prepared(db, `SELECT COUNT(*) AS n FROM article_state s WHERE s.article_id < ? AND ${KEPT_BY_NOTHING}`).get(firstIdStoredAt(db, cutoff)) as { n: number }).n
  return { articles, bytes: pages * pageSize, freeBytes: free * pageSize, oldestPublishedAt: oldest?.published_at ?? null, prunable }
}
