/** Loads the full article for the reader; keeps the last answer for the selected id only. */
import { useEffect, useState } from 'react'
import type { ArticleDetail } from '../../electron/core/contract/types'
import type { MarsadClient } from '../api/client'
import { errorText } from '../lib/errors'

export type DetailState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly article: ArticleDetail }
  | { readonly status: 'missing' }
  | { readonly status: 'error'; readonly message: string }

export function useArticleDetail(client: MarsadClient, id: number | null, version: number): DetailState {
  const [state, setState] = useState<DetailState>({ status: 'loading' })

  useEffect(() => {
    if (id === null) return
    let current = true
    setState((previous) => (previous.status === 'ready' && previous.article.id === id ? previous : { status: 'loading' }))
    client
      .getArticle({ id })
      .then((article) => {
        if (current) setState(article ? { status: 'ready', article } : { status: 'missing' })
      })
      .catch((err: unknown) => {
        if (current) setState({ status: 'error', message: errorText(err) })
      })
    return () => {
      current = false
    }
  }, [client, id, version])

  return state
}
