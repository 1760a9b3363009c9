import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { FeedView } from '../../electron/core/contract/types'
import { displaySafe } from '../../electron/core/text/controls'
import { encodingChoices, feedChanges, MAX_INTERVAL, MIN_INTERVAL, parseInterval, type FeedChanges } from '../lib/feeds'
import { errorText } from '../lib/errors'

interface Props {
  readonly feed: FeedView
  readonly onSave: (feed: FeedView, changes: FeedChanges) => Promise<FeedView>
  readonly onClose: () => void
}

const AUTO = ''

/** A modal form for one feed's settings: name, check interval, charset override, full text. */
export function FeedEditDialog({ feed, onSave, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [name, setName] = useState(displaySafe(feed.name))
  const [interval, setIntervalText] = useState(String(feed.intervalMinutes))
  const [encoding, setEncoding] = useState(feed.encoding ?? AUTO)
  const [fullText, setFullText] = useState(feed.fullText)
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
    return () => element?.close()
  }, [])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const parsed = parseInterval(interval)
    if ('error' in parsed) {
      setError(parsed.error)
      return
    }
    const changes = feedChanges(feed, { name, intervalMinutes: parsed.minutes, encoding: encoding === AUTO ? null : encoding, fullText })
    if (Object.keys(changes).length === 0) {
      onClose()
      return
    }
    setSaving(true)
    setError(null)
    onSave(feed, changes)
      .then(onClose)
      .catch((err: unknown) => {
        setError(`تعذّر الحفظ: ${errorText(err)}`)
        setSaving(false)
      })
  }

  return (
    <dialog
      ref={dialog}
      className="dialog"
      data-testid="feed-edit-dialog"
      aria-labelledby="feed-edit-heading"
      onCancel={(event) => {
        // Escape: close through React state so the dialog unmounts cleanly.
        event.preventDefault()
        if (!saving) onClose()
      }}
    >
      <form className="dialog__form" onSubmit={submit} noValidate>
        <h2 className="dialog__heading" id="feed-edit-heading">
          إعدادات المصدر
        </h2>
        <p className="dialog__url">
          <bdi dir="ltr">{feed.url}</bdi>
        </p>
        <label className="field">
          <span className="field__label">الاسم</span>
          <input
            className="field__input"
            data-testid="feed-edit-name"
            type="text"
            dir="auto"
            maxLength={200}
            placeholder={displaySafe(feed.title ?? '')}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
          <span className="field__hint">اتركه فارغًا لاستعمال عنوان الخلاصة.</span>
        </label>
        <label className="field">
          <span className="field__label">الفاصل بين عمليات الجلب (بالدقائق)</span>
          <input
            className="field__input field__input--number"
            data-testid="feed-edit-interval"
            type="number"
            inputMode="numeric"
            min={MIN_INTERVAL}
            max={MAX_INTERVAL}
            step={1}
            value={interval}
            onChange={(event) => setIntervalText(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">الترميز</span>
          <select className="field__input" data-testid="feed-edit-encoding" value={encoding} onChange={(event) => setEncoding(event.target.value)}>
            {encodingChoices(feed.encoding).map((choice) => (
              <option key={choice.value ?? AUTO} value={choice.value ?? AUTO}>
                {choice.label}
              </option>
            ))}
          </select>
          <span className="field__hint">«تلقائي» يتبع ما يعلنه الموقع؛ اختر ترميزًا إن ظهرت الحروف مشوّهة.</span>
        </label>
        <label className="field field--check">
          <input type="checkbox" data-testid="feed-edit-fulltext" checked={fullText} onChange={(event) => setFullText(event.target.checked)} />
          <span>جلب النص الكامل للمقالات</span>
        </label>
        {error && (
          <p className="feed__error" role="alert" data-testid="feed-edit-error">
            {error}
          </p>
        )}
        <div className="dialog__actions">
          <button type="submit" className="button button--primary" data-testid="feed-edit-save" disabled={saving}>
            {saving ? 'جارٍ الحفظ…' : 'حفظ'}
          </button>
          <button type="button" className="button" data-testid="feed-edit-cancel" disabled={saving} onClick={onClose}>
            إلغاء
          </button>
        </div>
      </form>
    </dialog>
  )
}
