import { useState } from 'react'
import type { OperationInput } from '../../../electron/core/contract/operations'
import type { MarsadClient } from '../../api/client'
import { useDraft } from '../../hooks/useDraft'
import { useStoredSettings } from '../../hooks/useStoredSettings'
import { errorText } from '../../lib/errors'
import { NumberField } from './NumberField'

type Change = Omit<OperationInput<'settings'>, 'display' | 'notifications'>

/** How often new feeds are polled, how long articles are kept, the User-Agent, and (in the desktop app) the tray and login. */
export function GeneralSettingsForm({ client }: { readonly client: MarsadClient }) {
  const { settings, save, readError } = useStoredSettings(client)
  const [saveError, setError] = useState<string | null>(null)
  const error = saveError ?? readError
  // The User-Agent field follows the stored value, unless the analyst is editing it.
  const [agent, setAgent] = useDraft(settings?.userAgent ?? '')
  const change = (input: Change) => {
    setError(null)
    save(input).catch((err: unknown) => setError(`تعذّر الحفظ: ${errorText(err)}`))
  }
  if (settings === null) return error ? <p className="feed__error" role="alert">{error}</p> : <p className="field__hint">جارٍ التحميل…</p>
  const forever = settings.retentionDays === null
  return (
    <div className="settings-form" data-testid="general-settings">
      <label className="field">
        <span className="field__label">تحديث المصادر الجديدة كل (دقيقة)</span>
        <NumberField label="دقائق التحديث للمصادر الجديدة" testId="settings-poll-interval" value={settings.pollIntervalMinutes} min={5} max={1440} step={5} onCommit={(pollIntervalMinutes) => change({ pollIntervalMinutes })} />
        <span className="field__hint">لكل مصدر فاصله الخاص، يُعدَّل من المصدر نفسه؛ هذا ما يبدأ به كل مصدر يُضاف.</span>
      </label>
      <fieldset className="notice-settings__group">
        <legend className="field__label">الاحتفاظ بالمقالات</legend>
        <label className="field--check">
          <input type="checkbox" data-testid="settings-keep-forever" checked={forever} onChange={(e) => change({ retentionDays: e.target.checked ? null : 180 })} />
          <span>إلى الأبد</span>
        </label>
        {!forever && settings.retentionDays !== null && (
          <label className="notice-settings__time">
            <span>يُحذف ما لم يُعلَّم أو يُميَّز أو تُكتب عليه ملاحظة بعد (يوم)</span>
            <NumberField label="أيام الاحتفاظ" testId="settings-retention" value={settings.retentionDays} min={7} max={36500} step={1} onCommit={(retentionDays) => change({ retentionDays })} />
          </label>
        )}
      </fieldset>
      <label className="field">
        <span className="field__label">معرّف البرنامج لدى المواقع (User-Agent)</span>
        <input className="field__input" dir="ltr" data-testid="settings-user-agent" value={agent} onChange={(e) => setAgent(e.target.value)} onBlur={() => {
            if (agent.trim() === settings.userAgent) return
            setAgent(agent.trim())
            change({ userAgent: agent.trim() })
          }} />
        <span className="notice-settings__row">
          <span className="field__hint">{settings.userAgent === settings.defaultUserAgent ? 'الافتراضي: يسمّي البرنامج، لا ما يرصده.' : 'معرّف اخترته أنت.'}</span>
          {settings.userAgent !== settings.defaultUserAgent && (
            <button type="button" className="button button--small" data-testid="settings-user-agent-default" onClick={() => {
                setAgent(settings.defaultUserAgent)
                change({ userAgent: null })
              }}>
              الافتراضي
            </button>
          )}
        </span>
      </label>
      {client.desktop && (
        <fieldset className="notice-settings__group">
          <legend className="field__label">سطح المكتب</legend>
          <label className="field--check">
            <input type="checkbox" data-testid="settings-close-to-tray" checked={settings.desktop.closeToTray} onChange={(e) => change({ desktop: { closeToTray: e.target.checked } })} />
            <span>إغلاق النافذة يُبقي مرصد يرصد من شريط النظام</span>
          </label>
          <label className="field--check">
            <input type="checkbox" data-testid="settings-start-at-login" checked={settings.desktop.startAtLogin} onChange={(e) => change({ desktop: { startAtLogin: e.target.checked } })} />
            <span>تشغيل مرصد عند تسجيل الدخول</span>
          </label>
        </fieldset>
      )}
      {error && (
        <p className="feed__error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
