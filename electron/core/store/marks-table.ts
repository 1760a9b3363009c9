/**
 * The article_marks table: the analyst's feedback, "this article belongs to watchlist W" or "it
 * does not", one mark per article and watchlist. Marks name a watchlist by id and outlive changes
 * to the watchlists (they are the analyst's own labeled set); they go with their article.
 */
import { prepared, type Db } from './database'

/** The same values as the contract's MarkVerdict (the store sits below the contract and does not import it). */
export type MarkVerdict = 'relevant' | 'not_relevant'

export interface ArticleMark {
  readonly watchlistId: string
  readonly verdict: MarkVerdict
}

export interface StoredMark extends ArticleMark {
  readonly articleId: number
  readonly markedAt: number
}

interface MarkRow {
  article_id: number
  watchlist_id: string
  verdict: MarkVerdict
  marked_at: number
}

const toMark = (r: MarkRow): StoredMark => ({ articleId: r.article_id, watchlistId: r.watchlist_id, verdict: r.verdict, markedAt: r.marked_at })

export class MarksTable {
  constructor(private readonly db: Db) {}

  /** Sets the article's mark for the watchlist (replacing the one it had), or removes it with null. */
  set(articleId: number, watchlistId: string, verdict: MarkVerdict | null, now: number): void {
    if (verdict === null) {
      prepared(this.db, 'DELETE FROM article_marks WHERE article_id = ? AND watchlist_id = ?').run(articleId, watchlistId)
      return
    }
    prepared(
      this.db,
      `INSERT INTO article_marks (article_id, watchlist_id, verdict, marked_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (article_id, watchlist_id) DO UPDATE SET verdict = excluded.verdict, marked_at = excluded.marked_at`,
    ).run(articleId, watchlistId, verdict, now)
  }

  /** Marks of many articles at once, keyed by article id (in watchlist id order). */
  forArticles(articleIds: readonly number[]): Map<number, ArticleMark[]> {
    const out = new Map<number, ArticleMark[]>()
    if (articleIds.length === 0) return out
    const rows = prepared(
      this.db,
      'SELECT article_id, watchlist_id, verdict, marked_at FROM article_marks WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY watchlist_id',
    ).all(JSON.stringify(articleIds)) as MarkRow[]
    for (const r of rows) {
      const list = out.get(r.article_id) ?? []
      list.push({ watchlistId: r.watchlist_id, verdict: r.verdict })
      out.set(r.article_id, list)
    }
    return out
  }

  /** Every mark, by article then watchlist. */
  all(): StoredMark[] {
    return (prepared(this.db, 'SELECT article_id, watchlist_id, verdict, marked_at FROM article_marks ORDER BY article_id, watchlist_id').all() as MarkRow[]).map(toMark)
  }

  count(): number {
    return (prepared(this.db, 'SELECT COUNT(*) AS n FROM article_marks').get() as { n: number }).n
  }
}
