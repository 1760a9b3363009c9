import { useState } from 'react'
import type { ArticleSummary } from '../../electron/core/contract/types'
import { useDraft } from '../hooks/useDraft'
import type { TriageChange, TriageToggle } from '../hooks/useTriage'

interface Props {
  readonly article: Pick<ArticleSummary, 'id' | 'triage' | 'hits'>
  /** Saves a change (shown at once); rejects with the message to show. */
  readonly save: (change: TriageChange) => Promise<void>
  /** Turns a state over from what is shown; rejects with the message to show. */
  readonly toggle: (field: TriageToggle) => Promise<void>
}

/** Characters of a note (the contract's NOTE_MAX). */
const NOTE_MAX = 2000

/** The analyst's state of the open article: star, read, dismiss (not relevant to its watchlists), a note. */
export function TriageBar({ article, save, toggle }: Props) {
  const { triage } = article
  // The note being typed is kept while a save answers; another article starts from its own note.
  const [note, setNote] = useDraft(triage.note ?? '', article.id)
  const [error, setError] = useState<string | null>(null)
  const [savingNote, setSavingNote] = useState(false)
  const shownError = (err: unknown) => setError(err instanceof Error ? err.message : String(err))
  const flip = (field: TriageToggle) => {
    setError(null)
    toggle(field).catch(shownError)
  }
  const noteChanged = note.trim() !== (triage.note ?? '').trim()

  return (
    <section className="triage" data-testid="triage" aria-label="حالة المقال">
      <div className="triage__buttons">
        <button type="button" className="chip" data-testid="triage-star" aria-pressed={triage.starred} onClick={() => flip('starred')}>
          {triage.starred ? '★ مميَّز بنجمة' : '☆ تمييز بنجمة'}
        </button>
        <button type="button" className="chip" data-testid="triage-read" aria-pressed={!triage.read} onClick={() => flip('read')}>
          {triage.read ? 'تعليمه غير مقروء' : 'غير مقروء'}
        </button>
        {(article.hits.length > 0 || triage.dismissed) && (
          <button
            type="button"
            className="chip"
            data-testid="triage-dismiss"
            aria-pressed={triage.dismissed}
            title="ليس ذا صلة بقوائم المراقبة التي علّمته: يخرج من المُعلَّمة، ويُحسب في ضبط القوائم"
            onClick={() => flip('dismissed')}
          >
            {triage.dismissed ? 'مستبعَد — إلغاء الاستبعاد' : 'استبعاد: ليس ذا صلة'}
          </button>
        )}
      </div>
      <form
        className="triage__note"
        onSubmit={(event) => {
          event.preventDefault()
          setError(null)
          setSavingNote(true)
          save({ note })
            .catch(shownError)
            .finally(() => setSavingNote(false))
        }}
      >
        <label htmlFor={`note-${article.id}`}>ملاحظة</label>
        <textarea id={`note-${article.id}`} data-testid="triage-note" dir="auto" rows={2} maxLength={NOTE_MAX} value={note} onChange={(event) => setNote(event.target.value)} />
        <button type="submit" className="button button--small" data-testid="triage-note-save" disabled={savingNote || !noteChanged}>
          حفظ الملاحظة
        </button>
      </form>
      {error && (
        <p className="feed__error" role="alert">
          {error}
        </p>
      )}
    </section>
  )
}
