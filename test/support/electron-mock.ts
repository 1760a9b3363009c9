/**
 * A stand-in for the `electron` module, for tests of the main process under Node (Electron cannot
 * run here): `vi.mock('electron', () => import('../../support/electron-mock'))`. Everything the
 * main process made or was asked is in `recorded`; `resetRecorded()` before each test.
 */
import { vi } from 'vitest'

type Handler = (...args: unknown[]) => void

/** Listeners by event name, and a way to fire one as Electron would. */
class Emitter {
  readonly listeners = new Map<string, Handler[]>()
  on(name: string, handler: Handler): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), handler])
    return this
  }
  once(name: string, handler: Handler): this {
    return this.on(name, handler)
  }
  emit(name: string, ...args: unknown[]): void {
    for (const handler of this.listeners.get(name) ?? []) handler(...args)
  }
}

export class BrowserWindow extends Emitter {
  webContents = { send: vi.fn(), on: vi.fn(), setWindowOpenHandler: vi.fn(), mainFrame: {} }
  show = vi.fn()
  hide = vi.fn()
  focus = vi.fn()
  restore = vi.fn()
  setOverlayIcon = vi.fn()
  isMinimized = (): boolean => true
  isDestroyed = (): boolean => false
  loadURL = vi.fn(async () => {})
  loadFile = vi.fn(async () => {})
  constructor(readonly options: unknown) {
    super()
    recorded.windows.push(this)
  }
  /** Closing as the window's close button does: returns whether a listener kept it open. */
  close(): boolean {
    let prevented = false
    this.emit('close', { preventDefault: () => (prevented = true) })
    return prevented
  }
}

export class Notification extends Emitter {
  static isSupported = (): boolean => recorded.notificationsSupported
  constructor(readonly options: { title: string; body: string }) {
    super()
  }
  show(): void {
    recorded.notifications.push(this)
  }
}

export interface MenuItem {
  label?: string
  type?: string
  enabled?: boolean
  click?: () => void
}

export class Tray extends Emitter {
  image: unknown
  toolTip = ''
  menu: MenuItem[] = []
  destroy = vi.fn()
  constructor(image: unknown) {
    super()
    this.image = image
    recorded.trays.push(this)
  }
  setImage(image: unknown): void {
    this.image = image
  }
  setToolTip(text: string): void {
    this.toolTip = text
  }
  setContextMenu(menu: { items: MenuItem[] }): void {
    this.menu = menu.items
  }
}

/**
 * Kept on globalThis: a test that imports the main process afresh (vi.resetModules) gets a fresh
 * copy of this module too, and both must record into one place.
 */
const SHARED = Symbol.for('marsad.test.electron-mock')
const shared = globalThis as unknown as Record<symbol, Recorded | undefined>

type Recorded = ReturnType<typeof newRecorded>

function newRecorded() {
  return {
    isPackaged: false,
    appPath: '',
    userData: '',
    singleInstance: true,
    notificationsSupported: true,
    online: true,
    windows: [] as BrowserWindow[],
    notifications: [] as Notification[],
    trays: [] as Tray[],
    /** Files shown in the file manager (shell.showItemInFolder). */
    shownFiles: [] as string[],
    /** What the main process logged (electron-log), as [level, text]. */
    logged: [] as [string, string][],
    appEvents: new Emitter(),
    power: new Emitter(),
    quit: vi.fn(),
    showErrorBox: vi.fn(),
    setAppUserModelId: vi.fn(),
    setBadgeCount: vi.fn(),
    setLoginItemSettings: vi.fn(),
  }
}

export const recorded: Recorded = (shared[SHARED] ??= newRecorded())
const appEvents = recorded.appEvents

export function resetRecorded(): void {
  Object.assign(recorded, { isPackaged: false, appPath: '', userData: '', singleInstance: true, notificationsSupported: true, online: true })
  recorded.windows.length = 0
  recorded.notifications.length = 0
  recorded.trays.length = 0
  recorded.shownFiles.length = 0
  recorded.logged.length = 0
  appEvents.listeners.clear()
  recorded.power.listeners.clear()
  for (const fn of [recorded.quit, recorded.showErrorBox, recorded.setAppUserModelId, recorded.setBadgeCount, recorded.setLoginItemSettings]) fn.mockReset()
}

export const app = {
  whenReady: async () => {},
  get isPackaged() {
    return recorded.isPackaged
  },
  getAppPath: () => recorded.appPath,
  getVersion: () => '0.1.0',
  getPath: () => recorded.userData,
  on: (name: string, handler: Handler) => appEvents.on(name, handler),
  quit: (...args: unknown[]) => recorded.quit(...args),
  requestSingleInstanceLock: () => recorded.singleInstance,
  setAppUserModelId: (...args: unknown[]) => recorded.setAppUserModelId(...args),
  setBadgeCount: (...args: unknown[]) => recorded.setBadgeCount(...args),
  setLoginItemSettings: (...args: unknown[]) => recorded.setLoginItemSettings(...args),
}

export const nativeImage = { createFromPath: (path: string) => ({ path }) }
export const net = { isOnline: () => recorded.online }
export const powerMonitor = { on: (name: string, handler: Handler) => recorded.power.on(name, handler) }
export const ipcMain = { handle: vi.fn() }
export const Menu = { setApplicationMenu: vi.fn(), buildFromTemplate: (items: MenuItem[]) => ({ items }) }
export const dialog = { showErrorBox: (...args: unknown[]) => recorded.showErrorBox(...args), showSaveDialog: vi.fn() }
export const session = { defaultSession: { webRequest: { onHeadersReceived: vi.fn() }, setPermissionRequestHandler: vi.fn() } }
export const shell = { openExternal: vi.fn(), showItemInFolder: (path: string) => recorded.shownFiles.push(path) }

/**
 * A stand-in for electron-log's main-process logger (`vi.mock('electron-log/main', () =>
 * import('../../support/electron-mock').then((m) => m.electronLog))`): lines go to recorded.logged.
 */
const line = (level: string) => (...parts: unknown[]) => void recorded.logged.push([level, parts.map(String).join(' ')])
export const electronLog = {
  default: {
    info: line('info'),
    warn: line('warn'),
    error: line('error'),
    transports: { file: { maxSize: 0, level: 'silly' as string | false, getFile: () => ({ path: '/logs/Marsad/main.log' }) } },
    errorHandler: { startCatching: vi.fn() },
  },
}
