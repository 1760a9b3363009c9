/** Contract handlers for reading: the timeline, one article, the CSV export. */
import type { Handlers } from '../contract/dispatch'
import { articlesToCsv, type ExportRow } from '../export/articles-csv'
import type { Store } from '../store/store'
import { toDetail, toSummary } from './article-views'
import { watchlistColors, watchlistNames, type CoreContext } from './context'

type ArticleHandlers = Pick<Handlers, 'listArticles' | 'getArticle' | 'exportCsv'>

const EXPORT_BATCH = 1000

export function articleHandlers(ctx: CoreContext): ArticleHandlers {
  const { store } = ctx
  return {
    listArticles: (query) => {
      const articles = store.articles.list(query)
      const ids = articles.map((a) => a.id)
      const hits = store.hits.forArticles(ids)
      const marks = store.marks.forArticles(ids)
      const names = watchlistNames(ctx)
      const colors = watchlistColors(ctx)
      return articles.map((a) => toSummary(a, hits.get(a.id) ?? [], names, { colors, marks: marks.get(a.id) ?? [] }))
    },
    getArticle: ({ id }) => {
      const article = store.articles.get(id)
      if (!article) return null
      return toDetail(article, store.hits.forArticles([id]).get(id) ?? [], watchlistNames(ctx), store.articles.sources(id), {
        colors: watchlistColors(ctx),
        marks: store.marks.forArticles([id]).get(id) ?? [],
      })
    },
    exportCsv: ({ flaggedOnly, timeZone }) => {
      const rows = exportRows(store, flaggedOnly)
      return { csv: articlesToCsv(rows, watchlistNames(ctx), timeZone), rows: rows.length }
    },
  }
}

function exportRows(store: Store, flaggedOnly: boolean): ExportRow[] {
  const rows: ExportRow[] = []
  for (let before: { publishedAt: number; id: number } | undefined; ; ) {
    const batch = store.articles.list({ flaggedOnly, limit: EXPORT_BATCH, before })
    const hits = store.hits.forArticles(batch.map((a) => a.id))
    for (const article of batch) rows.push({ article, hits: hits.get(article.id) ?? [] })
    if (batch.length < EXPORT_BATCH) return rows
    const last = batch[batch.length - 1]
    before = { publishedAt: last.publishedAt, id: last.id }
  }
}
