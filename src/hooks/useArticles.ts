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
  /**
   * Shows an article's new triage (the reader or a key changed it) and returns when, in the
   * list's count of changes, it was made. An answer to that change passes `madeAt` back: a
   * reload sent after the change was made already holds it or something newer, and is kept.
   * False when the list already shows something newer and was left alone.
   */
  readonly patchTriage: (id: number, triage: ArticleSummary['triage'], madeAt?: number) => { readonly at: number; readonly shown: boolean }
}

export function useArticles(client: MarsadClient, view: TimelineViewState): ArticlesState {
  const [articles, setArticles] = useState<readonly ArticleSummary[]>([])
  const [loading, setLoading] = useState(true)
  const [loadingMore, setLoadingMore] = useState(false)
  const [hasMore, setHasMore] = useState(false)
  const [error, setError] = useState<string | null>(null)
  // Each request takes a number; answers to superseded requests are dropped. A reload and
  // «المزيد» are never both waited on: whichever comes second asks for both (one longer reload),
  // so the list neither loses a page nor stays busy for an answer that was dropped.
  const generation = useRef(0)
  const inFlight = useRef<'load' | 'more' | null>(null)
  // A «المزيد» folded into the load under way: a reload that replaces that load asks for it too.
  const moreAsked = useRef(false)
  // Triage shown since a request was sent (a star, opening's read) is put back over its answer,
  // which may have been read before the change was saved.
  // `shownThrough`: the newest load shown was sent after this many changes.
  const triageChanges = useRef({ count: 0, shownThrough: 0, latest: new Map<number, { readonly at: number; readonly triage: ArticleSummary['triage'] }>() })
  const articlesRef = useRef(articles)
  articlesRef.current = articles
  // One identity per view (the object may be rebuilt with the same values).
  const key = JSON.stringify(viewInput(view))
  const input = useMemo(() => JSON.parse(key) as ReturnType<typeof viewInput>, [key])

  /** The page as answered, with the triage changed since `sentAt` shown over it. */
  const withChangesSince = useCallback((page: readonly ArticleSummary[], sentAt: number): readonly ArticleSummary[] => {
    const { latest } = triageChanges.current
    return page.map((article) => {
      const change = latest.get(article.id)
      return change && change.at > sentAt ? { ...article, triage: change.triage } : article
    })
  }, [])

  const finish = useCallback((ticket: number) => {
    if (ticket !== generation.current) return
    inFlight.current = null
    moreAsked.current = false
    setLoading(false)
    setLoadingMore(false)
  }, [])

  const load = useCallback(
    async (limit: number) => {
      const ticket = ++generation.current
      const sentAt = triageChanges.current.count
      inFlight.current = 'load'
      setLoading(true)
      try {
        const page = await client.listArticles({ ...input, limit })
        if (ticket !== generation.current) return
        setArticles(withChangesSince(page, sentAt))
        setHasMore(page.length >= limit)
        setError(null)
        // What this answer already holds need not be put back over later ones.
        triageChanges.current.shownThrough = sentAt
        for (const [id, change] of triageChanges.current.latest) if (change.at <= sentAt) triageChanges.current.latest.delete(id)
      } catch (err) {
        if (ticket === generation.current) {
          setArticles([])
          setError(errorText(err))
        }
      } finally {
        finish(ticket)
      }
    },
    [client, input, withChangesSince, finish],
  )

  useEffect(() => {
    moreAsked.current = false
    setArticles([])
    void load(PAGE_SIZE)
  }, [load])

  /** Loads the view again as far as it is listed, and one page further when «المزيد» is waiting. */
  const loadListed = useCallback(
    (more: boolean) => {
      void load(reloadLimit(articlesRef.current.length + (more ? PAGE_SIZE : 0)))
      if (more) {
        moreAsked.current = true
        setLoadingMore(true)
      }
    },
    [load],
  )

  const reload = useCallback(() => loadListed(inFlight.current === 'more' || moreAsked.current), [loadListed])

  const loadMore = useCallback(() => {
    const after = cursorAfter(articlesRef.current)
    if (!after || inFlight.current === 'more' || moreAsked.current) return
    if (inFlight.current === 'load') return loadListed(true)
    const ticket = ++generation.current
    const sentAt = triageChanges.current.count
    inFlight.current = 'more'
    setLoadingMore(true)
    client
      .listArticles({ ...input, limit: PAGE_SIZE, after })
      .then((page) => {
        if (ticket !== generation.current) return
        setArticles((current) => appendPage(current, withChangesSince(page, sentAt)))
        setHasMore(page.length >= PAGE_SIZE)
        setError(null)
      })
      .catch((err: unknown) => {
        if (ticket === generation.current) setError(errorText(err))
      })
      .finally(() => finish(ticket))
  }, [client, input, loadListed, withChangesSince, finish])

  const patchTriage = useCallback((id: number, triage: ArticleSummary['triage'], madeAt?: number) => {
    const changes = triageChanges.current
    const at = madeAt ?? ++changes.count
    if (at <= changes.shownThrough) return { at, shown: false }
    changes.latest.set(id, { at, triage })
    setArticles((current) => withTriage(current, id, triage))
    return { at, shown: true }
  }, [])

  return { articles, loading, loadingMore, hasMore, error, loadMore, reload, patchTriage }
}
