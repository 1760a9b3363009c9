/** What the reader shows about why an article was flagged: each watchlist and its matched queries. */
import type { ArticleDetail, ArticleHitView, Highlight } from '../../electron/core/contract/types'
import type { ColoredSpan } from './highlight'

export interface WatchlistMatches {
  readonly watchlistId: string
  readonly watchlistName: string
  /** The watchlist queries that matched, as the analyst wrote them (they can be long boolean expressions). */
  readonly queries: string[]
  /** The distinct words of the article that matched, as they appear in it. */
  readonly words: string[]
}

export function matchesByWatchlist(article: Pick<ArticleDetail, 'hits' | 'spans' | 'title' | 'body'>): WatchlistMatches[] {
  const byId = new Map<string, WatchlistMatches>()
  const entry = (id: string, name: string = id): WatchlistMatches => {
    let found = byId.get(id)
    if (!found) {
      found = { watchlistId: id, watchlistName: name, queries: [], words: [] }
      byId.set(id, found)
    }
    return found
  }
  for (const hit of article.hits) entry(hit.watchlistId, hit.watchlistName)
  for (const span of article.spans) {
    const match = entry(span.watchlistId)
    if (!match.queries.includes(span.query)) match.queries.push(span.query)
    const source = span.field === 'title' ? article.title : article.body
    const word = source.slice(Math.max(0, span.start), Math.max(0, span.end)).trim()
    if (word !== '' && !match.words.includes(word)) match.words.push(word)
  }
  return [...byId.values()]
}

/** The spans of one field, as plain highlights. */
export function fieldHighlights(article: Pick<ArticleDetail, 'spans'>, field: 'title' | 'body'): Highlight[] {
  return article.spans.filter((span) => span.field === field).map(({ start, end }) => ({ start, end }))
}

/** Highlights in their watchlist's colour (from the article's hits); one whose watchlist is not among them keeps the default mark colour. */
export function colorize(spans: readonly Highlight[], hits: readonly ArticleHitView[]): ColoredSpan[] {
  const colors = new Map(hits.map((h) => [h.watchlistId, h.color]))
  return spans.map(({ start, end, watchlistId }) => ({ start, end, color: watchlistId === undefined ? undefined : colors.get(watchlistId) }))
}

/** The colour a search's words are marked in, apart from every watchlist's. */
export const SEARCH_HIGHLIGHT_COLOR = '#f59e0b'

/** A search's matches first (a word both found and matched shows as found), then the watchlists' spans. */
export function withSearchHighlights(found: readonly Highlight[] | undefined, spans: readonly ColoredSpan[]): ColoredSpan[] {
  if (!found || found.length === 0) return [...spans]
  return [...found.map(({ start, end }) => ({ start, end, color: SEARCH_HIGHLIGHT_COLOR })), ...spans]
}

/** The spans of one field in their watchlist's colour. */
export function coloredFieldHighlights(article: Pick<ArticleDetail, 'spans' | 'hits'>, field: 'title' | 'body'): ColoredSpan[] {
  return colorize(
    article.spans.filter((span) => span.field === field).map(({ start, end, watchlistId }) => ({ start, end, watchlistId })),
    article.hits,
  )
}
