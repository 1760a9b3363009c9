import { useState } from 'react'
import type { DisplaySettings } from '../../../electron/core/contract/types'
import type { MarsadClient } from '../../api/client'
import { useModalDialog } from '../../hooks/useModalDialog'
import { DisplaySettingsForm } from './DisplaySettingsForm'
import { GeneralSettingsForm } from './GeneralSettingsForm'
import { NoticeHistoryList } from './NoticeHistoryList'
import { NoticeSettingsForm } from './NoticeSettingsForm'

export type SettingsTab = 'notices' | 'history' | 'display' | 'general'

const TABS: readonly { readonly id: SettingsTab; readonly label: string }[] = [
  { id: 'notices', label: 'الإشعارات' },
  { id: 'history', label: 'سجل الإشعارات' },
  { id: 'display', label: 'العرض والتاريخ' },
  { id: 'general', label: 'عام' },
]

interface Props {
  readonly client: MarsadClient
  readonly tab: SettingsTab
  readonly display: DisplaySettings
  readonly onDisplayChange: (change: Partial<DisplaySettings>) => Promise<void>
  readonly onClose: () => void
}

/** Every setting in one place (the same ones the contract and `marsad settings` have), a tab each. */
export function SettingsDialog({ client, tab: firstTab, display, onDisplayChange, onClose }: Props) {
  const ref = useModalDialog()
  const [tab, setTab] = useState<SettingsTab>(firstTab)
  return (
    <dialog ref={ref} className="dialog dialog--wide" data-testid="settings-dialog" aria-labelledby="settings-heading" onClose={onClose}>
      <div className="dialog__form">
        <h2 id="settings-heading" className="dialog__heading">
          الإعدادات
        </h2>
        <div className="tabs" role="tablist" aria-label="أقسام الإعدادات">
          {TABS.map((t) => (
            <button key={t.id} type="button" role="tab" id={`settings-tab-${t.id}`} aria-controls="settings-panel" aria-selected={tab === t.id} className="tabs__tab" data-testid={`settings-tab-${t.id}`} onClick={() => setTab(t.id)}>
              {t.label}
            </button>
          ))}
        </div>
        <div id="settings-panel" role="tabpanel" aria-labelledby={`settings-tab-${tab}`} className="notices__panel">
          {tab === 'notices' && <NoticeSettingsForm client={client} />}
          {tab === 'history' && <NoticeHistoryList client={client} />}
          {tab === 'display' && <DisplaySettingsForm display={display} onChange={onDisplayChange} />}
          {tab === 'general' && <GeneralSettingsForm client={client} />}
        </div>
        <form method="dialog" className="dialog__actions">
          <button type="submit" className="button button--primary" data-testid="settings-close">
            تم
          </button>
        </form>
      </div>
    </dialog>
  )
}
