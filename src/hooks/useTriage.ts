/**
 * The analyst's triage from the timeline and the reader: a change is shown at once on the card and
 * in the reader, the counts are read again, and dismissing (which changes which views hold the
 * article) reloads the list. Opening an article reads it.
 */
import { useCallback, type Dispatch, type SetStateAction } from 'react'
import type { ArticleSummary, ArticleTriage } from '../../electron/core/contract/types'
import type { MarsadClient } from '../api/client'
import { errorText } from '../lib/errors'

export type TriageChange = { read?: boolean; starred?: boolean; dismissed?: boolean }

interface TriageDeps {
  readonly client: MarsadClient
  readonly setSelected: Dispatch<SetStateAction<ArticleSummary | null>>
  readonly patchTriage: (id: number, triage: ArticleTriage) => void
  readonly reloadCounts: () => void
  readonly reloadArticles: () => void
  readonly onError: (message: string) => void
}

export function useTriage({ client, setSelected, patchTriage, reloadCounts, reloadArticles, onError }: TriageDeps) {
  const applyTriage = useCallback(
    (id: number, triage: ArticleTriage, dismissedChanged = false) => {
      patchTriage(id, triage)
      setSelected((current) => (current && current.id === id ? { ...current, triage } : current))
      reloadCounts()
      if (dismissedChanged) reloadArticles()
    },
    [patchTriage, setSelected, reloadCounts, reloadArticles],
  )

  const updateTriage = useCallback(
    (article: ArticleSummary, change: TriageChange) => {
      client
        .updateArticle({ id: article.id, ...change })
        .then((triage) => applyTriage(article.id, triage, change.dismissed !== undefined))
        .catch((err: unknown) => onError(`تعذّر الحفظ: ${errorText(err)}`))
    },
    [client, applyTriage, onError],
  )

  const open = useCallback(
    (article: ArticleSummary) => {
      setSelected(article)
      if (!article.triage.read) updateTriage(article, { read: true })
    },
    [setSelected, updateTriage],
  )

  return { applyTriage, updateTriage, open }
}
