/**
 * The installed `electron` npm package, read as files: its version, ABI, the Node it declares,
 * and whether its binary has been downloaded. Never `require('electron')`: since Electron 45
 * that starts a download, and throws when there is no network.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { NativeTarget } from '../../electron/main/native-binding'

export interface ElectronPackage {
  readonly dir: string
  readonly version: string
  /** NODE_MODULE_VERSION of this Electron (node_modules/electron/abi_version). */
  readonly abi: string
  /** The `engines.node` it declares: what its installer and the tools built for it need. */
  readonly nodeRange: string | undefined
}

/** A target plus its ABI, which the build records (two versions may share an ABI; the folder keys on the version). */
export interface BuildTarget extends NativeTarget {
  readonly abi: string
}

interface PackageJson {
  readonly version?: unknown
  readonly engines?: { readonly node?: unknown }
}

export function readElectronPackage(dir: string): ElectronPackage {
  const manifest = join(dir, 'package.json')
  if (!existsSync(manifest)) throw new Error(`the electron package is not installed (${dir}); run npm ci`)
  const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as PackageJson
  if (typeof pkg.version !== 'string') throw new Error(`${manifest} has no version`)
  const abiFile = join(dir, 'abi_version')
  const abi = existsSync(abiFile) ? readFileSync(abiFile, 'utf8').trim() : ''
  if (!/^\d+$/.test(abi)) throw new Error(`${abiFile} is missing or not a number`)
  const nodeRange = typeof pkg.engines?.node === 'string' ? pkg.engines.node : undefined
  return { dir, version: pkg.version, abi, nodeRange }
}

export function electronTarget(electron: ElectronPackage, platform: string = process.platform, arch: string = process.arch): BuildTarget {
  return { runtime: 'electron', version: electron.version, abi: electron.abi, platform, arch }
}

/** This Node itself (for proving the staging pipeline offline, against Node's own headers). */
export function nodeTarget(): BuildTarget {
  return { runtime: 'node', version: process.versions.node, abi: process.versions.modules, platform: process.platform, arch: process.arch }
}

/** The executable's path inside dist/, as electron's own install.js names it. */
const EXECUTABLE_IN_DIST: Readonly<Record<string, string>> = {
  darwin: 'Electron.app/Contents/MacOS/Electron',
  mas: 'Electron.app/Contents/MacOS/Electron',
  linux: 'electron',
  freebsd: 'electron',
  openbsd: 'electron',
  win32: 'electron.exe',
}

/**
 * The Electron executable if it is installed, by the same test as electron's install.js
 * (dist/version is this version, path.txt names this platform's executable, the file exists);
 * or ELECTRON_EXEC_PATH, which electron-vite runs instead when it is set.
 */
export function installedElectronBinary(electron: ElectronPackage, platform: string = process.platform, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.ELECTRON_EXEC_PATH) return existsSync(env.ELECTRON_EXEC_PATH) ? env.ELECTRON_EXEC_PATH : undefined
  const executable = EXECUTABLE_IN_DIST[platform]
  if (!executable) return undefined
  const read = (file: string): string | undefined => (existsSync(file) ? readFileSync(file, 'utf8') : undefined)
  if (read(join(electron.dir, 'dist', 'version'))?.trim().replace(/^v/, '') !== electron.version) return undefined
  if (read(join(electron.dir, 'path.txt')) !== executable) return undefined
  const binary = join(electron.dir, 'dist', executable)
  return existsSync(binary) ? binary : undefined
}
