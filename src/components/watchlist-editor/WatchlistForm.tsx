import { useState } from 'react'
import { displaySafe } from '../../../electron/core/text/controls'
import type { MarsadClient } from '../../api/client'
import type { DraftWatchlist } from '../../lib/watchlist-draft'
import { QueryRows, TermRows } from './QueryRows'

interface Props {
  readonly client: MarsadClient
  readonly watchlist: DraftWatchlist
  /** The colour it shows in (its own, else the palette's for its position). */
  readonly color: string
  readonly setsJson: string
  readonly onChange: (next: DraftWatchlist) => void
  readonly onDelete: () => void
  /**
   * It is one of the watchlists in force (not only in the draft): it may have flagged articles and
   * carry the analyst's marks, so deleting it asks first.
   */
  readonly inForce: boolean
  /** A refusal of the draft that points into this watchlist: its wording, and the row when it names one. */
  readonly error?: { readonly rowKey?: string; readonly text: string } | null
}

/** One watchlist's settings, terms and exclusions. */
export function WatchlistForm({ client, watchlist, color, setsJson, onChange, onDelete, inForce, error }: Props) {
  const set = (patch: Partial<DraftWatchlist>) => onChange({ ...watchlist, ...patch })
  const [confirming, setConfirming] = useState(false)
  const common = { client, setsJson, rowError: error }
  return (
    <section className="wl-form" data-testid="watchlist-form" data-watchlist-id={watchlist.id} aria-label={`تحرير القائمة ${watchlist.name}`}>
      {error && !error.rowKey && (
        <p className="feed__error" role="alert" data-testid="watchlist-form-error">
          {error.text}
        </p>
      )}
      <div className="wl-form__fields">
        <label className="field field--wide">
          <span className="field__label">الاسم</span>
          <input className="field__input" data-testid="watchlist-name" value={watchlist.name} onChange={(e) => set({ name: e.target.value })} />
        </label>
        <label className="field">
          <span className="field__label">اللون</span>
          <span className="wl-form__color">
            <input type="color" data-testid="watchlist-color" value={color} onChange={(e) => set({ color: e.target.value })} />
            {watchlist.color && (
              <button type="button" className="button button--small" onClick={() => set({ color: null })}>
                اللون التلقائي
              </button>
            )}
          </span>
        </label>
        <label className="field">
          <span className="field__label">العتبة</span>
          <input
            className="field__input field__input--number"
            type="number"
            dir="ltr"
            min={0}
            step="any"
            data-testid="watchlist-threshold"
            placeholder="أي نتيجة موجبة"
            value={watchlist.threshold ?? ''}
            onChange={(e) => set({ threshold: e.target.value === '' ? null : Number(e.target.value) })}
          />
        </label>
        <label className="toggle">
          <input type="checkbox" data-testid="watchlist-notify" checked={watchlist.notify} onChange={(e) => set({ notify: e.target.checked })} />
          إشعار بالجديد
        </label>
        <label className="toggle">
          <input type="checkbox" data-testid="watchlist-enabled" checked={watchlist.enabled} onChange={(e) => set({ enabled: e.target.checked })} />
          مفعّلة
        </label>
        <button
          type="button"
          className="button button--small button--danger"
          data-testid="watchlist-delete"
          aria-expanded={inForce ? confirming : undefined}
          onClick={() => (inForce ? setConfirming(true) : onDelete())}
        >
          حذف القائمة
        </button>
      </div>
      {confirming && (
        <div className="confirm" role="alertdialog" aria-labelledby={`delete-${watchlist.key}`} data-testid="watchlist-delete-confirm">
          <p id={`delete-${watchlist.key}`}>
            أتحذف القائمة «{displaySafe(watchlist.name) || watchlist.id}» من المسودة؟ هي من القوائم المعمول بها: عند الحفظ يُرفع تعليمها عن كل مقال علّمته، وتبقى علاماتك
            عليها («ينتمي» و«ليس ذا صلة») بلا قائمة فلا تُحسب، ولك أن تزيلها من القارئ. وقبل الحفظ يعيدها «تجاهل التغييرات».
          </p>
          <div className="confirm__actions">
            <button
              type="button"
              className="button button--small button--danger"
              data-testid="watchlist-delete-yes"
              onClick={() => {
                setConfirming(false)
                onDelete()
              }}
            >
              احذفها من المسودة
            </button>
            <button type="button" className="button button--small" data-testid="watchlist-delete-no" autoFocus onClick={() => setConfirming(false)}>
              أبقِها
            </button>
          </div>
        </div>
      )}
      <p className="wl-form__id">المعرّف: <bdi>{watchlist.id}</bdi></p>
      <TermRows {...common} terms={watchlist.terms} onChange={(terms) => set({ terms })} />
      <QueryRows
        {...common}
        rows={watchlist.exclude}
        onChange={(exclude) => set({ exclude })}
        legend="الاستثناءات"
        hint="مقال يطابق أحد هذه الاستعلامات لا تعلّمه القائمة أيًّا كانت نتيجته."
        itemLabel="الاستثناء"
        addLabel="إضافة استثناء"
        testId="exclude"
      />
    </section>
  )
}
