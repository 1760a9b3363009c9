/** The timeline's data: the first page, «المزيد» for older ones, and reloads after polls. */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ArticleSummary } from '../../electron/core/contract/types'
import type { MarsadClient } from '../api/client'
import { appendPage, cursorAfter, PAGE_SIZE, reloadLimit } from '../lib/articles'
import { errorText } from '../lib/errors'

export interface ArticlesState {
  readonly articles: readonly ArticleSummary[]
  readonly loading: boolean
  readonly loadingMore: boolean
  readonly hasMore: boolean
  readonly error: string | null
  readonly loadMore: () => void
  readonly reload: () => void
}

export interface ArticleFilter {
  readonly flaggedOnly: boolean
  /** Only the hits of this watchlist. */
  readonly watchlistId: string | null
}

export function useArticles(client: MarsadClient, { flaggedOnly, watchlistId }: ArticleFilter): ArticlesState {
  const [articles, setArticles] = useState<readonly ArticleSummary[]>([])
  const [loading, setLoading] = useState(true)
  const [loadingMore, setLoadingMore] = useState(false)
  const [hasMore, setHasMore] = useState(false)
  const [error, setError] = useState<string | null>(null)
  // Each request takes a number; answers to superseded requests are dropped.
  const generation = useRef(0)
  const articlesRef = useRef(articles)
  articlesRef.current = articles

  const load = useCallback(
    async (limit: number) => {
      const ticket = ++generation.current
      setLoading(true)
      try {
        const page = await client.listArticles({ flaggedOnly, limit, ...(watchlistId ? { watchlistId } : {}) })
        if (ticket !== generation.current) return
        setArticles(page)
        setHasMore(page.length >= limit)
        setError(null)
      } catch (err) {
        if (ticket === generation.current) setError(errorText(err))
      } finally {
        if (ticket === generation.current) {
          setLoading(false)
          setLoadingMore(false)
        }
      }
    },
    [client, flaggedOnly, watchlistId],
  )

  useEffect(() => {
    setArticles([])
    void load(PAGE_SIZE)
  }, [load])

  const reload = useCallback(() => void load(reloadLimit(articlesRef.current.length)), [load])

  const loadMore = useCallback(() => {
    const before = cursorAfter(articlesRef.current)
    if (!before) return
    const ticket = ++generation.current
    setLoadingMore(true)
    client
      .listArticles({ flaggedOnly, limit: PAGE_SIZE, before, ...(watchlistId ? { watchlistId } : {}) })
      .then((page) => {
        if (ticket !== generation.current) return
        setArticles((current) => appendPage(current, page))
        setHasMore(page.length >= PAGE_SIZE)
        setError(null)
      })
      .catch((err: unknown) => {
        if (ticket === generation.current) setError(errorText(err))
      })
      .finally(() => {
        if (ticket === generation.current) setLoadingMore(false)
      })
  }, [client, flaggedOnly, watchlistId])

  return { articles, loading, loadingMore, hasMore, error, loadMore, reload }
}
