/**
 * The article_state table's own columns: the analyst's triage of each article (read, starred, a
 * short note). Its other columns (flagged, score, dismissed, the published time) are copies that
 * migration 11's triggers keep; nothing here writes them. Dismissing is the marks table's "not
 * relevant" mark, not a state of its own.
 */
import { prepared, type Db } from './database'

export interface ArticleState {
  readonly readAt: number | null
  readonly starredAt: number | null
  readonly note: string | null
  readonly flagged: boolean
  readonly dismissed: boolean
  /** The best score of its live hits (0 when none). */
  readonly score: number
}

interface StateRow {
  article_id: number
  read_at: number | null
  starred_at: number | null
  note: string | null
  flagged: number
  dismissed: number
  score: number
}

const toState = (r: StateRow): ArticleState => ({
  readAt: r.read_at,
  starredAt: r.starred_at,
  note: r.note,
  flagged: r.flagged === 1,
  dismissed: r.dismissed === 1,
  score: r.score,
})

export class ArticleStateTable {
  constructor(private readonly db: Db) {}

  get(articleId: number): ArticleState | undefined {
    return this.forArticles([articleId]).get(articleId)
  }

  forArticles(articleIds: readonly number[]): Map<number, ArticleState> {
    const out = new Map<number, ArticleState>()
    if (articleIds.length === 0) return out
    const rows = prepared(
      this.db,
      'SELECT article_id, read_at, starred_at, note, flagged, dismissed, score FROM article_state WHERE article_id IN (SELECT value FROM json_each(?))',
    ).all(JSON.stringify(articleIds)) as StateRow[]
    for (const r of rows) out.set(r.article_id, toState(r))
    return out
  }

  /** Marks the article read (keeping when it was first read) or unread. */
  setRead(articleId: number, read: boolean, now: number): void {
    prepared(this.db, 'UPDATE article_state SET read_at = CASE WHEN ? THEN COALESCE(read_at, ?) ELSE NULL END WHERE article_id = ?').run(read ? 1 : 0, now, articleId)
  }

  setStarred(articleId: number, starred: boolean, now: number): void {
    prepared(this.db, 'UPDATE article_state SET starred_at = CASE WHEN ? THEN COALESCE(starred_at, ?) ELSE NULL END WHERE article_id = ?').run(starred ? 1 : 0, now, articleId)
  }

  /** Sets the note (an empty one removes it). */
  setNote(articleId: number, note: string, now: number): void {
    const text = note.trim() === '' ? null : note
    prepared(this.db, 'UPDATE article_state SET note = ?, noted_at = CASE WHEN ? IS NULL THEN NULL ELSE ? END WHERE article_id = ?').run(text, text, now, articleId)
  }

  /** Marks these articles read (those already read keep their time); returns how many changed. */
  markRead(articleIds: readonly number[], now: number): number {
    if (articleIds.length === 0) return 0
    return prepared(this.db, 'UPDATE article_state SET read_at = ? WHERE read_at IS NULL AND article_id IN (SELECT value FROM json_each(?))').run(now, JSON.stringify(articleIds)).changes
  }
}
