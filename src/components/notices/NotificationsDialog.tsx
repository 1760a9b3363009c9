import { useState } from 'react'
import type { MarsadClient } from '../../api/client'
import { useModalDialog } from '../../hooks/useModalDialog'
import { NoticeHistoryList } from './NoticeHistoryList'
import { NoticeSettingsForm } from './NoticeSettingsForm'

interface Props {
  readonly client: MarsadClient
  readonly onClose: () => void
}

type Tab = 'settings' | 'history'

/** Notifications: how each watchlist notifies, quiet hours, pause; and the history of what was told, held or dropped. */
export function NotificationsDialog({ client, onClose }: Props) {
  const ref = useModalDialog()
  const [tab, setTab] = useState<Tab>('settings')
  return (
    <dialog ref={ref} className="dialog dialog--wide" data-testid="notices-dialog" aria-labelledby="notices-heading" onClose={onClose}>
      <div className="dialog__form">
        <h2 id="notices-heading" className="dialog__heading">
          الإشعارات
        </h2>
        <div className="tabs" role="tablist" aria-label="الإشعارات">
          <button type="button" role="tab" id="notices-tab-settings" aria-controls="notices-panel" aria-selected={tab === 'settings'} className="tabs__tab" data-testid="notices-tab-settings" onClick={() => setTab('settings')}>
            الإعدادات
          </button>
          <button type="button" role="tab" id="notices-tab-history" aria-controls="notices-panel" aria-selected={tab === 'history'} className="tabs__tab" data-testid="notices-tab-history" onClick={() => setTab('history')}>
            السجل
          </button>
        </div>
        <div id="notices-panel" role="tabpanel" aria-labelledby={`notices-tab-${tab}`} className="notices__panel">
          {tab === 'settings' ? <NoticeSettingsForm client={client} /> : <NoticeHistoryList client={client} />}
        </div>
        <form method="dialog" className="dialog__actions">
          <button type="submit" className="button button--primary" data-testid="notices-close">
            تم
          </button>
        </form>
      </div>
    </dialog>
  )
}
