/** The articles table: every article ever fetched, immutable once stored. */
import { prepared, type Db } from './database'
import { displayName } from './feeds-table'
import type { SearchTable } from './search-table'
import { packHtml, unpackHtml } from './stored-html'

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
  /** Hash of the normalized title and body: the same story under another link is still the same. */
  readonly contentHash?: string | null
  readonly author?: string | null
  readonly categories?: readonly string[]
  readonly imageUrl?: string | null
  /** The feed's HTML for the body, as sent: untrusted, never shown without sanitizing. */
  readonly feedHtml?: string | null
  /** The article page's HTML (full text), sanitized when it was fetched… */
  readonly fulltextHtml?: string | null
  /** …by this sanitizer (FULLTEXT_SANITIZER at the time), so an older one's output can be told apart. */
  readonly fulltextSanitizer?: string | null
}

export interface StoredArticle extends Omit<NewArticle, 'feedId' | 'categories'> {
  readonly id: number
  readonly feedId: number | null
  readonly categories: readonly string[]
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
  content_hash: string | null
  author: string | null
  categories: string | null
  image_url: string | null
  /** Compressed (a Buffer), or TEXT as rows written before compression have it: see stored-html.ts. */
  feed_html: string | Buffer | null
  fulltext_html: string | Buffer | null
  fulltext_sanitizer: string | null
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
    contentHash: row.content_hash,
    author: row.author,
    categories: parseCategories(row.categories),
    imageUrl: row.image_url,
    feedHtml: unpackHtml(row.feed_html),
    fulltextHtml: unpackHtml(row.fulltext_html),
    fulltextSanitizer: row.fulltext_sanitizer,
  }
}

function parseCategories(json: string | null): string[] {
  if (!json) return []
  const value: unknown = JSON.parse(json)
  return Array.isArray(value) ? value.filter((c): c is string => typeof c === 'string') : []
}

/** An article as matched and named in a preview of a watchlist change. */
export interface MatchableStoredArticle {
  readonly id: number
  readonly title: string
  readonly body: string
  readonly source: string
  readonly publishedAt: number
}

interface LeanRow {
  id: number
  title: string
  body: string
  source: string
  published_at: number
}

const toLean = (r: LeanRow): MatchableStoredArticle => ({ id: r.id, title: r.title, body: r.body, source: r.source, publishedAt: r.published_at })

export class ArticlesTable {
  constructor(
    private readonly db: Db,
    /** Every article stored joins the search index's backlog (indexed in the background, or before a search). */
    private readonly search: SearchTable,
  ) {}

  /** Stores a new article and the feed it came from; returns its id, or undefined when this feed already had that guid. */
  insert(a: NewArticle): number | undefined {
    if (this.findSource(a.feedId, a.guid) !== undefined) return undefined
    const row = prepared(
      this.db,
      `INSERT INTO articles (feed_id, source, guid, url, title, body, published_at, published_guessed, fetched_at,
                             content_hash, author, categories, image_url, feed_html, fulltext_html, fulltext_sanitizer)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (feed_id, guid) DO NOTHING
       RETURNING id`,
    ).get(
      a.feedId, a.source, a.guid, a.url, a.title, a.body, a.publishedAt, a.publishedGuessed ? 1 : 0, a.fetchedAt,
      a.contentHash ?? null, a.author ?? null, a.categories?.length ? JSON.stringify(a.categories) : null, a.imageUrl ?? null,
      packHtml(a.feedHtml), packHtml(a.fulltextHtml), a.fulltextHtml ? (a.fulltextSanitizer ?? null) : null,
    ) as { id: number } | undefined
    if (!row) return undefined
    this.addSource(a.feedId, a.guid, row.id, a.fetchedAt)
    this.search.enqueue(row.id)
    return row.id
  }

  /** The article a feed already delivered under this guid, if any. */
  findSource(feedId: number, guid: string): number | undefined {
    const row = prepared(
      this.db,
      'SELECT article_id FROM article_sources WHERE feed_id = @feed AND guid = @guid UNION ALL SELECT article_id FROM source_guids WHERE feed_id = @feed AND guid = @guid LIMIT 1',
    ).get({ feed: feedId, guid }) as { article_id: number } | undefined
    return row?.article_id
  }

  /**
   * Remembers that a feed delivered an article already stored (from another feed, or under another
   * guid). A feed that brought the article before only has the new guid remembered (migration 18):
   * the article is once in the feed's view and count, and the guid is not taken for a new item.
   */
  addSource(feedId: number, guid: string, articleId: number, now: number): void {
    const brought = prepared(this.db, 'SELECT 1 FROM article_sources WHERE article_id = ? AND feed_id = ?').get(articleId, feedId)
    if (brought) {
      prepared(this.db, 'INSERT OR IGNORE INTO source_guids (feed_id, guid, article_id) VALUES (?, ?, ?)').run(feedId, guid, articleId)
      return
    }
    // The article's published time, read state, flag and score are copied: a feed's view walks its own index.
    prepared(
      this.db,
      `INSERT OR IGNORE INTO article_sources (feed_id, guid, article_id, first_seen_at, published_at, unread, flagged, score)
       SELECT ?, ?, article_id, ?, published_at, read_at IS NULL, flagged, score FROM article_state WHERE article_id = ?`,
    ).run(feedId, guid, now, articleId)
  }

  /** An article stored under this canonical link, or with this content hash. */
  findDuplicate(url: string | null, contentHash: string | null): number | undefined {
    const byUrl = url ? (prepared(this.db, 'SELECT id FROM articles WHERE url = ? LIMIT 1').get(url) as { id: number } | undefined) : undefined
    if (byUrl) return byUrl.id
    const byHash = contentHash ? (prepared(this.db, 'SELECT id FROM articles WHERE content_hash = ? LIMIT 1').get(contentHash) as { id: number } | undefined) : undefined
    return byHash?.id
  }

  /** Names of every feed that delivered this article, as the feeds list shows them. */
  sources(articleId: number): string[] {
    const rows = prepared(this.db, `SELECT f.name, f.title, f.url FROM article_sources s JOIN feeds f ON f.id = s.feed_id WHERE s.article_id = ? ORDER BY s.first_seen_at, f.id`)
      .all(articleId) as { name: string | null; title: string | null; url: string }[]
    return rows.map(displayName)
  }

  get(id: number): StoredArticle | undefined {
    const row = prepared(this.db, 'SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined
    return row && toArticle(row)
  }

  count(): number {
    return (prepared(this.db, 'SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n
  }

  /** Up to `limit` articles with ids above `afterId`, in id order: for walking the whole table. */
  batchAfter(afterId: number, limit: number): Pick<StoredArticle, 'id' | 'title' | 'body'>[] {
    return prepared(this.db, 'SELECT id, title, body FROM articles WHERE id > ? ORDER BY id LIMIT ?').all(afterId, limit) as Pick<
      StoredArticle,
      'id' | 'title' | 'body'
    >[]
  }

  /**
   * Up to `limit` articles, newest first (as the timeline orders them), older than `before` when
   * given: only what matching and naming them needs, for walking the archive newest first.
   */
  newestBatch(limit: number, before?: { readonly publishedAt: number; readonly id: number }): MatchableStoredArticle[] {
    return (
      prepared(
        this.db,
        `SELECT id, title, body, source, published_at FROM articles
         WHERE (published_at, id) < (@beforeTime, @beforeId)
         ORDER BY published_at DESC, id DESC LIMIT @limit`,
      ).all({ beforeTime: before?.publishedAt ?? Number.MAX_SAFE_INTEGER, beforeId: before?.id ?? Number.MAX_SAFE_INTEGER, limit }) as LeanRow[]
    ).map(toLean)
  }

  /** These articles (those that exist), as newestBatch gives them. */
  leanByIds(ids: readonly number[]): MatchableStoredArticle[] {
    if (ids.length === 0) return []
    return (
      prepared(this.db, 'SELECT id, title, body, source, published_at FROM articles WHERE id IN (SELECT value FROM json_each(?)) ORDER BY published_at DESC, id DESC').all(
        JSON.stringify(ids),
      ) as LeanRow[]
    ).map(toLean)
  }

  exists(id: number): boolean {
    return prepared(this.db, 'SELECT 1 FROM articles WHERE id = ?').get(id) !== undefined
  }
}
