/**
 * The analyst's triage from the timeline and the reader: a change is shown at once on the card and
 * in the reader, then saved; the counts are read again, and dismissing (which changes which views
 * hold the article) reloads the list. Opening an article reads it.
 *
 * Changes to one article are applied in the order the analyst made them: each toggle starts from
 * what is shown (so «غير مقروء» pressed before opening's read:true answers still means unread), and
 * only the answer to an article's latest change is shown.
 */
import { useCallback, useEffect, useRef, type Dispatch, type SetStateAction } from 'react'
import type { ArticleSummary, ArticleTriage } from '../../electron/core/contract/types'
import type { MarsadClient } from '../api/client'
import { sameTriage } from '../lib/articles'
import { errorText } from '../lib/errors'

export type TriageChange = { read?: boolean; starred?: boolean; dismissed?: boolean; note?: string }
export type TriageToggle = 'read' | 'starred' | 'dismissed'

interface TriageDeps {
  readonly client: MarsadClient
  /** The timeline's articles: the reader follows their triage when they are read again. */
  readonly listed: readonly ArticleSummary[]
  readonly setSelected: Dispatch<SetStateAction<ArticleSummary | null>>
  readonly patchTriage: (id: number, triage: ArticleTriage, madeAt?: number) => { readonly at: number; readonly shown: boolean }
  readonly reloadCounts: () => void
  readonly reloadArticles: () => void
  readonly onError: (message: string) => void
}

/**
 * The triage a change makes, shown before the server answers. A note is not: the box already
 * shows it, and a note that fails to save must stay in the box to be saved again.
 */
function changed(triage: ArticleTriage, change: TriageChange): ArticleTriage {
  const { note: _note, ...states } = change
  return { ...triage, ...states }
}

/** An article with changes not yet answered: what is shown, and what the server last confirmed. */
interface Pending {
  /** The number of the latest change; only its answer is shown. */
  readonly change: number
  /** When the timeline saw that change made (see `patchTriage`). */
  readonly madeAt: number
  readonly shown: ArticleTriage
  /** What a failure of the latest change puts back (an earlier change that failed is not in it). */
  readonly confirmed: ArticleTriage
}

export function useTriage({ client, listed, setSelected, patchTriage, reloadCounts, reloadArticles, onError }: TriageDeps) {
  const pending = useRef(new Map<number, Pending>())
  const changes = useRef(0)

  // A reload (the view marked read, another window's change) shows in the open reader too.
  useEffect(() => {
    setSelected((current) => {
      const fresh = current && listed.find((article) => article.id === current.id)
      return current && fresh && !sameTriage(fresh.triage, current.triage) ? { ...current, triage: fresh.triage } : current
    })
  }, [listed, setSelected])

  /**
   * Shows a triage on the card and in the reader, unless it answers a change the timeline has
   * reloaded since (the reload is newer, and the reader follows the timeline).
   */
  const show = useCallback(
    (id: number, triage: ArticleTriage, madeAt?: number): number => {
      const patched = patchTriage(id, triage, madeAt)
      if (patched.shown || madeAt === undefined) setSelected((current) => (current && current.id === id ? { ...current, triage } : current))
      return patched.at
    },
    [patchTriage, setSelected],
  )

  /** Saves a change to an article; rejects with the message to show (the change is then undone). */
  const save = useCallback(
    (article: Pick<ArticleSummary, 'id' | 'triage'>, change: TriageChange): Promise<void> => {
      const { id } = article
      const earlier = pending.current.get(id)
      const mine = ++changes.current
      const shown = changed(earlier?.shown ?? article.triage, change)
      const madeAt = show(id, shown)
      pending.current.set(id, { change: mine, madeAt, shown, confirmed: earlier?.confirmed ?? article.triage })
      return client.updateArticle({ id, ...change }).then(
        (triage) => {
          const now = pending.current.get(id)
          if (now?.change === mine) {
            pending.current.delete(id)
            show(id, triage, now.madeAt)
          } else if (now) pending.current.set(id, { ...now, confirmed: triage })
          reloadCounts()
          if (change.dismissed !== undefined) reloadArticles()
        },
        (err: unknown) => {
          const now = pending.current.get(id)
          if (now?.change === mine) {
            pending.current.delete(id)
            show(id, now.confirmed, now.madeAt)
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
      const shown = pending.current.get(article.id)?.shown ?? article.triage
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
