/**
 * Shows the core's notices as desktop notifications. What to tell, and when, is decided in the
 * core (notify/notice-planner.ts); the wording is the renderer's (src/lib/notice-text.ts). A click
 * brings the window forward on what the notice is about.
 */
import { Notification } from 'electron'
import type { MarsadEvent, NoticeView } from '../core/contract/types'
import { noticeText, withoutMarkup } from '../../src/lib/notice-text'

export interface NoticeShell {
  onEvent(listener: (event: MarsadEvent) => void): () => void
}

/**
 * Notifications still on screen. Electron lets one be garbage collected while it shows, and its
 * click then goes nowhere: each is kept until clicked or closed (a few at a time at most).
 */
const showing = new Set<Notification>()

export function showNotices(core: NoticeShell, openNotice: (notice: NoticeView) => void): () => void {
  return core.onEvent((event) => {
    if (event.type !== 'notice' || !Notification.isSupported()) return
    const { title, body } = noticeText(event.notice)
    const notification = new Notification({ title, body: process.platform === 'linux' ? withoutMarkup(body) : body })
    showing.add(notification)
    notification.on('click', () => {
      showing.delete(notification)
      openNotice(event.notice)
    })
    notification.on('close', () => showing.delete(notification))
    notification.show()
  })
}

