/**
 * What the tray says and offers: the count of unread flagged articles, open, refresh now, pause
 * notifications for an hour or until tomorrow (or resume), quit. A plain function of the state,
 * tested without Electron; tray.ts shows it.
 */
import type { MenuItemConstructorOptions } from 'electron'
import type { PauseLength } from '../core/notify/pause'
import { unreadFlaggedText } from '../../src/lib/notice-text'

export interface TrayState {
  /** Unread flagged articles. */
  readonly unread: number
  /** Until when notifications are paused, or null. */
  readonly pausedUntil: number | null
}

export interface TrayActions {
  open(): void
  refresh(): void
  pause(length: PauseLength): void
  resume(): void
  quit(): void
}

/** Western digits, as the counts beside it are written. */
const clock = new Intl.DateTimeFormat('ar-u-nu-latn', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })

export function isPausedAt(state: TrayState, now: number): boolean {
  return state.pausedUntil !== null && state.pausedUntil > now
}

/** The tray's tooltip: the app, its count, and a pause if there is one. */
export function trayTooltip(state: TrayState, now: number): string {
  const paused = isPausedAt(state, now) && state.pausedUntil !== null ? ` — الإشعارات متوقفة حتى ${clock.format(state.pausedUntil)}` : ''
  return `مرصد — ${unreadFlaggedText(state.unread)}${paused}`
}

export function trayMenu(state: TrayState, now: number, actions: TrayActions): MenuItemConstructorOptions[] {
  const paused = isPausedAt(state, now)
  return [
    { label: unreadFlaggedText(state.unread), enabled: false },
    { type: 'separator' },
    { label: 'فتح مرصد', click: () => actions.open() },
    { label: 'تحديث الآن', click: () => actions.refresh() },
    { type: 'separator' },
    paused && state.pausedUntil !== null
      ? { label: `استئناف الإشعارات (متوقفة حتى ${clock.format(state.pausedUntil)})`, click: () => actions.resume() }
      : { label: 'إيقاف الإشعارات ساعة', click: () => actions.pause('hour') },
    ...(paused ? [] : [{ label: 'إيقاف الإشعارات حتى صباح الغد', click: () => actions.pause('tomorrow') } satisfies MenuItemConstructorOptions]),
    { type: 'separator' },
    { label: 'خروج', click: () => actions.quit() },
  ]
}
