import { useState } from 'react'
import type { DisplaySettings, MonthNames } from '../../electron/core/contract/types'
import { useModalDialog } from '../hooks/useModalDialog'
import { errorText } from '../lib/errors'

/** Zones of the region (and UTC), offered first; the system's is the default. */
const ZONES = [
  'UTC',
  'Asia/Beirut',
  'Asia/Damascus',
  'Asia/Amman',
  'Asia/Jerusalem',
  'Asia/Baghdad',
  'Asia/Riyadh',
  'Asia/Kuwait',
  'Asia/Bahrain',
  'Asia/Qatar',
  'Asia/Dubai',
  'Asia/Muscat',
  'Asia/Aden',
  'Africa/Cairo',
  'Africa/Khartoum',
  'Africa/Tripoli',
  'Africa/Tunis',
  'Africa/Algiers',
  'Africa/Casablanca',
  'Africa/Nouakchott',
  'Europe/London',
  'Europe/Paris',
]

const MONTHS: readonly { readonly value: MonthNames; readonly label: string }[] = [
  { value: 'levant', label: 'كانون الأول (الشام والعراق)' },
  { value: 'egypt', label: 'ديسمبر (مصر والخليج)' },
  { value: 'maghreb', label: 'دجنبر (المغرب)' },
]

interface Props {
  readonly display: DisplaySettings
  readonly onChange: (change: Partial<DisplaySettings>) => Promise<void>
  readonly onClose: () => void
}

/** How times and dates are shown: zone, Hijri date, month names, digits. Each change applies at once. */
export function DisplayDialog({ display, onChange, onClose }: Props) {
  const ref = useModalDialog()
  const [error, setError] = useState<string | null>(null)
  // Shown as chosen at once; the saved settings follow (and a refusal puts them back).
  const [shown, setShown] = useState(display)
  const apply = (change: Partial<DisplaySettings>) => {
    setError(null)
    setShown((current) => ({ ...current, ...change }))
    onChange(change).catch((err: unknown) => {
      setShown(display)
      setError(`تعذّر الحفظ: ${errorText(err)}`)
    })
  }
  const zones = shown.timeZone && !ZONES.includes(shown.timeZone) ? [shown.timeZone, ...ZONES] : ZONES
  return (
    <dialog ref={ref} className="dialog" data-testid="display-dialog" aria-labelledby="display-heading" onClose={onClose}>
      <div className="dialog__form">
        <h2 id="display-heading" className="dialog__heading">
          التاريخ والوقت
        </h2>
        <label className="field">
          <span>المنطقة الزمنية</span>
          <select data-testid="display-zone" value={shown.timeZone ?? ''} onChange={(e) => apply({ timeZone: e.target.value || null })}>
            <option value="">منطقة النظام</option>
            {zones.map((zone) => (
              <option key={zone} value={zone} dir="ltr">
                {zone}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>أسماء الأشهر</span>
          <select data-testid="display-months" value={shown.monthNames} onChange={(e) => apply({ monthNames: e.target.value as MonthNames })}>
            {MONTHS.map((m) => (
              <option key={m.value} value={m.value}>
                {m.label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>الأرقام</span>
          <select data-testid="display-digits" value={shown.digits} onChange={(e) => apply({ digits: e.target.value as 'latn' | 'arab' })}>
            <option value="latn">0123456789</option>
            <option value="arab">٠١٢٣٤٥٦٧٨٩</option>
          </select>
        </label>
        <label className="toggle">
          <input type="checkbox" data-testid="display-hijri" checked={shown.hijri} onChange={(e) => apply({ hijri: e.target.checked })} />
          <span>التاريخ الهجري (أم القرى) بجانب الميلادي</span>
        </label>
        {error && (
          <p className="feed__error" role="alert">
            {error}
          </p>
        )}
        <form method="dialog" className="dialog__actions">
          <button type="submit" className="button button--primary" data-testid="display-close">
            تم
          </button>
        </form>
      </div>
    </dialog>
  )
}
