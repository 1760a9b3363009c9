/**
 * The Electron main process, run under Node with electron and the core worker mocked: it starts
 * the worker with the better-sqlite3 build for Electron (dev: the project's .native folder;
 * installed: the app's resources), never node_modules' Node build.
 */
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { WorkerOptions } from '../../../electron/core/app/worker-protocol'
import type { MarsadEvent, NoticeView } from '../../../electron/core/contract/types'
import { MarsadError } from '../../../electron/core/errors/marsad-error'
import { arabicErrorText } from '../../../src/lib/errors'
import { recorded, resetRecorded } from '../../support/electron-mock'

const startCoreWorker = vi.hoisted(() => vi.fn())

vi.mock('electron', () => import('../../support/electron-mock'))
vi.mock('electron-log/main', () => import('../../support/electron-mock').then((m) => m.electronLog))
vi.mock('../../../electron/core/app/worker-client', () => ({ startCoreWorker }))

const ELECTRON_VERSION = '45.5.0'
// Stand-ins for a checkout, a user's data folder and an installed app's resources (no machine's paths).
const CHECKOUT = resolve('analyst-checkout')
const USER_DATA = resolve('analyst-user-data')
const RESOURCES = resolve('installed-marsad', 'resources')
/** The core's event listeners (the window's forwarder, the notices), so a test can send events. */
const coreListeners = vi.hoisted(() => [] as ((event: MarsadEvent) => void)[])
const fakeCore = {
  call: vi.fn(),
  onEvent: vi.fn((listener: (event: MarsadEvent) => void) => {
    coreListeners.push(listener)
    return () => {}
  }),
  /** Asked once every listener is in place: how many there were then. */
  startNotifying: vi.fn(() => void (listenersWhenNotifying = coreListeners.length)),
  close: vi.fn(async () => {}),
}
let listenersWhenNotifying = -1

/** Imports the main process afresh (it runs on import) and waits until it has tried to start the core. */
async function runMain(): Promise<WorkerOptions> {
  vi.resetModules()
  await import('../../../electron/main/index')
  for (let i = 0; i < 200 && startCoreWorker.mock.calls.length === 0 && recorded.showErrorBox.mock.calls.length === 0; i++) {
    await new Promise((resolve) => setImmediate(resolve))
  }
  expect(startCoreWorker).toHaveBeenCalledTimes(1)
  const [script, options] = startCoreWorker.mock.calls[0] as [URL, WorkerOptions]
  expect(String(script)).toMatch(/core-worker\.js$/)
  return options
}

beforeEach(() => {
  coreListeners.length = 0
  resetRecorded()
  fakeCore.call.mockReset().mockResolvedValue({ ok: false, error: { code: 'input.unknown_operation', op: 'any' } })
  fakeCore.startNotifying.mockClear()
  listenersWhenNotifying = -1
  startCoreWorker.mockReset().mockResolvedValue(fakeCore)
  vi.stubEnv('ELECTRON_RENDERER_URL', '')
  Object.defineProperty(process.versions, 'electron', { value: ELECTRON_VERSION, configurable: true, enumerable: true })
  Object.defineProperty(process, 'resourcesPath', { value: RESOURCES, configurable: true, writable: true })
})
afterEach(() => {
  vi.unstubAllEnvs()
  Reflect.deleteProperty(process.versions, 'electron')
  Reflect.deleteProperty(process, 'resourcesPath')
})

describe('the main process starts the core worker with the Electron build of better-sqlite3', () => {
  it('in a checkout (npm start, npm run dev): the project’s .native folder for this Electron', async () => {
    Object.assign(recorded, { isPackaged: false, appPath: CHECKOUT, userData: USER_DATA })
    const options = await runMain()
    expect(options.nativeBinding).toBe(
      join(CHECKOUT, '.native', 'better-sqlite3', `electron-${ELECTRON_VERSION}-${process.platform}-${process.arch}`, 'better_sqlite3.node'),
    )
    expect(options.dbPath).toBe(join(USER_DATA, 'marsad.sqlite'))
    expect(recorded.showErrorBox).not.toHaveBeenCalled()
  })

  it('installed: the copy shipped in the app’s resources', async () => {
    Object.assign(recorded, { isPackaged: true, appPath: join(RESOURCES, 'app.asar'), userData: USER_DATA })
    const options = await runMain()
    expect(options.nativeBinding).toBe(join(RESOURCES, 'native', 'better-sqlite3', 'better_sqlite3.node'))
    expect(options.defaultWatchlistsPath).toBe(join(RESOURCES, 'resources', 'watchlists.json'))
  })

  it('when the core cannot open the database (e.g. that build is missing), says why in Arabic and quits', async () => {
    Object.assign(recorded, { isPackaged: false, appPath: CHECKOUT })
    const missing = { code: 'db.native_module_missing', path: join(CHECKOUT, '.native', 'better_sqlite3.node') } as const
    startCoreWorker.mockReset().mockRejectedValue(new MarsadError(missing))
    await runMain()
    for (let i = 0; i < 50 && recorded.quit.mock.calls.length === 0; i++) await new Promise((resolve) => setImmediate(resolve))
    expect(recorded.showErrorBox).toHaveBeenCalledExactlyOnceWith('مرصد', arabicErrorText(missing))
    expect(arabicErrorText(missing)).toMatch(/^وحدة SQLite/)
    expect(recorded.quit).toHaveBeenCalledTimes(1)
  })
})

/** Runs the main process and waits for its window. */
async function mainWindow(): Promise<(typeof recorded.windows)[number]> {
  await runMain()
  for (let i = 0; i < 200 && recorded.windows.length === 0; i++) await new Promise((resolve) => setImmediate(resolve))
  expect(recorded.windows).toHaveLength(1)
  return recorded.windows[0]
}

describe('the window', () => {
  it('installed: loads its own files even when ELECTRON_RENDERER_URL is set', async () => {
    Object.assign(recorded, { isPackaged: true, appPath: join(RESOURCES, 'app.asar'), userData: USER_DATA })
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://attacker.example/')
    const window = await mainWindow()
    expect(window.loadURL).not.toHaveBeenCalled()
    expect(window.loadFile).toHaveBeenCalledTimes(1)
  })

  it('in development: loads the dev server ELECTRON_RENDERER_URL names', async () => {
    Object.assign(recorded, { isPackaged: false, appPath: CHECKOUT, userData: USER_DATA })
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/')
    const window = await mainWindow()
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith('http://localhost:5173/')
    expect(window.loadFile).not.toHaveBeenCalled()
  })

  it('turns off middle-click (auxclick) link opening', async () => {
    Object.assign(recorded, { isPackaged: true, appPath: join(RESOURCES, 'app.asar'), userData: USER_DATA })
    const window = await mainWindow()
    expect(window.options).toMatchObject({ webPreferences: { disableBlinkFeatures: 'Auxclick', sandbox: true, contextIsolation: true } })
  })
})

describe('notices', () => {
  const single: NoticeView = {
    id: 7,
    at: 0,
    outcome: 'shown',
    reason: 'immediate',
    count: 1,
    watchlists: [{ id: 'ct', name: 'مكافحة الإرهاب' }],
    article: { id: 42, title: 'اعتقال خلية في طرابلس', source: 'الوكالة' },
    heldUntil: null,
  }
  const burst: NoticeView = { ...single, id: 8, reason: 'burst', count: 12, article: null }
  const send = (event: MarsadEvent): void => coreListeners.forEach((listener) => listener(event))

  it('shows each notice the core sends, in Arabic, and a click brings the window forward on what it is about', async () => {
    Object.assign(recorded, { isPackaged: true, appPath: join(RESOURCES, 'app.asar'), userData: USER_DATA })
    const window = await mainWindow()
    // The core may tell what is due only once the notices' listener is in place.
    expect(fakeCore.startNotifying).toHaveBeenCalledTimes(1)
    expect(listenersWhenNotifying).toBe(coreListeners.length)
    send({ type: 'notice', notice: single })
    send({ type: 'notice', notice: burst })
    expect(recorded.notifications.map((n) => n.options)).toEqual([
      { title: 'مرصد — مكافحة الإرهاب', body: 'الوكالة: اعتقال خلية في طرابلس' },
      { title: 'مرصد — 12 إصابة جديدة في مكافحة الإرهاب', body: 'وصلت دفعة واحدة' },
    ])
    expect(window.show).not.toHaveBeenCalled()
    recorded.notifications[1].emit('click')
    expect(window.restore).toHaveBeenCalledTimes(1)
    expect(window.show).toHaveBeenCalledTimes(1)
    expect(window.focus).toHaveBeenCalledTimes(1)
    expect(window.webContents.send).toHaveBeenLastCalledWith('marsad:event', { type: 'openNotice', notice: burst })
  })

  it('raises nothing for other events, nor where the system has no notifications', async () => {
    Object.assign(recorded, { isPackaged: true, appPath: join(RESOURCES, 'app.asar'), userData: USER_DATA })
    await mainWindow()
    send({ type: 'newHits', articles: [] })
    recorded.notificationsSupported = false
    send({ type: 'notice', notice: single })
    expect(recorded.notifications).toEqual([])
  })

  it('gives the app its id on Windows, where notifications need one', async () => {
    Object.assign(recorded, { isPackaged: true, appPath: join(RESOURCES, 'app.asar'), userData: USER_DATA })
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')
    Object.defineProperty(process, 'platform', { value: 'win32', configurable: true })
    try {
      await mainWindow()
    } finally {
      if (platform) Object.defineProperty(process, 'platform', platform)
    }
    expect(recorded.setAppUserModelId).toHaveBeenCalledExactlyOnceWith('app.marsad.desktop')
  })
})
