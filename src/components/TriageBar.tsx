import { useEffect, useState } from 'react'
import type { ArticleSummary, ArticleTriage } from '../../electron/core/contract/types'
import type { MarsadClient } from '../api/client'
import { errorText } from '../lib/errors'

interface Props {
  readonly client: MarsadClient
  readonly article: Pick<ArticleSummary, 'id' | 'triage' | 'hits'>
  /** The article's triage after a change here. */
  readonly onTriage: (id: number, triage: ArticleTriage) => void
}

/** Characters of a note (the contract's NOTE_MAX). */
const NOTE_MAX = 2000

/** The analyst's state of the open article: star, read, dismiss (not relevant to its watchlists), a note. */
export function TriageBar({ client, article, onTriage }: Props) {
  const { triage } = article
  const [note, setNote] = useState(triage.note ?? '')
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  useEffect(() => setNote(article.triage.note ?? ''), [article.id, article.triage.note])

  const update = (change: { read?: boolean; starred?: boolean; dismissed?: boolean; note?: string }) => {
    setSaving(true)
    setError(null)
    client
      .updateArticle({ id: article.id, ...change })
      .then((next) => onTriage(article.id, next))
      .catch((err: unknown) => setError(`تعذّر الحفظ: ${errorText(err)}`))
      .finally(() => setSaving(false))
  }
  const noteChanged = note.trim() !== (triage.note ?? '').trim()

  return (
    <section className="triage" data-testid="triage" aria-label="حالة المقال">
      <div className="triage__buttons">
        <button type="button" className="chip" data-testid="triage-star" aria-pressed={triage.starred} disabled={saving} onClick={() => update({ starred: !triage.starred })}>
          {triage.starred ? '★ مميَّز بنجمة' : '☆ تمييز بنجمة'}
        </button>
        <button type="button" className="chip" data-testid="triage-read" aria-pressed={!triage.read} disabled={saving} onClick={() => update({ read: !triage.read })}>
          {triage.read ? 'تعليمه غير مقروء' : 'غير مقروء'}
        </button>
        {(article.hits.length > 0 || triage.dismissed) && (
          <button
            type="button"
            className="chip"
            data-testid="triage-dismiss"
            aria-pressed={triage.dismissed}
            disabled={saving}
            title="ليس ذا صلة بقوائم المراقبة التي علّمته: يخرج من المُعلَّمة، ويُحسب في ضبط القوائم"
            onClick={() => update({ dismissed: !triage.dismissed })}
          >
            {triage.dismissed ? 'مستبعَد — إلغاء الاستبعاد' : 'استبعاد: ليس ذا صلة'}
          </button>
        )}
      </div>
      <form
        className="triage__note"
        onSubmit={(event) => {
          event.preventDefault()
          update({ note })
        }}
      >
        <label htmlFor={`note-${article.id}`}>ملاحظة</label>
        <textarea id={`note-${article.id}`} data-testid="triage-note" dir="auto" rows={2} maxLength={NOTE_MAX} value={note} onChange={(event) => setNote(event.target.value)} />
        <button type="submit" className="button button--small" data-testid="triage-note-save" disabled={saving || !noteChanged}>
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
