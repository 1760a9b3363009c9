/**
 * The analyst's triage from the timeline and the reader: a change is shown at once on the card and
 * in the reader, then saved; the counts are read again, and dismissing (which changes which views
 * hold the article) reloads the list. Opening an article reads it.
 *
 * Changes to one article are applied in the order the analyst made them: each toggle starts from
 * what is shown (so «غير مقروء» pressed before opening's read:true answers still means unread), and
 * only the answer to an article's latest change is shown.
 */
import { useCallback, useRef, type Dispatch, type SetStateAction } from 'react'
import type { ArticleSummary, ArticleTriage } from '../../electron/core/contract/types'
import type { MarsadClient } from '../api/client'
import { errorText } from '../lib/errors'

export type TriageChange = { read?: boolean; starred?: boolean; dismissed?: boolean; note?: string }
export type TriageToggle = 'read' | 'starred' | 'dismissed'

interface TriageDeps {
  readonly client: MarsadClient
  readonly setSelected: Dispatch<SetStateAction<ArticleSummary | null>>
  readonly patchTriage: (id: number, triage: ArticleTriage) => void
  readonly reloadCounts: () => void
  readonly reloadArticles: () => void
  readonly onError: (message: string) => void
}

/** The triage a change makes, shown before the server answers (an empty note is no note). */
function changed(triage: ArticleTriage, change: TriageChange): ArticleTriage {
  const note = change.note === undefined ? triage.note : change.note.trim() === '' ? null : change.note
  return { ...triage, ...change, note }
}

export function useTriage({ client, setSelected, patchTriage, reloadCounts, reloadArticles, onError }: TriageDeps) {
  // Per article with a change not yet answered: the triage shown and the number of that change.
  const pending = useRef(new Map<number, { readonly change: number; readonly triage: ArticleTriage }>())
  const changes = useRef(0)

  const show = useCallback(
    (id: number, triage: ArticleTriage) => {
      patchTriage(id, triage)
      setSelected((current) => (current && current.id === id ? { ...current, triage } : current))
    },
    [patchTriage, setSelected],
  )

  /** Saves a change to an article; rejects with the message to show (the change is then undone). */
  const save = useCallback(
    (article: Pick<ArticleSummary, 'id' | 'triage'>, change: TriageChange): Promise<void> => {
      const before = pending.current.get(article.id)?.triage ?? article.triage
      const mine = ++changes.current
      const latest = () => pending.current.get(article.id)?.change === mine
      pending.current.set(article.id, { change: mine, triage: changed(before, change) })
      show(article.id, changed(before, change))
      return client.updateArticle({ id: article.id, ...change }).then(
        (triage) => {
          if (latest()) {
            pending.current.delete(article.id)
            show(article.id, triage)
          }
          reloadCounts()
          if (change.dismissed !== undefined) reloadArticles()
        },
        (err: unknown) => {
          if (latest()) {
            pending.current.delete(article.id)
            show(article.id, before)
          }
          throw new Error(`تعذّر الحفظ: ${errorText(err)}`)
        },
      )
    },
    [client, show, reloadCounts, reloadArticles],
  )

  const updateTriage = useCallback(
    (article: ArticleSummary, change: TriageChange) => void save(article, change).catch((err: Error) => onError(err.message)),
    [save, onError],
  )

  /** Turns a state over, from what is shown now (a change still being saved included). */
  const toggle = useCallback(
    (article: Pick<ArticleSummary, 'id' | 'triage'>, field: TriageToggle): Promise<void> => {
      const shown = pending.current.get(article.id)?.triage ?? article.triage
      return save(article, { [field]: !shown[field] })
    },
    [save],
  )

  const open = useCallback(
    (article: ArticleSummary) => {
      setSelected(article)
      if (!article.triage.read) updateTriage(article, { read: true })
    },
    [setSelected, updateTriage],
  )

  return { save, toggle, open }
}
