/** Contract handlers for reading one article, and the CSV export of a view. */
import type { Handlers } from '../contract/dispatch'
import { toDetail } from './article-views'
import { watchlistColors, watchlistNames, type CoreContext } from './context'
import { chunkText, writeViewCsv } from './csv-export'

type ArticleHandlers = Pick<Handlers, 'getArticle' | 'exportCsv'>

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
        chunks.push(chunkText(chunk))
      })
      return { csv: chunks.join(''), rows }
    },
  }
}
