/**
 * The one line `npm start`, `npm run dev` and `npm run dist` print when they cannot go on, and the
 * decisions behind it. Pure, so tests check every case without Electron or the network.
 */
import type { ElectronPackage } from './electron-package'
import { satisfies } from './node-range'

export const SERVE_HINT = 'the same app runs headless with a browser UI: npm run build, then npm run -s marsad -- serve'

/** Electron's declared Node (its installer, @electron/rebuild and node-abi declare the same). No range: any Node. */
export function nodeSatisfiesElectron(electron: ElectronPackage, nodeVersion: string): boolean {
  return electron.nodeRange === undefined || satisfies(nodeVersion, electron.nodeRange)
}

export function nodeTooOldLine(command: string, electron: ElectronPackage, nodeVersion: string): string {
  return `${command}: the desktop app needs Node ${electron.nodeRange} (Electron ${electron.version} declares it); this is Node ${nodeVersion}. Upgrade Node, or: ${SERVE_HINT}`
}

export interface LaunchState {
  /** As the user typed it: "npm start", "npm run dev". */
  readonly command: string
  readonly electron: ElectronPackage
  readonly nodeVersion: string
  readonly electronInstalled: boolean
  /** Where the output of the one install attempt went, when there was one. */
  readonly installLog?: string
}

/** Why the desktop app cannot start, in one line; undefined when it can. */
export function launchRefusal(state: LaunchState): string | undefined {
  const { command, electron, nodeVersion } = state
  const nodeOk = nodeSatisfiesElectron(electron, nodeVersion)
  if (state.electronInstalled) return nodeOk ? undefined : nodeTooOldLine(command, electron, nodeVersion)
  if (!nodeOk) {
    return `${command}: Electron ${electron.version} is not installed, and installing it needs Node ${electron.nodeRange} (this is Node ${nodeVersion}), so the desktop app cannot start here; ${SERVE_HINT}`
  }
  const why = state.installLog ? `its download failed (log: ${state.installLog})` : 'it could not be installed'
  return `${command}: Electron ${electron.version}'s binary is not installed and ${why}, so the desktop app cannot start here; ${SERVE_HINT}`
}

/** The Electron build of better-sqlite3 could not be fetched or compiled. */
export function nativeBuildFailedLine(command: string, electron: ElectronPackage, reason: string): string {
  const firstLine = reason.split('\n')[0]
  return `${command}: could not prepare better-sqlite3 for Electron ${electron.version} (${firstLine}); it needs the network (a prebuilt binary, or Electron's headers plus a C++ toolchain: python3, make, a C++20 compiler); meanwhile ${SERVE_HINT}`
}
