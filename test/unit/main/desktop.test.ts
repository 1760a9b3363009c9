/**
 * The desktop app left running all day, with Electron mocked: the tray (its count, icon and menu
 * actions), the badge, closing to the tray (told once), a second launch focusing the first, start
 * at login, and no polling while the machine sleeps.
 */
import { join, resolve } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { MarsadEvent } from '../../../electron/core/contract/types'
import { ONLINE_CHECK_MS, TRAY_REFRESH_MS } from '../../../electron/main/desktop'
import { trayMenu, trayTooltip, type TrayActions } from '../../../electron/main/tray-menu'
import { LOG_MAX_BYTES } from '../../../electron/main/logs'
import { electronLog, recorded, resetRecorded, type MenuItem } from '../../support/electron-mock'
import * as electronMock from '../../support/electron-mock'

const startCoreWorker = vi.hoisted(() => vi.fn())
vi.mock('electron', () => import('../../support/electron-mock'))
vi.mock('electron-log/main', () => import('../../support/electron-mock').then((m) => m.electronLog))
vi.mock('../../../electron/core/app/worker-client', () => ({ startCoreWorker }))

const RESOURCES = resolve('installed-marsad', 'resources')
const listeners: ((event: MarsadEvent) => void)[] = []
/** What the fake core answers: the settings and counts a test sets. */
const state = { unread: 0, pausedUntil: null as number | null, desktop: { closeToTray: true, startAtLogin: false, trayExplained: false } }
const core = {
  call: vi.fn(async (op: string, input: { desktop?: Partial<typeof state.desktop> }) => {
    if (op === 'settings') {
      if (input.desktop) state.desktop = { ...state.desktop, ...input.desktop }
      return { ok: true, result: { desktop: state.desktop, notifications: { pausedUntil: state.pausedUntil, quietHours: null, watchlists: [] } } }
    }
    if (op === 'timelineCounts') return { ok: true, result: { flagged: { all: 9, unread: state.unread } } }
    return { ok: true, result: {} }
  }),
  onEvent: (listener: (event: MarsadEvent) => void) => (listeners.push(listener), () => {}),
  startNotifying: vi.fn(),
  close: vi.fn(async () => {}),
}

beforeEach(() => {
  resetRecorded()
  listeners.length = 0
  core.call.mockClear()
  Object.assign(state, { unread: 0, pausedUntil: null, desktop: { closeToTray: true, startAtLogin: false, trayExplained: false } })
  startCoreWorker.mockReset().mockResolvedValue(core)
  Object.assign(recorded, { isPackaged: true, appPath: join(RESOURCES, 'app.asar'), userData: resolve('analyst-user-data') })
  Object.defineProperty(process.versions, 'electron', { value: '45.5.0', configurable: true, enumerable: true })
  Object.defineProperty(process, 'resourcesPath', { value: RESOURCES, configurable: true, writable: true })
  vi.stubEnv('ELECTRON_RENDERER_URL', '')
})

/** Waits (on state, by turns of the event loop) until `done` holds. */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !done(); i++) await new Promise((resolve) => setImmediate(resolve))
  expect(done()).toBe(true)
}

/** Runs the main process afresh and waits for its tray to show what the core said. */
async function startApp() {
  vi.resetModules()
  await import('../../../electron/main/index')
  await until(() => recorded.trays.length === 1 && recorded.setLoginItemSettings.mock.calls.length > 0)
  return { window: recorded.windows[0], tray: recorded.trays[0] }
}

const item = (menu: MenuItem[], label: RegExp): MenuItem => {
  const found = menu.find((i) => i.label !== undefined && label.test(i.label))
  if (!found) throw new Error(`no menu item ${label}: ${menu.map((i) => i.label).join(' | ')}`)
  return found
}
const callsOf = (op: string) => core.call.mock.calls.filter(([name]) => name === op).map(([, input]) => input)

describe('the tray', () => {
  it('shows the unread flagged count in its tooltip, menu, icon and the badge, and follows it', async () => {
    state.unread = 3
    const { tray } = await startApp()
    await until(() => tray.toolTip.includes('3'))
    expect(tray.toolTip).toBe('مرصد — 3 مقالات مُعلَّمة غير مقروءة')
    expect(tray.menu[0]).toMatchObject({ label: '3 مقالات مُعلَّمة غير مقروءة', enabled: false })
    expect(tray.image).toEqual({ path: join(RESOURCES, 'resources', 'icons', 'tray-alert.png') })
    expect(recorded.setBadgeCount).toHaveBeenLastCalledWith(3)
    // The analyst reads them: a new hit or a changed setting makes the tray read the count again.
    state.unread = 0
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      listeners.forEach((l) => l({ type: 'settingsChanged' }))
      vi.advanceTimersByTime(TRAY_REFRESH_MS)
    } finally {
      vi.useRealTimers()
    }
    await until(() => tray.toolTip === 'مرصد — لا مقالات مُعلَّمة غير مقروءة')
    expect(tray.image).toEqual({ path: join(RESOURCES, 'resources', 'icons', 'tray.png') })
    expect(recorded.setBadgeCount).toHaveBeenLastCalledWith(0)
  })

  it('opens the window, refreshes, pauses notifications and quits from its menu', async () => {
    const { window, tray } = await startApp()
    item(tray.menu, /^فتح مرصد$/).click?.()
    expect(window.show).toHaveBeenCalled()
    expect(window.focus).toHaveBeenCalled()
    tray.emit('click')
    expect(window.show).toHaveBeenCalledTimes(2)
    item(tray.menu, /^تحديث الآن$/).click?.()
    expect(callsOf('refreshNow')).toEqual([{}])
    const before = Date.now()
    item(tray.menu, /ساعة$/).click?.()
    const [{ notifications }] = callsOf('settings').filter((input) => 'notifications' in (input as object)) as { notifications: { pausedUntil: number } }[]
    expect(notifications.pausedUntil).toBeGreaterThanOrEqual(before + 3_600_000)
    expect(notifications.pausedUntil).toBeLessThanOrEqual(Date.now() + 3_600_000)
    item(tray.menu, /^خروج$/).click?.()
    expect(recorded.quit).toHaveBeenCalledTimes(1)
    // Quitting, the window closes for real.
    expect(window.close()).toBe(false)
  })

  it('offers to resume while paused, and says until when', () => {
    const actions: TrayActions = { open: vi.fn(), refresh: vi.fn(), pause: vi.fn(), resume: vi.fn(), quit: vi.fn() }
    const now = Date.UTC(2026, 11, 3, 9, 0)
    const paused = { unread: 1, pausedUntil: now + 3_600_000 }
    const menu = trayMenu(paused, now, actions)
    expect(menu.some((i) => i.label?.startsWith('إيقاف'))).toBe(false)
    item(menu as MenuItem[], /^استئناف الإشعارات/).click?.()
    expect(actions.resume).toHaveBeenCalledTimes(1)
    expect(trayTooltip(paused, now)).toMatch(/^مرصد — مقال مُعلَّم غير مقروء — الإشعارات متوقفة حتى /)
    // Once the pause is over, the menu offers to pause again.
    const later = trayMenu(paused, now + 3_600_000, actions)
    item(later as MenuItem[], /حتى صباح الغد$/).click?.()
    expect(actions.pause).toHaveBeenCalledWith('tomorrow')
  })
})

describe('the app left running', () => {
  it('keeps monitoring in the tray when the window is closed, and says so once', async () => {
    const { window } = await startApp()
    expect(window.close()).toBe(true)
    expect(window.hide).toHaveBeenCalledTimes(1)
    expect(recorded.notifications.map((n) => n.options.title)).toEqual(['مرصد ما زال يرصد'])
    expect(callsOf('settings')).toContainEqual({ desktop: { trayExplained: true } })
    expect(window.close()).toBe(true)
    expect(recorded.notifications).toHaveLength(1)
    expect(recorded.quit).not.toHaveBeenCalled()
  })

  it('closes for real when the analyst turned closing to the tray off', async () => {
    state.desktop = { ...state.desktop, closeToTray: false }
    const { window } = await startApp()
    expect(window.close()).toBe(false)
    expect(window.hide).not.toHaveBeenCalled()
  })

  it('brings the first window forward on a second launch, and a second launch quits at once', async () => {
    const { window } = await startApp()
    recorded.appEvents.emit('second-instance')
    expect(window.show).toHaveBeenCalledTimes(1)
    expect(window.focus).toHaveBeenCalledTimes(1)
    resetRecorded()
    startCoreWorker.mockClear()
    recorded.singleInstance = false
    vi.resetModules()
    await import('../../../electron/main/index')
    await until(() => recorded.quit.mock.calls.length === 1)
    expect(startCoreWorker).not.toHaveBeenCalled()
    expect(recorded.windows).toEqual([])
  })

  it('starts at login as the setting says', async () => {
    state.desktop = { ...state.desktop, startAtLogin: true }
    await startApp()
    expect(recorded.setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: true })
  })

  it('stops polling while the machine sleeps or is offline, and resumes when it is back', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    try {
      await startApp()
      recorded.power.emit('suspend')
      recorded.power.emit('resume')
      expect(callsOf('setPolling')).toEqual([{ running: false }, { running: true }])
      recorded.online = false
      vi.advanceTimersByTime(ONLINE_CHECK_MS)
      // Asleep while offline: still stopped, said once; back online and awake: resumed once.
      recorded.power.emit('suspend')
      recorded.power.emit('resume')
      recorded.online = true
      vi.advanceTimersByTime(ONLINE_CHECK_MS)
      expect(callsOf('setPolling')).toEqual([{ running: false }, { running: true }, { running: false }, { running: true }])
    } finally {
      vi.useRealTimers()
    }
  })

  it('starts with polling stopped when the machine is offline', async () => {
    recorded.online = false
    await startApp()
    expect(callsOf('setPolling')).toEqual([{ running: false }])
  })

  it('puts a dot on the Windows taskbar button while unread flagged articles wait', async () => {
    state.unread = 2
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')
    Object.defineProperty(process, 'platform', { value: 'win32', configurable: true })
    try {
      const { window } = await startApp()
      await until(() => window.setOverlayIcon.mock.calls.length > 0)
      expect(window.setOverlayIcon).toHaveBeenLastCalledWith({ path: join(RESOURCES, 'resources', 'icons', 'tray-alert.png') }, 'مقالات مُعلَّمة غير مقروءة')
    } finally {
      if (platform) Object.defineProperty(process, 'platform', platform)
    }
  })
})

describe('the log', () => {
  it('rotates its file, says what happened, and the menu shows it', async () => {
    await startApp()
    expect(electronLog.default.transports.file.maxSize).toBe(LOG_MAX_BYTES)
    expect(electronLog.default.errorHandler.startCatching).toHaveBeenCalled()
    listeners.forEach((l) => l({ type: 'pollProgress', feedId: 7, name: 'المركزية', phase: 'failed', error: { code: 'feed.http_status', status: 503 } }))
    listeners.forEach((l) => l({ type: 'pollProgress', feedId: 7, name: 'المركزية', phase: 'started' }))
    recorded.power.emit('suspend')
    expect(recorded.logged).toEqual([
      ['info', 'Marsad 0.1.0 starting (Electron 45.5.0)'],
      ['warn', expect.stringMatching(/^feed 7 failed: .*503/)],
      ['info', 'machine going to sleep: polling stopped'],
    ])
    const appMenu = vi.mocked(electronMock.Menu.setApplicationMenu).mock.lastCall?.[0] as unknown as { items: { submenu: MenuItem[] }[] }
    item(appMenu.items[0].submenu, /^عرض السجلات$/).click?.()
    expect(recorded.shownFiles).toEqual(['/logs/Marsad/main.log'])
  })
})
