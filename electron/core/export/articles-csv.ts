/**
 * The article export: one row per article of a view, with its watchlists, the words that matched,
 * each watchlist's score, an excerpt and the analyst's triage. Written a page at a time (a header,
 * then rows), so an export of a million articles never holds more than one page.
 */
import type { StoredHit } from '../store/hits-table'
import { displaySafe } from '../text/controls'
import { csvLine } from './csv'
import { formatIsoTime } from './zoned-time'

export interface ExportArticle {
  readonly source: string
  readonly title: string
  readonly body: string
  readonly url: string | null
  readonly publishedAt: number
}

export interface ExportRow {
  readonly article: ExportArticle
  readonly hits: readonly StoredHit[]
  /** The card's excerpt (around the first hit or search match). */
  readonly excerpt?: string
  readonly triage?: { readonly read: boolean; readonly starred: boolean; readonly note: string | null }
}

export interface ExportColumns {
  /** The watchlists in force, in order: each gets a score column. */
  readonly watchlists: readonly { readonly id: string; readonly name: string }[]
  /** Where times are written (with their offset); the machine's zone by default. */
  readonly timeZone?: string
}

const FIXED_HEADER = ['published', 'source', 'title', 'url', 'watchlists', 'matched', 'score'] as const
const TRIAGE_HEADER = ['excerpt', 'flagged_at', 'read', 'starred', 'note'] as const

/** The header line (with the BOM Excel needs to read UTF-8 Arabic). */
export function articleCsvHeader(columns: ExportColumns): string {
  return '\uFEFF' + csvLine([...FIXED_HEADER, ...columns.watchlists.map((w) => `score: ${displaySafe(w.name)}`), ...TRIAGE_HEADER])
}

/**
 * One row's line. Names, titles, matched words and the excerpt go out display-safe (a bidi
 * override from a feed would otherwise reverse the cell and a control character garble it); the
 * note keeps its lines.
 */
export function articleCsvLine(row: ExportRow, names: ReadonlyMap<string, string>, columns: ExportColumns): string {
  const { article, hits } = row
  const cells = [
    formatIsoTime(article.publishedAt, columns.timeZone),
    displaySafe(article.source),
    displaySafe(article.title),
    article.url ?? '',
    hits.map((h) => displaySafe(names.get(h.watchlistId) ?? h.watchlistId)).join('; '),
    matchedWords(article, hits).join('; '),
    hits.length ? String(hits.reduce((sum, h) => sum + h.score, 0)) : '',
  ]
  for (const watchlist of columns.watchlists) {
    const hit = hits.find((h) => h.watchlistId === watchlist.id)
    cells.push(hit ? String(hit.score) : '')
  }
  const flaggedAt = hits.reduce((first, h) => Math.min(first, h.matchedAt), Infinity)
  cells.push(
    excerptCell(row.excerpt ?? ''),
    flaggedAt === Infinity ? '' : formatIsoTime(flaggedAt, columns.timeZone),
    yesNo(row.triage?.read),
    yesNo(row.triage?.starred),
    row.triage?.note ?? '',
  )
  return csvLine(cells)
}

function yesNo(value: boolean | undefined): string {
  return value === undefined ? '' : value ? 'yes' : 'no'
}

/**
 * The excerpt display-safe on one line. Made one line first: an excerpt nearly always spans a
 * paragraph break, and displaySafe has a cheap path only for text without one.
 */
function excerptCell(excerpt: string): string {
  const flat = oneLine(excerpt)
  const safe = displaySafe(flat)
  return safe === flat ? flat : oneLine(safe)
}

/**
 * Runs of whitespace made one space, ends trimmed. Only what changes is matched (a run of two or
 * more, or a lone break or tab): replacing every single space with itself cost more than the rest
 * of the row.
 */
function oneLine(text: string): string {
  return text.replace(/\s{2,}|[^\S ]/g, ' ').trim()
}

/** Distinct matched text as the article wrote it, title hits first. */
function matchedWords(article: ExportArticle, hits: readonly StoredHit[]): string[] {
  const words = new Set<string>()
  for (const hit of hits) {
    for (const span of hit.spans) {
      const source = span.field === 'title' ? article.title : article.body
      // Sliced first, then cleaned: the spans are offsets into the text as stored.
      words.add(source.slice(span.start, span.end))
    }
  }
  return [...new Set([...words].map(displaySafe))]
}
