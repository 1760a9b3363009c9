import { useState } from 'react'
import type { NoticeMode, NotificationSettings, OperationInputNotifications } from './notice-settings-types'
import type { MarsadClient } from '../../api/client'
import { useConventions } from '../../hooks/useDisplaySettings'
import { useStoredSettings } from '../../hooks/useStoredSettings'
import { browserNotices } from '../../hooks/useNotices'
import { clock, gregorianDate } from '../../lib/calendar'
import { errorText } from '../../lib/errors'
import { minutesOfTime, pauseUntil, timeOfMinutes } from '../../../electron/core/notify/pause'
import { NumberField } from './NumberField'
import { displaySafe } from '../../../electron/core/text/controls'

const MODES: readonly { readonly value: NoticeMode; readonly label: string }[] = [
  { value: 'immediate', label: 'فوري' },
  { value: 'digest', label: 'ملخّص دوري' },
  { value: 'off', label: 'متوقف' },
]
/** Quiet hours offered when first turned on. */
const NIGHT = { from: 22 * 60, to: 7 * 60 }

/** How each watchlist notifies, quiet hours and pause; each change is saved at once. */
export function NoticeSettingsForm({ client }: { readonly client: MarsadClient }) {
  const c = useConventions()
  const stored = useStoredSettings(client)
  const settings = stored.settings?.notifications ?? null
  const [saveError, setError] = useState<string | null>(null)
  const error = saveError ?? stored.readError
  const [permission, setPermission] = useState(browserNotices)
  // Shown as chosen at once; the saved settings follow (a refusal puts back what was shown before and reads them again).
  const change = (notifications: OperationInputNotifications) => {
    const before = stored.settings
    if (before === null) return
    setError(null)
    stored.save({ notifications }, { ...before, notifications: withChange(before.notifications, notifications) }).catch((err: unknown) => setError(`تعذّر الحفظ: ${errorText(err)}`))
  }
  if (settings === null) return error ? <p className="feed__error" role="alert">{error}</p> : <p className="field__hint">جارٍ التحميل…</p>
  const now = Date.now()
  const paused = settings.pausedUntil !== null && settings.pausedUntil > now
  return (
    <div className="notice-settings" data-testid="notices-settings">
      <fieldset className="notice-settings__group">
        <legend className="field__label">الإيقاف المؤقت</legend>
        <p className="field__hint" data-testid="notices-pause-state">
          {paused && settings.pausedUntil !== null ? `الإشعارات متوقفة حتى ${gregorianDate(settings.pausedUntil, c)} ${clock(settings.pausedUntil, c)}، وما يصل أثناءها لا يُرسل لاحقًا.` : 'الإشعارات تعمل.'}
        </p>
        <div className="notice-settings__row">
          <button type="button" className="button button--small" data-testid="notices-pause-hour" onClick={() => change({ pausedUntil: pauseUntil('hour', Date.now()) })}>
            إيقاف ساعة
          </button>
          <button type="button" className="button button--small" data-testid="notices-pause-tomorrow" onClick={() => change({ pausedUntil: pauseUntil('tomorrow', Date.now()) })}>
            إيقاف حتى صباح الغد
          </button>
          {paused && (
            <button type="button" className="button button--small" data-testid="notices-resume" onClick={() => change({ pausedUntil: null })}>
              استئناف
            </button>
          )}
        </div>
      </fieldset>
      <fieldset className="notice-settings__group">
        <legend className="field__label">ساعات الهدوء</legend>
        <label className="field--check">
          <input type="checkbox" data-testid="notices-quiet" checked={settings.quietHours !== null} onChange={(e) => change({ quietHours: e.target.checked ? NIGHT : null })} />
          <span>لا إشعارات في هذه الساعات (بتوقيت العرض)، وما يصل فيها يُرسل ملخّصًا عند انتهائها</span>
        </label>
        {settings.quietHours !== null && (
          <div className="notice-settings__row">
            <QuietTime label="من" testId="notices-quiet-from" minutes={settings.quietHours.from} onChange={(from) => settings.quietHours && from !== settings.quietHours.to && change({ quietHours: { ...settings.quietHours, from } })} />
            <QuietTime label="إلى" testId="notices-quiet-to" minutes={settings.quietHours.to} onChange={(to) => settings.quietHours && to !== settings.quietHours.from && change({ quietHours: { ...settings.quietHours, to } })} />
          </div>
        )}
      </fieldset>
      {!client.desktop && (
        <fieldset className="notice-settings__group">
          <legend className="field__label">إشعارات المتصفح</legend>
          <p className="field__hint" data-testid="notices-permission">
            {permission === 'granted' ? 'مسموح بها: تظهر الإشعارات ما دامت هذه الصفحة مفتوحة.' : permission === 'denied' ? 'رفضها المتصفح. غيّر الإذن من إعدادات الموقع في المتصفح.' : permission === 'unsupported' ? 'هذا المتصفح لا يعرض إشعارات.' : 'لم يُسمح بها بعد.'}
          </p>
          {permission === 'default' && (
            <button type="button" className="button button--small" data-testid="notices-allow" onClick={() => void Notification.requestPermission().then(setPermission)}>
              السماح بالإشعارات
            </button>
          )}
        </fieldset>
      )}
      <table className="notice-settings__lists" data-testid="notices-watchlists">
        <caption className="field__label">لكل قائمة مراقبة</caption>
        <thead>
          <tr>
            <th scope="col">القائمة</th>
            <th scope="col">الإشعار</th>
            <th scope="col">كل (دقيقة)</th>
            <th scope="col">أدنى درجة</th>
          </tr>
        </thead>
        <tbody>
          {settings.watchlists.map((w) => (
            <tr key={w.id} data-testid="notices-watchlist" data-watchlist-id={w.id}>
              <th scope="row">
                <bdi>{displaySafe(w.name)}</bdi>
              </th>
              <td>
                <select className="notice-settings__select" aria-label={`إشعارات ${displaySafe(w.name)}`} data-testid="notices-mode" value={w.mode} onChange={(e) => change({ watchlists: { [w.id]: { mode: e.target.value as NoticeMode } } })}>
                  {MODES.map((m) => (
                    <option key={m.value} value={m.value}>
                      {m.label}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <NumberField className="notice-settings__number" label={`دقائق الملخّص لـ ${displaySafe(w.name)}`} testId="notices-digest" value={w.digestMinutes} min={5} max={1440} step={5} disabled={w.mode !== 'digest'} onCommit={(digestMinutes) => change({ watchlists: { [w.id]: { digestMinutes } } })} />
              </td>
              <td>
                <NumberField className="notice-settings__number" label={`أدنى درجة لـ ${displaySafe(w.name)}`} testId="notices-min-score" value={w.minScore} min={0} max={1000} step={1} disabled={w.mode === 'off'} onCommit={(minScore) => change({ watchlists: { [w.id]: { minScore } } })} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {error && (
        <p className="feed__error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}

/** The settings with a change applied, as the core will (a watchlist's null goes back to its defaults when the answer comes). */
function withChange(current: NotificationSettings, change: OperationInputNotifications): NotificationSettings {
  const lists = change.watchlists ?? {}
  return {
    pausedUntil: change.pausedUntil === undefined ? current.pausedUntil : change.pausedUntil,
    quietHours: change.quietHours === undefined ? current.quietHours : change.quietHours,
    watchlists: current.watchlists.map((w) => (lists[w.id] ? { ...w, ...lists[w.id] } : w)),
  }
}

function QuietTime({ label, testId, minutes, onChange }: { label: string; testId: string; minutes: number; onChange: (minutes: number) => void }) {
  return (
    <label className="notice-settings__time">
      <span>{label}</span>
      <input
        type="time"
        dir="ltr"
        className="field__input"
        data-testid={testId}
        value={timeOfMinutes(minutes)}
        onChange={(e) => {
          const value = minutesOfTime(e.target.value)
          if (value !== null) onChange(value)
        }}
      />
    </label>
  )
}
