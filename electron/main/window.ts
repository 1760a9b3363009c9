/** The one application window, locked down: no Node, sandboxed, no navigation, no popups. */
import { app, BrowserWindow, session, shell } from 'electron'
import { join } from 'node:path'
import { CONTENT_SECURITY_POLICY } from '../server/static-files'

export function createMainWindow(outDir: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    title: 'مرصد',
    show: false,
    webPreferences: {
      // Reviewed (Electronegativity PRELOAD_JS_CHECK): the preload exposes window.marsad.call and
      // onEvent only, never ipcRenderer or Node; the main process checks the sender of every call.
      preload: join(outDir, 'preload', 'index.cjs'), // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      // A middle click opens links without the window-open handler seeing a normal click first.
      disableBlinkFeatures: 'Auxclick',
    },
  })
  window.once('ready-to-show', () => window.show())
  window.webContents.on('will-navigate', (event) => event.preventDefault())
  window.webContents.setWindowOpenHandler(({ url }) => {
    const external = externalLink(url)
    // Reviewed (OPEN_EXTERNAL_JS_CHECK): only a parsed http(s) URL reaches the browser, never
    // file:, smb: or a custom scheme that could start a program.
    if (external) void shell.openExternal(external) // eng-disable OPEN_EXTERNAL_JS_CHECK
    return { action: 'deny' }
  })
  const devUrl = rendererDevUrl()
  if (devUrl) void window.loadURL(devUrl)
  else void window.loadFile(join(outDir, 'renderer', 'index.html'))
  return window
}

/** An article link the window may hand to the browser: http(s) only, normalized; else null. */
export function externalLink(raw: string): string | null {
  try {
    const url = new URL(raw)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

/**
 * The dev server's address (electron-vite sets ELECTRON_RENDERER_URL), in development only: an
 * installed app always loads its own files, so the variable cannot point it at another page.
 */
export function rendererDevUrl(): string | undefined {
  return app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL || undefined
}

/**
 * CSP as a header as well as the meta tag (except under the dev server, whose page carries a
 * relaxed policy), and no permission (camera, geolocation…) ever granted.
 */
export function hardenSession(): void {
  if (!rendererDevUrl()) {
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } })
    })
  }
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
}
