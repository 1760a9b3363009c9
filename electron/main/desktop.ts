/**
 * The app an analyst leaves running all day: the tray and the badge (unread flagged articles),
 * closing the window keeps monitoring in the tray (a setting, on by default, told once), start at
 * login (a setting), and no polling while the machine sleeps (resumed on wake: what came due is
 * one round, told as one burst). Settings live in the database; this reads them again whenever
 * the core says they changed.
 */
import { app, nativeImage, net, Notification, powerMonitor, type BrowserWindow } from 'electron'
import type { CallResult } from '../core/contract/dispatch'
import type { DesktopSettings, MarsadEvent, MarsadSettings, TimelineCounts } from '../core/contract/types'
import { pauseUntil } from '../core/notify/pause'
import type { Log } from './logs'
import { resourcePath } from './resources'
import { MarsadTray } from './tray'

export interface DesktopCore {
  call(op: string, input: unknown): Promise<CallResult>
  onEvent(listener: (event: MarsadEvent) => void): () => void
}

/** Reads after the count may have changed are gathered: a refresh of fifty feeds is one read. */
export const TRAY_REFRESH_MS = 500
/** How often the shell asks whether the machine is online (Electron has no event for it). */
export const ONLINE_CHECK_MS = 30_000

export interface Desktop {
  /** The count may have changed (the renderer changed an article's state): read it soon. */
  refreshSoon(): void
}

/** Brings the window forward (shown, restored, focused). */
export function bringForward(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore()
  window.show()
  window.focus()
}

export function startDesktop(core: DesktopCore, window: BrowserWindow, logger?: Log): Desktop {
  let desktop: DesktopSettings = { closeToTray: true, startAtLogin: false, trayExplained: false }
  let quitting = false
  const setNotifications = (pausedUntil: number | null): void => void core.call('settings', { notifications: { pausedUntil } })
  const tray = new MarsadTray(resourcePath('icons'), {
    open: () => bringForward(window),
    refresh: () => void core.call('refreshNow', {}),
    pause: (length) => setNotifications(pauseUntil(length, Date.now())),
    resume: () => setNotifications(null),
    quit: () => {
      quitting = true
      app.quit()
    },
  })

  /** Whether the login item was set from the stored setting yet (it is set once at start, then on each change). */
  let loginItemSet = false
  const read = async (): Promise<void> => {
    const [settings, counts] = await Promise.all([core.call('settings', {}), core.call('timelineCounts', {})])
    if (!settings.ok || !counts.ok) return
    const { desktop: next, notifications } = settings.result as MarsadSettings
    if (next.startAtLogin !== desktop.startAtLogin || !loginItemSet) app.setLoginItemSettings({ openAtLogin: next.startAtLogin })
    loginItemSet = true
    desktop = next
    const unread = (counts.result as TimelineCounts).flagged.unread
    tray.show({ unread, pausedUntil: notifications.pausedUntil })
    // Windows shows no badge number on the taskbar: an overlay dot says the same.
    if (process.platform === 'win32') window.setOverlayIcon(unread > 0 ? nativeImage.createFromPath(resourcePath('icons', 'tray-alert.png')) : null, unread > 0 ? 'مقالات مُعلَّمة غير مقروءة' : '')
  }
  let timer: ReturnType<typeof setTimeout> | undefined
  const refreshSoon = (): void => {
    clearTimeout(timer)
    timer = setTimeout(() => void read().catch(() => {}), TRAY_REFRESH_MS)
  }
  void read().catch(() => {})
  core.onEvent((event) => {
    if (event.type === 'settingsChanged' || event.type === 'newHits' || (event.type === 'rescanProgress' && event.phase !== 'running')) refreshSoon()
  })

  window.on('close', (event) => {
    if (quitting || !desktop.closeToTray) return
    event.preventDefault()
    window.hide()
    if (desktop.trayExplained) return
    desktop = { ...desktop, trayExplained: true }
    void core.call('settings', { desktop: { trayExplained: true } })
    if (Notification.isSupported()) {
      new Notification({ title: 'مرصد ما زال يرصد', body: 'أُغلقت النافذة ومرصد يعمل من شريط النظام. افتحه من أيقونته، واختر «خروج» من قائمتها لإيقافه.' }).show()
    }
  })
  app.on('before-quit', () => {
    quitting = true
  })
  // macOS: a click on the dock icon brings the window back.
  app.on('activate', () => bringForward(window))
  // Asleep, no poll can succeed: each would count as a failure and push its feed back.
  // Asleep or offline, no poll can succeed: each would count as a failure and push its feed back.
  const polling = { awake: true, online: net.isOnline() }
  const setPolling = (change: Partial<typeof polling>, why: string): void => {
    const before = polling.awake && polling.online
    Object.assign(polling, change)
    const running = polling.awake && polling.online
    if (running === before) return
    logger?.info(`${why}: polling ${running ? 'resumed' : 'stopped'}`)
    void core.call('setPolling', { running })
  }
  if (!polling.online) {
    logger?.info('offline at start: polling stopped')
    void core.call('setPolling', { running: false })
  }
  powerMonitor.on('suspend', () => setPolling({ awake: false }, 'machine going to sleep'))
  powerMonitor.on('resume', () => setPolling({ awake: true }, 'machine awake'))
  const onlineCheck = setInterval(() => {
    const online = net.isOnline()
    if (online !== polling.online) setPolling({ online }, online ? 'back online' : 'offline')
    // Read again now and then too: a pause that ended, settings the CLI changed in another process.
    refreshSoon()
  }, ONLINE_CHECK_MS)
  onlineCheck.unref()
  app.on('will-quit', () => clearInterval(onlineCheck))
  app.on('will-quit', () => tray.destroy())
  return { refreshSoon }
}
