/** The hits and hit_spans tables: which watchlists flagged an article, and exactly where. */
import type { Field, MatchSpan, WatchlistHit } from '../rules/types'
import { prepared, type Db } from './database'

export interface StoredHit {
  readonly watchlistId: string
  readonly score: number
  readonly spans: MatchSpan[]
  /** Spans the matcher found but did not keep (it keeps a few per term). */
  readonly omittedSpans: number
  /** Matching stopped at its work budget: the hit stands, but the rest of the article was not matched. */
  readonly truncated: boolean
  /** When the article was matched to this watchlist (ms since the epoch). */
  readonly matchedAt: number
}

interface HitRow {
  article_id: number
  watchlist_id: string
  score: number
  omitted_spans: number
  truncated: number
  matched_at: number
}

interface SpanRow {
  article_id: number
  watchlist_id: string
  field: Field
  start: number
  end: number
  query: string
}

export class HitsTable {
  /** span_queries ids by text, remembered: the same few hundred queries recur on every span. */
  private readonly queryIds = new Map<string, number>()

  constructor(private readonly db: Db) {}

  private queryId(text: string): number {
    const known = this.queryIds.get(text)
    if (known !== undefined) return known
    prepared(this.db, 'INSERT INTO span_queries (text) VALUES (?) ON CONFLICT (text) DO NOTHING').run(text)
    const { id } = prepared(this.db, 'SELECT id FROM span_queries WHERE text = ?').get(text) as { id: number }
    this.queryIds.set(text, id)
    return id
  }

  /**
   * Replaces whatever hits the article had with these (an empty list unflags it). `truncated`: the
   * matcher stopped at its work budget (recorded on each hit; an article it did not flag has none).
   */
  replace(articleId: number, hits: readonly WatchlistHit[], now: number, truncated = false): void {
    prepared(this.db, 'DELETE FROM hits WHERE article_id = ?').run(articleId)
    this.insert(articleId, hits, now, truncated)
  }

  /**
   * Brings the article's stored hits `stored` (all it has of the watchlists being matched) to
   * `fresh`, writing only what differs: a hit no longer found is deleted, a new one inserted, and
   * one whose score or places changed is rewritten in place (migration 16), keeping the time it was
   * first matched. A rescan after a weight edit rescores most of a watchlist's hits: deleting and
   * inserting each moved the flag, the counts and their copies twice.
   */
  reconcile(articleId: number, stored: readonly StoredHit[], fresh: readonly WatchlistHit[], now: number, truncated: boolean): void {
    const found = new Set(fresh.map((h) => h.watchlistId))
    for (const old of stored) {
      if (!found.has(old.watchlistId)) prepared(this.db, 'DELETE FROM hits WHERE article_id = ? AND watchlist_id = ?').run(articleId, old.watchlistId)
    }
    const before = new Map(stored.map((h) => [h.watchlistId, h]))
    const added: WatchlistHit[] = []
    for (const hit of fresh) {
      const old = before.get(hit.watchlistId)
      if (!old) {
        added.push(hit)
        continue
      }
      if (old.score !== hit.score || old.omittedSpans !== hit.omittedSpans || old.truncated !== truncated) {
        prepared(this.db, 'UPDATE hits SET score = ?, omitted_spans = ?, truncated = ? WHERE article_id = ? AND watchlist_id = ?').run(
          hit.score,
          hit.omittedSpans,
          truncated ? 1 : 0,
          articleId,
          hit.watchlistId,
        )
      }
      if (spanKeys(old.spans) !== spanKeys(hit.spans)) {
        prepared(this.db, 'DELETE FROM hit_spans WHERE article_id = ? AND watchlist_id = ?').run(articleId, hit.watchlistId)
        this.insertSpans(articleId, hit)
      }
    }
    this.insert(articleId, added, now, truncated)
  }

  private insertSpans(articleId: number, hit: WatchlistHit): void {
    const insertSpan = prepared(this.db, 'INSERT INTO hit_spans (article_id, watchlist_id, field, start, end, query_id) VALUES (?, ?, ?, ?, ?, ?)')
    for (const s of hit.spans) insertSpan.run(articleId, hit.watchlistId, s.field, s.start, s.end, this.queryId(s.query))
  }

  private insert(articleId: number, hits: readonly WatchlistHit[], now: number, truncated: boolean): void {
    // The article's published time and read state, and the analyst's "not relevant" mark, are copied
    // onto the hit: a watchlist's view walks its own index (see migration 11).
    const insertHit = prepared(
      this.db,
      `INSERT INTO hits (article_id, watchlist_id, score, matched_at, omitted_spans, truncated, published_at, unread, dismissed)
       SELECT @article, @watchlist, @score, @now, @omitted, @truncated, s.published_at, s.read_at IS NULL,
              EXISTS (SELECT 1 FROM article_marks m WHERE m.article_id = @article AND m.watchlist_id = @watchlist AND m.verdict = 'not_relevant')
       FROM article_state s WHERE s.article_id = @article`,
    )
    for (const hit of hits) {
      insertHit.run({ article: articleId, watchlist: hit.watchlistId, score: hit.score, now, omitted: hit.omittedSpans, truncated: truncated ? 1 : 0 })
      this.insertSpans(articleId, hit)
    }
  }

  /** Which watchlists flag each of these articles now (only those flagged appear), without their spans. */
  watchlistsOf(articleIds: readonly number[]): Map<number, Set<string>> {
    const out = new Map<number, Set<string>>()
    if (articleIds.length === 0) return out
    const rows = prepared(this.db, 'SELECT article_id, watchlist_id FROM hits WHERE article_id IN (SELECT value FROM json_each(?))').all(JSON.stringify(articleIds)) as {
      article_id: number
      watchlist_id: string
    }[]
    for (const r of rows) {
      const set = out.get(r.article_id) ?? new Set<string>()
      set.add(r.watchlist_id)
      out.set(r.article_id, set)
    }
    return out
  }

  /** Hits of many articles at once, keyed by article id. */
  forArticles(articleIds: readonly number[]): Map<number, StoredHit[]> {
    const out = new Map<number, StoredHit[]>()
    if (articleIds.length === 0) return out
    const ids = JSON.stringify(articleIds)
    const hits = prepared(this.db, 'SELECT article_id, watchlist_id, score, omitted_spans, truncated, matched_at FROM hits WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY score DESC').all(ids) as HitRow[]
    const spans = prepared(
      this.db,
      `SELECT s.article_id, s.watchlist_id, s.field, s.start, s.end, q.text AS query
       FROM hit_spans s JOIN span_queries q ON q.id = s.query_id
       WHERE s.article_id IN (SELECT value FROM json_each(?)) ORDER BY s.field DESC, s.start`,
    ).all(ids) as SpanRow[]
    const byKey = new Map<string, StoredHit>()
    for (const h of hits) {
      const hit: StoredHit = { watchlistId: h.watchlist_id, score: h.score, spans: [], omittedSpans: h.omitted_spans, truncated: h.truncated === 1, matchedAt: h.matched_at }
      byKey.set(`${h.article_id}\u0000${h.watchlist_id}`, hit)
      const list = out.get(h.article_id) ?? []
      list.push(hit)
      out.set(h.article_id, list)
    }
    for (const s of spans) {
      byKey.get(`${s.article_id}\u0000${s.watchlist_id}`)?.spans.push({ field: s.field, start: s.start, end: s.end, query: s.query })
    }
    return out
  }
}

/** A hit's places as one comparable string, in no particular order. */
function spanKeys(spans: readonly MatchSpan[]): string {
  return spans
    .map((s) => `${s.field}\u0000${s.start}\u0000${s.end}\u0000${s.query}`)
    .sort()
    .join('\u0001')
}
