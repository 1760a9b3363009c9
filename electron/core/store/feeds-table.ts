/** The feeds table: one row per subscribed feed, its settings, and the state of its checks. */
import { isErrorDetail, type ErrorDetail } from '../errors/problems'
import { hostOf } from '../feeds/url'
import { prepared, type Db } from './database'

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
  etag: string | null
  last_modified: string | null
  interval_minutes: number
  encoding: string | null
  full_text: number
  next_check_at: number | null
  failures: number
  disabled_reason: string | null
  notices: string | null
}

/** A feed as stored: its settings, the state of its checks, and the validators for a conditional GET. */
export interface FeedRecord {
  readonly id: number
  readonly url: string
  /** The analyst's name, else the feed's own title, else its host. */
  readonly name: string
  readonly customName: string | null
  readonly title: string | null
  readonly addedAt: number
  readonly lastCheckedAt: number | null
  readonly lastOkAt: number | null
  readonly lastError: ErrorDetail | null
  readonly articleCount: number
  readonly intervalMinutes: number
  readonly encoding: string | null
  readonly fullText: boolean
  readonly nextCheckAt: number | null
  readonly failures: number
  readonly disabledReason: ErrorDetail | null
  /** What the last good read had to work around (a repaired parse, a charset that lied); [] when nothing. */
  readonly notices: readonly ErrorDetail[]
  readonly etag: string | null
  readonly lastModified: string | null
}

export interface FeedSettings {
  readonly name?: string | null
  readonly intervalMinutes?: number
  readonly encoding?: string | null
  readonly fullText?: boolean
}

/** A feed's article count is the maintained one (migration 11): counting every feed's articles on each call took 66 ms at 1M. */
const SELECT = `
  SELECT f.*, COALESCE((SELECT n FROM timeline_counts c WHERE c.name = 'f:' || f.id), 0) AS article_count
  FROM feeds f`

export function displayName(row: { name: string | null; title: string | null; url: string }): string {
  return row.name ?? row.title ?? hostOf(row.url)
}

function toRecord(row: FeedRow): FeedRecord {
  return {
    id: row.id,
    url: row.url,
    name: displayName(row),
    customName: row.name,
    title: row.title,
    addedAt: row.added_at,
    lastCheckedAt: row.last_checked_at,
    lastOkAt: row.last_ok_at,
    lastError: storedError(row.last_error),
    articleCount: row.article_count,
    intervalMinutes: row.interval_minutes,
    encoding: row.encoding,
    fullText: row.full_text === 1,
    nextCheckAt: row.next_check_at,
    failures: row.failures,
    disabledReason: storedError(row.disabled_reason),
    notices: storedNotices(row.notices),
    etag: row.etag,
    lastModified: row.last_modified,
  }
}

/** Errors are stored as their JSON detail (migration 4 converted older English text). */
function storedError(column: string | null): ErrorDetail | null {
  if (column === null) return null
  try {
    const value: unknown = JSON.parse(column)
    if (isErrorDetail(value)) return value
  } catch {
    // Not JSON: text written by something older than migration 4.
  }
  return { code: 'legacy', text: column }
}

/** Notices are stored as a JSON array of details (migration 8); anything else reads as none. */
function storedNotices(column: string | null): ErrorDetail[] {
  if (column === null) return []
  try {
    const value: unknown = JSON.parse(column)
    if (Array.isArray(value)) return value.filter(isErrorDetail)
  } catch {
    // Not JSON: nothing Marsad wrote.
  }
  return []
}

export class FeedsTable {
  constructor(private readonly db: Db) {}

  list(): FeedRecord[] {
    return (prepared(this.db, `${SELECT} ORDER BY f.id`).all() as FeedRow[]).map(toRecord)
  }

  get(id: number): FeedRecord | undefined {
    const row = prepared(this.db, `${SELECT} WHERE f.id = ?`).get(id) as FeedRow | undefined
    return row && toRecord(row)
  }

  findByUrl(url: string): FeedRecord | undefined {
    const row = prepared(this.db, `${SELECT} WHERE f.url = ?`).get(url) as FeedRow | undefined
    return row && toRecord(row)
  }

  /** Feeds due for a scheduled check: not disabled, and never checked or past their next time. */
  due(now: number): FeedRecord[] {
    const rows = prepared(this.db, `${SELECT} WHERE f.disabled_reason IS NULL AND (f.next_check_at IS NULL OR f.next_check_at <= ?) ORDER BY f.next_check_at IS NOT NULL, f.next_check_at, f.id`).all(now) as FeedRow[]
    return rows.map(toRecord)
  }

  /** Adds a feed, or returns the existing one with the same URL (renaming it if a name is given). */
  /** A new feed polls every `intervalMinutes`; a feed already there keeps its own. */
  add(url: string, name: string | undefined, now: number, title: string | null = null, intervalMinutes = 15): FeedRecord {
    prepared(
      this.db,
      `INSERT INTO feeds (url, name, title, added_at, interval_minutes) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (url) DO UPDATE SET name = COALESCE(excluded.name, feeds.name), title = COALESCE(feeds.title, excluded.title)`,
    ).run(url, name ?? null, title, now, intervalMinutes)
    return this.findByUrl(url) as FeedRecord
  }

  /** Changes only the settings given; null clears the name (back to the title) or the encoding (back to automatic). */
  update(id: number, settings: FeedSettings): void {
    prepared(
      this.db,
      `UPDATE feeds SET
         name = CASE WHEN @setName THEN @name ELSE name END,
         interval_minutes = COALESCE(@intervalMinutes, interval_minutes),
         encoding = CASE WHEN @setEncoding THEN @encoding ELSE encoding END,
         full_text = COALESCE(@fullText, full_text),
         next_check_at = CASE WHEN @intervalMinutes IS NULL THEN next_check_at ELSE NULL END
       WHERE id = @id`,
    ).run({
      id,
      setName: settings.name === undefined ? 0 : 1,
      name: settings.name ?? null,
      intervalMinutes: settings.intervalMinutes ?? null,
      setEncoding: settings.encoding === undefined ? 0 : 1,
      encoding: settings.encoding ?? null,
      fullText: settings.fullText === undefined ? null : settings.fullText ? 1 : 0,
    })
  }

  remove(id: number): boolean {
    return prepared(this.db, 'DELETE FROM feeds WHERE id = ?').run(id).changes > 0
  }

  /** Moves a feed to the address it permanently redirected to; false if another feed has it. */
  moveTo(id: number, url: string): boolean {
    if (this.findByUrl(url)) return false
    return prepared(this.db, 'UPDATE feeds SET url = ? WHERE id = ?').run(url, id).changes > 0
  }

  /** A good read; its notices (none: []) replace the last read's. */
  recordSuccess(
    id: number,
    outcome: { title: string | null; etag: string | null; lastModified: string | null; now: number; nextCheckAt: number; notices?: readonly ErrorDetail[] },
  ): void {
    const notices = outcome.notices?.length ? JSON.stringify(outcome.notices) : null
    prepared(
      this.db,
      `UPDATE feeds SET title = COALESCE(?, title), etag = ?, last_modified = ?, last_checked_at = ?, last_ok_at = ?,
         last_error = NULL, failures = 0, disabled_reason = NULL, next_check_at = ?, notices = ? WHERE id = ?`,
    ).run(outcome.title, outcome.etag, outcome.lastModified, outcome.now, outcome.now, outcome.nextCheckAt, notices, id)
  }

  /** A 304: only the check time moves; nothing was parsed or written. */
  recordNotModified(id: number, now: number, nextCheckAt: number): void {
    prepared(this.db, 'UPDATE feeds SET last_checked_at = ?, last_ok_at = ?, last_error = NULL, failures = 0, next_check_at = ? WHERE id = ?').run(now, now, nextCheckAt, id)
  }

  recordFailure(id: number, error: ErrorDetail, now: number, nextCheckAt: number): void {
    prepared(this.db, 'UPDATE feeds SET last_checked_at = ?, last_error = ?, failures = failures + 1, next_check_at = ? WHERE id = ?').run(now, JSON.stringify(error), nextCheckAt, id)
  }

  disable(id: number, reason: ErrorDetail, now: number): void {
    const json = JSON.stringify(reason)
    prepared(this.db, 'UPDATE feeds SET last_checked_at = ?, last_error = ?, disabled_reason = ?, next_check_at = NULL WHERE id = ?').run(now, json, json, id)
  }
}
