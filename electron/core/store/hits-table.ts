/** The hits and hit_spans tables: which watchlists flagged an article, and exactly where. */
import type { Field, MatchSpan, WatchlistHit } from '../rules/types'
import type { Db } from './database'

export interface StoredHit {
  readonly watchlistId: string
  readonly score: number
  readonly spans: MatchSpan[]
}

interface HitRow {
  article_id: number
  watchlist_id: string
  score: number
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
  constructor(private readonly db: Db) {}

  /** Replaces whatever hits the article had with these (an empty list unflags it). */
  replace(articleId: number, hits: readonly WatchlistHit[], now: number): void {
    this.db.prepare('DELETE FROM hits WHERE article_id = ?').run(articleId)
    const insertHit = this.db.prepare('INSERT INTO hits (article_id, watchlist_id, score, matched_at) VALUES (?, ?, ?, ?)')
    const insertSpan = this.db.prepare(
      'INSERT INTO hit_spans (article_id, watchlist_id, field, start, end, query) VALUES (?, ?, ?, ?, ?, ?)',
    )
    for (const hit of hits) {
      insertHit.run(articleId, hit.watchlistId, hit.score, now)
      for (const s of hit.spans) insertSpan.run(articleId, hit.watchlistId, s.field, s.start, s.end, s.query)
    }
  }

  /** Hits of many articles at once, keyed by article id. */
  forArticles(articleIds: readonly number[]): Map<number, StoredHit[]> {
    const out = new Map<number, StoredHit[]>()
    if (articleIds.length === 0) return out
    const ids = JSON.stringify(articleIds)
    const hits = this.db
      .prepare('SELECT article_id, watchlist_id, score FROM hits WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY score DESC')
      .all(ids) as HitRow[]
    const spans = this.db
      .prepare('SELECT * FROM hit_spans WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY field DESC, start')
      .all(ids) as SpanRow[]
    const byKey = new Map<string, StoredHit>()
    for (const h of hits) {
      const hit: StoredHit = { watchlistId: h.watchlist_id, score: h.score, spans: [] }
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
