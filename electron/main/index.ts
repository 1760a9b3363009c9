/**
 * The Electron shell: window, menu, notifications, and one IPC adapter that forwards contract
 * calls to the core running in a worker thread (which also schedules the polls). No business
 * logic here.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu } from 'electron'
import { writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DB_FILE_NAME, defaultWatchlistsPath } from '../core/app/paths'
import type { CallResult } from '../core/contract/dispatch'
import { MarsadError, toErrorDetail } from '../core/errors/marsad-error'
import { arabicErrorText } from '../../src/lib/errors'
import { startCoreWorker, type CoreWorker } from '../core/app/worker-client'
import type { MarsadEvent } from '../core/contract/types'
import { CALL_CHANNEL, EVENT_CHANNEL } from '../preload/channels'
import { nativeBindingPath } from './native-binding'
import { resourcePath } from './resources'
import { bringForward, startDesktop } from './desktop'
import { logEvent, showLogs, startLogging, type Log } from './logs'
import { showNotices } from './notices'
import { createMainWindow, hardenSession } from './window'

/** The app's id (package.json build.appId): Windows shows no notifications for an app without one. */
export const APP_ID = 'app.marsad.desktop'

const logger: Log = startLogging()
const mainDir = dirname(fileURLToPath(import.meta.url))
const outDir = join(mainDir, '..')

function watchlistsPath(): string {
  return app.isPackaged ? resourcePath('watchlists.json') : defaultWatchlistsPath()
}

async function callOrThrow(core: CoreWorker, op: string, input: unknown): Promise<unknown> {
  const result = await core.call(op, input)
  if (!result.ok) throw new MarsadError(result.error)
  return result.result
}

async function exportCsvToFile(core: CoreWorker, window: BrowserWindow): Promise<void> {
  const { canceled, filePath } = await dialog.showSaveDialog(window, {
    defaultPath: `marsad-${new Date().toISOString().slice(0, 10)}.csv`,
    filters: [{ name: 'CSV', extensions: ['csv'] }],
  })
  if (canceled || !filePath) return
  const { csv } = (await callOrThrow(core, 'exportCsv', { flaggedOnly: true })) as { csv: string }
  await writeFile(filePath, csv, 'utf8')
}

function buildMenu(core: CoreWorker, window: BrowserWindow): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate([
      {
        label: 'مرصد',
        submenu: [
          { label: 'تحديث الآن', accelerator: 'CmdOrCtrl+R', click: () => void core.call('refreshNow', {}) },
          { label: 'تصدير المقالات المعلّمة (CSV)…', accelerator: 'CmdOrCtrl+E', click: () => void exportCsvToFile(core, window) },
          { type: 'separator' },
          { label: 'عرض السجلات', click: () => showLogs() },
          { type: 'separator' },
          { role: 'quit', label: 'خروج' },
        ],
      },
      { role: 'editMenu' },
      { role: 'viewMenu' },
    ]),
  )
}

async function main(): Promise<void> {
  // A second launch only brings the first one's window forward (see 'second-instance' below).
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID)
  logger.info(`Marsad ${app.getVersion()} starting (Electron ${process.versions.electron})`)
  await app.whenReady()
  hardenSession()
  const core = await startCoreWorker(new URL('./core-worker.js', import.meta.url), {
    dbPath: join(app.getPath('userData'), DB_FILE_NAME),
    defaultWatchlistsPath: watchlistsPath(),
    // better-sqlite3 built for Electron's ABI; node_modules keeps the build for plain Node.
    nativeBinding: nativeBindingPath(app),
  })
  core.onEvent((event) => logEvent(logger, event))
  const window = createMainWindow(outDir)
  app.on('second-instance', () => bringForward(window))
  const desktop = startDesktop(core, window, logger)
  ipcMain.handle(CALL_CHANNEL, (event, op: unknown, input: unknown) => {
    // Only our own window may call the core, and only from its top frame.
    if (event.sender !== window.webContents || event.senderFrame !== window.webContents.mainFrame) {
      return { ok: false, error: { code: 'input.not_allowed' } } satisfies CallResult
    }
    const result = core.call(String(op), input)
    // An article read, starred or dismissed changes the tray's count.
    void result.finally(() => desktop.refreshSoon())
    return result
  })
  core.onEvent((event) => {
    if (!window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, event)
  })
  showNotices(core, (notice) => {
    bringForward(window)
    // The renderer opens the article, or the timeline the notice is about.
    if (!window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, { type: 'openNotice', notice } satisfies MarsadEvent)
  })
  // Only now, with every listener in place, may the core tell what is due.
  core.startNotifying()
  buildMenu(core, window)
  app.on('will-quit', () => logger.info('Marsad quitting'))
  app.on('window-all-closed', () => {
    void core.close().then(() => app.quit())
  })
}

main().catch((err: unknown) => {
  logger.error('Marsad could not start:', err)
  // The shell speaks Arabic like the window it failed to open: the renderer's wording of the code.
  dialog.showErrorBox('مرصد', arabicErrorText(toErrorDetail(err)))
  app.quit()
})
