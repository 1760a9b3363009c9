/**
 * Notices in the window: a click on a desktop notification (the shell's openNotice event) opens
 * what it is about; in a browser (serve mode), where no shell shows them, the core's notices are
 * raised as Web Notifications once the analyst has allowed them, and a click does the same.
 */
import { useEffect, useRef } from 'react'
import type { NoticeView } from '../../electron/core/contract/types'
import type { MarsadClient } from '../api/client'
import { noticeTarget, noticeText, type NoticeTarget } from '../lib/notice-text'

export function useNotices(client: MarsadClient, open: (target: NoticeTarget) => void): void {
  const openRef = useRef(open)
  openRef.current = open
  useEffect(
    () =>
      client.subscribe((event) => {
        if (event.type === 'openNotice') openRef.current(noticeTarget(event.notice))
        else if (event.type === 'notice' && !client.desktop) showInBrowser(event.notice, (target) => openRef.current(target))
      }),
    [client],
  )
}

/** Whether this browser can show notifications, and what the analyst said. */
export function browserNotices(): NotificationPermission | 'unsupported' {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission
}

function showInBrowser(notice: NoticeView, open: (target: NoticeTarget) => void): void {
  if (browserNotices() !== 'granted') return
  const { title, body } = noticeText(notice)
  const notification = new Notification(title, { body, lang: 'ar', dir: 'rtl', tag: `marsad-notice-${notice.id}` })
  notification.onclick = () => {
    window.focus()
    open(noticeTarget(notice))
    notification.close()
  }
}
