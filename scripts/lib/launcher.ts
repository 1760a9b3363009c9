/**
 * npm start / npm run dev: (1) Electron's binary is there (one install attempt if not), on a Node
 * Electron supports; (2) better-sqlite3 is built for Electron in .native/ (node_modules keeps the
 * Node build); (3) electron-vite preview (start) or dev. A refusal is one line on stderr, exit 1.
 */
import { spawnSync } from 'node:child_process'
import { closeSync, openSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { electronTarget, installedElectronBinary, readElectronPackage, type ElectronPackage } from './electron-package'
import { launchRefusal, nativeBuildFailedLine, nodeSatisfiesElectron } from './launch-messages'
import { ensureNativeBinding } from './native-binding-build'
import { buildForElectron } from './native-builders'
import { PROJECT_ROOT, runPackageBin } from './project'

export type LaunchMode = 'start' | 'dev'

export interface LaunchOptions {
  readonly mode: LaunchMode
  /** The electron package to check (tests point it at a fake one; default: the project's). */
  readonly electronDir: string
  /** Passed on to electron-vite. */
  readonly forwardArgs: readonly string[]
}

export function parseLaunchArgs(argv: readonly string[]): LaunchOptions {
  const [mode, ...rest] = argv
  if (mode !== 'start' && mode !== 'dev') throw new Error(`usage: launch.ts start|dev [--electron-dir DIR] [electron-vite options]`)
  let electronDir = join(PROJECT_ROOT, 'node_modules', 'electron')
  const forwardArgs: string[] = []
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--electron-dir' && rest[i + 1]) electronDir = rest[++i]
    else forwardArgs.push(rest[i])
  }
  return { mode, electronDir, forwardArgs }
}

const COMMAND: Readonly<Record<LaunchMode, string>> = { start: 'npm start', dev: 'npm run dev' }
const ELECTRON_VITE: Readonly<Record<LaunchMode, string>> = { start: 'preview', dev: 'dev' }

/** electron's own install.js, once; its output goes to a log so a failure stays one line. */
function tryInstallElectron(electron: ElectronPackage): string {
  const log = join(tmpdir(), 'marsad-electron-install.log')
  process.stdout.write(`Fetching Electron ${electron.version} (first start only)…\n`)
  const fd = openSync(log, 'w')
  try {
    spawnSync(process.execPath, [join(electron.dir, 'install.js')], { cwd: electron.dir, stdio: ['ignore', fd, fd] })
  } finally {
    closeSync(fd)
  }
  return log
}

export async function launch(options: LaunchOptions): Promise<number> {
  const command = COMMAND[options.mode]
  const refuse = (line: string): number => {
    process.stderr.write(`${line}\n`)
    return 1
  }
  let electron: ElectronPackage
  try {
    electron = readElectronPackage(options.electronDir)
  } catch (err) {
    return refuse(`${command}: ${err instanceof Error ? err.message : String(err)}`)
  }
  const nodeVersion = process.versions.node
  let installed = installedElectronBinary(electron) !== undefined
  let installLog: string | undefined
  // Never on a Node that Electron's installer does not support: the line says so instead.
  if (!installed && nodeSatisfiesElectron(electron, nodeVersion)) {
    installLog = tryInstallElectron(electron)
    installed = installedElectronBinary(electron) !== undefined
  }
  const refusal = launchRefusal({ command, electron, nodeVersion, electronInstalled: installed, installLog })
  if (refusal) return refuse(refusal)

  try {
    await ensureNativeBinding({ projectRoot: PROJECT_ROOT, target: electronTarget(electron), build: buildForElectron, log: (line) => console.log(line) })
  } catch (err) {
    return refuse(nativeBuildFailedLine(command, electron, err instanceof Error ? err.message : String(err)))
  }
  return runPackageBin('electron-vite', [ELECTRON_VITE[options.mode], ...options.forwardArgs])
}
