/**
 * Where the desktop app finds better-sqlite3's compiled addon. node_modules/better-sqlite3 keeps
 * the build for plain Node (tests, CLI, headless server); Electron has another ABI, so its build
 * lives beside it, never swapped in place, and is loaded through better-sqlite3's nativeBinding:
 *
 *   checkout:  <project>/.native/better-sqlite3/electron-<version>-<platform>-<arch>/better_sqlite3.node
 *              (made by scripts/native.ts, which npm start, npm run dev and npm run dist run first)
 *   installed: <resources>/native/better-sqlite3/better_sqlite3.node (electron-builder extraResources)
 *
 * No electron import: the scripts that build the addon use this same layout under plain Node.
 */
import { join } from 'node:path'

export const NATIVE_BINDING_FILE = 'better_sqlite3.node'

/** The checkout folder that holds one build per runtime (gitignored). */
export const CHECKOUT_BINDINGS_DIR = join('.native', 'better-sqlite3')

/** Under process.resourcesPath in an installed app; package.json's extraResources puts it there. */
export const PACKAGED_BINDING_DIR = join('native', 'better-sqlite3')

/** What a compiled addon is built for: one runtime at one version, on one platform and CPU. */
export interface NativeTarget {
  readonly runtime: 'electron' | 'node'
  readonly version: string
  readonly platform: string
  readonly arch: string
}

/** The folder of one target's build. The version is exact, so an Electron upgrade never loads a stale build. */
export function checkoutBindingDir(projectRoot: string, target: NativeTarget): string {
  return join(projectRoot, CHECKOUT_BINDINGS_DIR, `${target.runtime}-${target.version}-${target.platform}-${target.arch}`)
}

/** The parts of Electron's `app` this needs (a structural type, so this file never loads electron). */
export interface RunningApp {
  readonly isPackaged: boolean
  getAppPath(): string
}

export interface RunningProcess {
  readonly versions: { readonly electron?: string }
  readonly resourcesPath: string
  readonly platform: string
  readonly arch: string
}

/**
 * The addon this running Electron app loads. In a checkout, getAppPath() is the project folder
 * (electron-vite starts `electron .` there); installed, the addon sits in the app's resources.
 * Existence is checked where the database opens (openDatabase), which says what to run.
 */
export function nativeBindingPath(app: RunningApp, proc: RunningProcess = process): string {
  if (app.isPackaged) return join(proc.resourcesPath, PACKAGED_BINDING_DIR, NATIVE_BINDING_FILE)
  const version = proc.versions.electron
  if (!version) throw new Error('nativeBindingPath() is for the Electron main process; process.versions.electron is not set')
  const target: NativeTarget = { runtime: 'electron', version, platform: proc.platform, arch: proc.arch }
  return join(checkoutBindingDir(app.getAppPath(), target), NATIVE_BINDING_FILE)
}
