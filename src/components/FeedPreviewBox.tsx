import { useEffect, useRef } from 'react'
import { displaySafe } from '../../electron/core/text/controls'
import { describeDiscovered, describePreview } from '../lib/feeds'
import type { PreviewChoice } from './AddFeedForm'

interface Props {
  readonly choices: readonly PreviewChoice[]
  readonly chosen: number
  readonly fromPage: boolean
  readonly name: string
  readonly busy: 'preview' | 'choice' | 'subscribe' | null
  readonly onChoose: (index: number) => void
  readonly onNameChange: (name: string) => void
  readonly onSubscribe: () => void
  readonly onCancel: () => void
}

/** What the preview found: the feed's title and item count, a choice when a page links to several, a name, «اشتراك». */
export function FeedPreviewBox({ choices, chosen, fromPage, name, busy, onChoose, onNameChange, onSubscribe, onCancel }: Props) {
  const choice = choices[chosen]
  const box = useRef<HTMLDivElement>(null)
  // The form sits at the bottom of a scrolling sidebar: bring the preview into view.
  useEffect(() => {
    box.current?.scrollIntoView({ block: 'nearest' })
  }, [])
  return (
    <div ref={box} className="preview" data-testid="feed-preview">
      {fromPage && (
        <fieldset className="preview__choices">
          <legend className="preview__found" data-testid="preview-discovered">
            {describeDiscovered(choices.length)}
          </legend>
          {choices.map((found, index) => (
            <label key={found.url} className="preview__choice">
              <input
                type="radio"
                name="discovered-feed"
                value={found.url}
                data-testid="preview-choice"
                checked={index === chosen}
                disabled={busy === 'subscribe'}
                onChange={() => onChoose(index)}
              />
              <span className="preview__choice-text">
                <span>{displaySafe(found.title ?? '').trim() || 'خلاصة بلا عنوان'}</span>
                <bdi className="preview__url" dir="ltr">
                  {found.url}
                </bdi>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <p className="preview__summary" data-testid="preview-summary" aria-live="polite">
        {choice.preview ? describePreview(choice.preview) : busy === 'choice' ? 'جارٍ معاينة الخلاصة…' : '—'}
      </p>
      <label className="add-feed__label" htmlFor="add-feed-name">
        الاسم (اختياري)
      </label>
      <input
        id="add-feed-name"
        className="add-feed__input add-feed__name"
        data-testid="add-feed-name"
        type="text"
        autoComplete="off"
        dir="auto"
        placeholder={displaySafe(choice.preview?.title ?? choice.title ?? '').trim() || 'اسم المصدر'}
        value={name}
        maxLength={200}
        onChange={(event) => onNameChange(event.target.value)}
        onKeyDown={(event) => {
          // Enter here means «اشتراك», not a new preview (the form's submit).
          if (event.key !== 'Enter') return
          event.preventDefault()
          if (busy === null && choice.preview) onSubscribe()
        }}
      />
      <div className="preview__actions">
        <button
          type="button"
          className="button button--primary button--small"
          data-testid="add-feed-subscribe"
          disabled={busy !== null || !choice.preview}
          onClick={onSubscribe}
        >
          {busy === 'subscribe' ? 'جارٍ الاشتراك…' : 'اشتراك'}
        </button>
        <button type="button" className="button button--small" data-testid="add-feed-cancel" disabled={busy === 'subscribe'} onClick={onCancel}>
          إلغاء
        </button>
      </div>
    </div>
  )
}
