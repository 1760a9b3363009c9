/** Contract handlers for reading one article, and the CSV export of a view. */
import type { Handlers } from '../contract/dispatch'
import type { ValidatedInput } from '../contract/operations'
import { articleCsvHeader, articleCsvLine, type ExportColumns } from '../export/articles-csv'
import { toDetail, toSummary } from './article-views'
import { watchlistColors, watchlistNames, type CoreContext } from './context'
import { firstIdStoredAt } from '../store/retention'
import { yieldToEventLoop } from '../work/steps'
import { timelineView } from './timeline-view'

type ArticleHandlers = Pick<Handlers, 'getArticle' | 'exportCsv'>

/** Rows read per page of an export: memory stays one page's whatever the export's size. */
export const EXPORT_BATCH = 1000

export function articleHandlers(ctx: CoreContext): ArticleHandlers {
  const { store } = ctx
  return {
    getArticle: ({ id }) => {
      const article = store.articles.get(id)
      if (!article) return null
      return toDetail(article, store.hits.forArticles([id]).get(id) ?? [], watchlistNames(ctx), store.articles.sources(id), {
        colors: watchlistColors(ctx),
        marks: store.marks.forArticles([id]).get(id) ?? [],
        state: store.state.get(id),
      })
    },
    exportCsv: async (input) => {
      // Over the contract the CSV comes back whole; the CLI and `serve` stream the same pages (writeViewCsv).
      const chunks: string[] = []
      const rows = await writeViewCsv(ctx, input, (chunk) => {
        chunks.push(chunk)
      })
      return { csv: chunks.join(''), rows }
    },
  }
}

/**
 * Writes a view's articles as CSV, a page at a time, in the view's order: `write` gets the header,
 * then each page's lines, and may return a promise (a socket to drain) that the next page waits
 * for; between pages the event loop is served. `progress` hears the rows written so far. Returns
 * the number of rows.
 */
export async function writeViewCsv(
  ctx: CoreContext,
  input: ValidatedInput<'exportCsv'>,
  write: (chunk: string) => void | Promise<void>,
  progress: (rows: number) => void = () => {},
): Promise<number> {
  const { store } = ctx
  const view = timelineView(input, (time) => firstIdStoredAt(store.db, time))
  const names = watchlistNames(ctx)
  const columns: ExportColumns = { watchlists: ctx.matcher().watchlists.map((w) => ({ id: w.id, name: w.name })), timeZone: input.timeZone }
  await write(articleCsvHeader(columns))
  let rows = 0
  for (let cursor: { key: number; id: number } | undefined; ; ) {
    const page = store.timeline.page({ filter: view.filter, sort: view.sort, limit: EXPORT_BATCH, cursor, search: view.search?.parts })
    const ids = page.map((r) => r.id)
    const hits = store.hits.forArticles(ids)
    const states = store.state.forArticles(ids)
    const lines = store.timeline.cards(ids, view.search !== undefined).map((card) => {
      const articleHits = hits.get(card.id) ?? []
      const summary = toSummary(card, articleHits, names, { state: states.get(card.id), search: view.search?.parts })
      return articleCsvLine({ article: card, hits: articleHits, excerpt: summary.excerpt, triage: summary.triage }, names, columns)
    })
    await write(lines.join(''))
    rows += lines.length
    progress(rows)
    if (page.length < EXPORT_BATCH) return rows
    await yieldToEventLoop()
    const last = page[page.length - 1]
    cursor = { key: last.key, id: last.id }
  }
}
