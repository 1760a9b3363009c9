/** The timeline's data: the first page of the view, «المزيد» for the next ones, and reloads after polls. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { ArticleSummary } from '../../electron/core/contract/types'
import type { MarsadClient } from '../api/client'
import { appendPage, cursorAfter, PAGE_SIZE, reloadLimit, withTriage } from '../lib/articles'
import { errorText } from '../lib/errors'
import { viewInput, type TimelineViewState } from '../lib/view'

export interface ArticlesState {
  readonly articles: readonly ArticleSummary[]
  readonly loading: boolean
  readonly loadingMore: boolean
  readonly hasMore: boolean
  readonly error: string | null
  readonly loadMore: () => void
  readonly reload: () => void
  /** Shows an article's new triage at once (the reader or a key changed it). */
  readonly patchTriage: (id: number, triage: ArticleSummary['triage']) => void
}

export function useArticles(client: MarsadClient, view: TimelineViewState): ArticlesState {
  const [articles, setArticles] = useState<readonly ArticleSummary[]>([])
  const [loading, setLoading] = useState(true)
  const [loadingMore, setLoadingMore] = useState(false)
  const [hasMore, setHasMore] = useState(false)
  const [error, setError] = useState<string | null>(null)
  // Each request takes a number; answers to superseded requests are dropped.
  const generation = useRef(0)
  const articlesRef = useRef(articles)
  articlesRef.current = articles
  // One identity per view (the object may be rebuilt with the same values).
  const key = JSON.stringify(viewInput(view))
  const input = useMemo(() => JSON.parse(key) as ReturnType<typeof viewInput>, [key])

  const load = useCallback(
    async (limit: number) => {
      const ticket = ++generation.current
      setLoading(true)
      try {
        const page = await client.listArticles({ ...input, limit })
        if (ticket !== generation.current) return
        setArticles(page)
        setHasMore(page.length >= limit)
        setError(null)
      } catch (err) {
        if (ticket === generation.current) {
          setArticles([])
          setError(errorText(err))
        }
      } finally {
        if (ticket === generation.current) {
          setLoading(false)
          setLoadingMore(false)
        }
      }
    },
    [client, input],
  )

  useEffect(() => {
    setArticles([])
    void load(PAGE_SIZE)
  }, [load])

  const reload = useCallback(() => void load(reloadLimit(articlesRef.current.length)), [load])

  const loadMore = useCallback(() => {
    const after = cursorAfter(articlesRef.current)
    if (!after) return
    const ticket = ++generation.current
    setLoadingMore(true)
    client
      .listArticles({ ...input, limit: PAGE_SIZE, after })
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
  }, [client, input])

  const patchTriage = useCallback((id: number, triage: ArticleSummary['triage']) => setArticles((current) => withTriage(current, id, triage)), [])

  return { articles, loading, loadingMore, hasMore, error, loadMore, reload, patchTriage }
}
