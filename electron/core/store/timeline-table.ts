/**
 * Reading the timeline: one page of article ids for a view (see timeline-query.ts for how each is
 * answered from an index), the maintained counts, and the few columns a card shows.
 */
import { prepared, type Db } from './database'
import type { StoredArticle } from './articles-table'
import { ftsExpression, type SearchPart } from '../search/query'
import type { SearchTable } from './search-table'
import { timelineSql, type FilterCounts, type TimelineCursor, type TimelineFilter, type TimelineSort } from './timeline-query'

/**
 * Characters of an unflagged article's body a card reads: more than an excerpt shows (280), in
 * characters, which are never fewer than the UTF-16 units the excerpt counts.
 */
export const BODY_BEGINNING = 400

export interface TimelinePageQuery {
  readonly filter: TimelineFilter
  readonly sort: TimelineSort
  readonly limit: number
  readonly cursor?: TimelineCursor
  /** A search, as search/query.ts parses what the analyst typed. */
  readonly search?: readonly SearchPart[]
  /** By best match, how many of the newest matches are ranked (RANKED_MATCHES by default). */
  readonly rankedMatches?: number
}

export interface TimelineRow {
  readonly id: number
  /** The sort key: published time, or score. */
  readonly key: number
}

/**
 * What a card shows of an article: no HTML, no metadata the card does not show. Its body is the
 * body, or (an unflagged article outside a search) its first BODY_BEGINNING characters: see cards().
 */
export type CardRow = Pick<StoredArticle, 'id' | 'feedId' | 'source' | 'url' | 'title' | 'body' | 'publishedAt' | 'publishedGuessed' | 'fetchedAt'>

interface CardSqlRow {
  id: number
  feed_id: number | null
  source: string
  url: string | null
  title: string
  body: string
  published_at: number
  published_guessed: number
  fetched_at: number
}

/** The maintained counts (see migration 11): global ones by name, per watchlist and per feed by id. */
export interface TimelineCounts {
  readonly global: Readonly<Record<string, number>>
  readonly watchlists: Readonly<Record<string, { readonly all: number; readonly unread: number }>>
  readonly feeds: Readonly<Record<string, { readonly all: number; readonly unread: number }>>
}

/** Articles a search indexes from the backlog before it runs (a few seconds at most). */
export const SEARCH_CATCH_UP = 5_000

export class TimelineTable {
  constructor(
    private readonly db: Db,
    private readonly search: SearchTable,
  ) {}

  /** One page of the view, in its order. A search first indexes what is waiting, when that is at most SEARCH_CATCH_UP articles. */
  page(q: TimelinePageQuery): TimelineRow[] {
    const { sql, params } = timelineSql(q.filter, q.sort, q.limit, q.cursor, this.filterCounts(q.filter, q.sort), this.searchExpression(q.search), q.rankedMatches)
    return prepared(this.db, sql).all(params) as TimelineRow[]
  }

  /** The FTS5 expression of a search, once the backlog is caught up (a form only a new article has must be kept). */
  private searchExpression(search: readonly SearchPart[] | undefined): string | undefined {
    if (search === undefined) return undefined
    this.catchUpSearch()
    return ftsExpression(search, (forms) => this.search.presentForms(forms))
  }

  /**
   * Indexes the search backlog before a search, so that what was just stored is found: what a poll
   * brought is a few hundred articles; a migrated archive's million is left to the background
   * indexing (the counts say how many wait).
   */
  private catchUpSearch(): void {
    const waiting = this.search.backlogUpTo(SEARCH_CATCH_UP + 1)
    if (waiting === 0 || waiting > SEARCH_CATCH_UP) return
    this.db.transaction(() => this.search.indexBacklog(SEARCH_CATCH_UP)).immediate()
  }

  /** Which index a page of this view would walk (for tests and the benchmark). */
  driverFor(filter: TimelineFilter, sort: TimelineSort, search?: readonly SearchPart[]): string {
    return timelineSql(filter, sort, 1, undefined, this.filterCounts(filter, sort), search && ftsExpression(search)).driver
  }

  private count(name: string): number | undefined {
    return (prepared(this.db, 'SELECT n FROM timeline_counts WHERE name = ?').get(name) as { n: number } | undefined)?.n
  }

  private filterCounts(filter: TimelineFilter, sort: TimelineSort): FilterCounts {
    const counts: { -readonly [K in keyof FilterCounts]: FilterCounts[K] } = {}
    for (const name of ['flagged', 'unread', 'starred', 'dismissed', 'noted'] as const) if (filter[name]) counts[name] = this.count(name) ?? 0
    if (filter.watchlistId !== undefined) counts.watchlist = this.count(`w:${filter.watchlistId}`) ?? 0
    if (filter.feedId !== undefined) counts.feed = this.count(`f:${filter.feedId}`) ?? 0
    if (filter.feedId !== undefined && filter.unread) counts.feedUnread = this.count(`fu:${filter.feedId}`) ?? 0
    if (filter.storedFrom !== undefined) counts.stored = this.storedSinceCount(filter.storedFrom)
    if (filter.flagged && filter.unread) counts.flaggedUnread = this.count('flagged_unread') ?? 0
    // A feed's flagged share is estimated from the whole archive's (timeline-query.ts); a score order is of flagged articles.
    if ((filter.flagged || sort === 'score') && filter.feedId !== undefined) {
      counts.all = this.count('all') ?? 0
      counts.flagged ??= this.count('flagged') ?? 0
    }
    return counts
  }

  /** Articles with ids from `first` on (ids grow with storing: what was stored since then). */
  storedSinceCount(first: number): number {
    return (prepared(this.db, 'SELECT COUNT(*) AS n FROM article_state WHERE article_id >= ?').get(first) as { n: number }).n
  }

  counts(): TimelineCounts {
    const rows = prepared(this.db, 'SELECT name, n FROM timeline_counts').all() as { name: string; n: number }[]
    const global: Record<string, number> = {}
    const keyed: Record<'w' | 'f', Record<string, { all: number; unread: number }>> = { w: {}, f: {} }
    for (const { name, n } of rows) {
      // w:ID and wu:ID, f:ID and fu:ID: a watchlist's or a feed's articles, and the unread among them.
      const match = /^([wf])(u?):(.*)$/s.exec(name)
      if (!match) {
        global[name] = n
        continue
      }
      const [, kind, unread, id] = match
      const entry = (keyed[kind as 'w' | 'f'][id] ??= { all: 0, unread: 0 })
      entry[unread ? 'unread' : 'all'] = n
    }
    return { global, watchlists: keyed.w, feeds: keyed.f }
  }

  /**
   * These articles' card columns, in the order given (ids that no longer exist are left out). The
   * body comes whole where a card may need any part of it (an article with hits shows the text
   * around them; a search's excerpt shows where it found its words, `wholeBodies`); otherwise only
   * its beginning, which is all an excerpt of an unflagged article shows: reading every body whole
   * was most of an export's time.
   */
  cards(ids: readonly number[], wholeBodies = false): CardRow[] {
    if (ids.length === 0) return []
    const rows = prepared(
      this.db,
      `SELECT a.id, a.feed_id, a.source, a.url, a.title, a.published_at, a.published_guessed, a.fetched_at,
              CASE WHEN @whole OR EXISTS (SELECT 1 FROM hits h WHERE h.article_id = a.id) THEN a.body ELSE substr(a.body, 1, ${BODY_BEGINNING}) END AS body
       FROM articles a WHERE a.id IN (SELECT value FROM json_each(@ids))`,
    ).all({ ids: JSON.stringify(ids), whole: wholeBodies ? 1 : 0 }) as CardSqlRow[]
    const byId = new Map(rows.map((r) => [r.id, r]))
    return ids.flatMap((id) => {
      const r = byId.get(id)
      if (!r) return []
      return [
        {
          id: r.id,
          feedId: r.feed_id,
          source: r.source,
          url: r.url,
          title: r.title,
          body: r.body,
          publishedAt: r.published_at,
          publishedGuessed: r.published_guessed === 1,
          fetchedAt: r.fetched_at,
        },
      ]
    })
  }
}
