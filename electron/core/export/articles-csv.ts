/** The article export: one row per article with its watchlists and the words that matched. */
import type { StoredHit } from '../store/hits-table'
import type { StoredArticle } from '../store/articles-table'
import { displaySafe } from '../text/controls'
import { toCsv } from './csv'
import { formatZonedTime } from './zoned-time'

export const ARTICLE_CSV_HEADER = ['published', 'source', 'title', 'url', 'watchlists', 'matched', 'score'] as const

export interface ExportRow {
  readonly article: StoredArticle
  readonly hits: readonly StoredHit[]
}

/**
 * `timeZone`: where the `published` times are written (with their offset); the machine's zone by
 * default. Names, titles and matched words go out display-safe: a bidi override from a feed would
 * otherwise reverse the cell («deeF Hostile») and a control character garble it. (No body or
 * excerpt is exported; one would take displaySafeBlock, which keeps its lines.)
 */
export function articlesToCsv(rows: readonly ExportRow[], watchlistNames: ReadonlyMap<string, string>, timeZone?: string): string {
  return toCsv(
    ARTICLE_CSV_HEADER,
    rows.map(({ article, hits }) => [
      formatZonedTime(article.publishedAt, timeZone, { seconds: true }),
      displaySafe(article.source),
      displaySafe(article.title),
      article.url ?? '',
      hits.map((h) => displaySafe(watchlistNames.get(h.watchlistId) ?? h.watchlistId)).join('; '),
      matchedWords(article, hits).join('; '),
      hits.length ? String(hits.reduce((sum, h) => sum + h.score, 0)) : '',
    ]),
  )
}

/** Distinct matched text as the article wrote it, title hits first. */
function matchedWords(article: StoredArticle, hits: readonly StoredHit[]): string[] {
  const words = new Set<string>()
  for (const hit of hits) {
    for (const span of hit.spans) {
      const source = span.field === 'title' ? article.title : article.body
      // Sliced first, then cleaned: the spans are offsets into the text as stored.
      words.add(displaySafe(source.slice(span.start, span.end)))
    }
  }
  return [...words]
}
