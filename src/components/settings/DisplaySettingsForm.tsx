import { useState } from 'react'
import type { DisplaySettings, MonthNames } from '../../../electron/core/contract/types'
import { errorText } from '../../lib/errors'

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

const THEMES: readonly { readonly value: DisplaySettings['theme']; readonly label: string }[] = [
  { value: 'system', label: 'تلقائي (كالنظام)' },
  { value: 'light', label: 'فاتح' },
  { value: 'dark', label: 'داكن (للمناوبات الليلية)' },
]

interface Props {
  readonly display: DisplaySettings
  readonly onChange: (change: Partial<DisplaySettings>) => Promise<void>
}

/** How times and dates are shown (zone, Hijri date, month names, digits) and the theme. Each change applies at once. */
export function DisplaySettingsForm({ display, onChange }: Props) {
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
    <div className="settings-form" data-testid="display-settings">
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
      <label className="field">
        <span>المظهر</span>
        <select data-testid="display-theme" value={shown.theme} onChange={(e) => apply({ theme: e.target.value as DisplaySettings['theme'] })}>
          {THEMES.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </select>
      </label>
      {error && (
        <p className="feed__error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
