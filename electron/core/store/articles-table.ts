/** The articles table: every article ever fetched, immutable once stored. */
import type { Db } from './database'

export interface NewArticle {
  readonly feedId: number
  readonly source: string
  readonly guid: string
  readonly url: string | null
  readonly title: string
  readonly body: string
  readonly publishedAt: number
  readonly publishedGuessed: boolean
  readonly fetchedAt: number
}

export interface StoredArticle extends Omit<NewArticle, 'feedId'> {
  readonly id: number
  readonly feedId: number | null
}

export interface ArticleQuery {
  readonly flaggedOnly: boolean
  readonly watchlistId?: string
  readonly feedId?: number
  readonly limit: number
  readonly before?: { readonly publishedAt: number; readonly id: number }
}

interface ArticleRow {
  id: number
  feed_id: number | null
  source: string
  guid: string
  url: string | null
  title: string
  body: string
  published_at: number
  published_guessed: number
  fetched_at: number
}

function toArticle(row: ArticleRow): StoredArticle {
  return {
    id: row.id,
    feedId: row.feed_id,
    source: row.source,
    guid: row.guid,
    url: row.url,
    title: row.title,
    body: row.body,
    publishedAt: row.published_at,
    publishedGuessed: row.published_guessed === 1,
    fetchedAt: row.fetched_at,
  }
}

const LIST = `
  SELECT a.* FROM articles a
  WHERE (@flagged = 0 OR EXISTS (SELECT 1 FROM hits h WHERE h.article_id = a.id))
    AND (@watchlist IS NULL OR EXISTS (SELECT 1 FROM hits h WHERE h.article_id = a.id AND h.watchlist_id = @watchlist))
    AND (@feed IS NULL OR a.feed_id = @feed)
    AND (@beforeTime IS NULL OR a.published_at < @beforeTime OR (a.published_at = @beforeTime AND a.id < @beforeId))
  ORDER BY a.published_at DESC, a.id DESC
  LIMIT @limit`

export class ArticlesTable {
  constructor(private readonly db: Db) {}

  /** Stores a new article; returns its id, or undefined when this feed already had that guid. */
  insert(a: NewArticle): number | undefined {
    const row = this.db
      .prepare(
        `INSERT INTO articles (feed_id, source, guid, url, title, body, published_at, published_guessed, fetched_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (feed_id, guid) DO NOTHING
         RETURNING id`,
      )
      .get(a.feedId, a.source, a.guid, a.url, a.title, a.body, a.publishedAt, a.publishedGuessed ? 1 : 0, a.fetchedAt) as
      | { id: number }
      | undefined
    return row?.id
  }

  get(id: number): StoredArticle | undefined {
    const row = this.db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined
    return row && toArticle(row)
  }

  count(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n
  }

  /** Up to `limit` articles with ids above `afterId`, in id order: for walking the whole table. */
  batchAfter(afterId: number, limit: number): Pick<StoredArticle, 'id' | 'title' | 'body'>[] {
    return this.db.prepare('SELECT id, title, body FROM articles WHERE id > ? ORDER BY id LIMIT ?').all(afterId, limit) as Pick<
      StoredArticle,
      'id' | 'title' | 'body'
    >[]
  }

  list(q: ArticleQuery): StoredArticle[] {
    const rows = this.db.prepare(LIST).all({
      flagged: q.flaggedOnly ? 1 : 0,
      watchlist: q.watchlistId ?? null,
      feed: q.feedId ?? null,
      beforeTime: q.before?.publishedAt ?? null,
      beforeId: q.before?.id ?? null,
      limit: q.limit,
    }) as ArticleRow[]
    return rows.map(toArticle)
  }
}
