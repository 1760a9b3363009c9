/** The feeds table: one row per subscribed feed, with the outcome of its last check. */
import type { FeedView } from '../contract/types'
import type { Db } from './database'

interface FeedRow {
  id: number
  url: string
  name: string | null
  title: string | null
  added_at: number
  last_checked_at: number | null
  last_ok_at: number | null
  last_error: string | null
  article_count: number
}

const SELECT = `
  SELECT f.*, (SELECT COUNT(*) FROM articles a WHERE a.feed_id = f.id) AS article_count
  FROM feeds f`

export function displayName(row: { name: string | null; title: string | null; url: string }): string {
  return row.name ?? row.title ?? new URL(row.url).host
}

function toView(row: FeedRow): FeedView {
  return {
    id: row.id,
    url: row.url,
    name: displayName(row),
    title: row.title,
    addedAt: row.added_at,
    lastCheckedAt: row.last_checked_at,
    lastOkAt: row.last_ok_at,
    lastError: row.last_error,
    articleCount: row.article_count,
  }
}

export class FeedsTable {
  constructor(private readonly db: Db) {}

  list(): FeedView[] {
    return (this.db.prepare(`${SELECT} ORDER BY f.id`).all() as FeedRow[]).map(toView)
  }

  get(id: number): FeedView | undefined {
    const row = this.db.prepare(`${SELECT} WHERE f.id = ?`).get(id) as FeedRow | undefined
    return row && toView(row)
  }

  findByUrl(url: string): FeedView | undefined {
    const row = this.db.prepare(`${SELECT} WHERE f.url = ?`).get(url) as FeedRow | undefined
    return row && toView(row)
  }

  /** Adds a feed, or returns the existing one with the same URL (renaming it if a name is given). */
  add(url: string, name: string | undefined, now: number): FeedView {
    this.db
      .prepare(
        `INSERT INTO feeds (url, name, added_at) VALUES (?, ?, ?)
         ON CONFLICT (url) DO UPDATE SET name = COALESCE(excluded.name, feeds.name)`,
      )
      .run(url, name ?? null, now)
    return this.findByUrl(url) as FeedView
  }

  remove(id: number): boolean {
    return this.db.prepare('DELETE FROM feeds WHERE id = ?').run(id).changes > 0
  }

  recordSuccess(id: number, title: string | null, now: number): void {
    this.db
      .prepare('UPDATE feeds SET title = COALESCE(?, title), last_checked_at = ?, last_ok_at = ?, last_error = NULL WHERE id = ?')
      .run(title, now, now, id)
  }

  recordFailure(id: number, error: string, now: number): void {
    this.db.prepare('UPDATE feeds SET last_checked_at = ?, last_error = ? WHERE id = ?').run(now, error, id)
  }
}
