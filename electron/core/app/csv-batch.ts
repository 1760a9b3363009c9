/**
 * The CSV lines of a batch of an export's articles, in the batch's order: read from the store
 * (cards, hits, triage) and written by export/articles-csv. The same function runs in the core's
 * thread and in an export thread (csv-workers.ts), so a row is the same wherever it was written.
 */
import { articleCsvLine, type ExportColumns } from '../export/articles-csv'
import type { SearchPart } from '../search/query'
import type { Store } from '../store/store'
import { toSummary } from './article-views'

export interface CsvBatch {
  /** Article ids in the view's order (an id gone since the page was read is left out). */
  readonly ids: readonly number[]
  /** The view's search: its excerpts show where it found its words. */
  readonly search?: readonly SearchPart[]
  /** Watchlist ids to names. */
  readonly names: ReadonlyMap<string, string>
  readonly columns: ExportColumns
}

export interface CsvLines {
  /** The lines: text, or (from an export thread) their UTF-8 bytes, which move between threads without a copy. */
  readonly chunk: string | Uint8Array
  readonly rows: number
}

export function csvBatchLines(store: Store, batch: CsvBatch): CsvLines & { readonly chunk: string } {
  const { ids, search, names, columns } = batch
  const hits = store.hits.forArticles(ids)
  const states = store.state.forArticles(ids)
  const lines = store.timeline.cards(ids, search !== undefined).map((card) => {
    const articleHits = hits.get(card.id) ?? []
    const summary = toSummary(card, articleHits, names, { state: states.get(card.id), search })
    return articleCsvLine({ article: card, hits: articleHits, excerpt: summary.excerpt, triage: summary.triage }, names, columns)
  })
  return { chunk: lines.join(''), rows: lines.length }
}
