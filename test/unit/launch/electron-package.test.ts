/**
 * What the launcher reads from the installed electron package (never requiring it, which would
 * start a download): the target and the folder its better-sqlite3 build goes to, and whether the
 * Electron binary is installed.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { checkoutBindingDir } from '../../../electron/main/native-binding'
import { electronTarget, installedElectronBinary, nodeTarget, readElectronPackage } from '../../../scripts/lib/electron-package'
import { PROJECT_ROOT } from '../../support/cli'
import { fakeElectron } from './fake-electron'

const made: string[] = []
const fake = (...args: Parameters<typeof fakeElectron>): string => {
  const dir = fakeElectron(...args)
  made.push(dir)
  return dir
}
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

describe('the installed electron package', () => {
  it('gives the version, the ABI and the Node range of node_modules/electron, read as files', () => {
    const dir = join(PROJECT_ROOT, 'node_modules', 'electron')
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string; engines: { node: string } }
    const electron = readElectronPackage(dir)
    expect(electron).toEqual({ dir, version: manifest.version, abi: readFileSync(join(dir, 'abi_version'), 'utf8').trim(), nodeRange: manifest.engines.node })
    expect(electron.abi).toMatch(/^\d+$/)
  })

  it('picks the Electron target of this machine and its own folder under .native/', () => {
    const electron = readElectronPackage(join(PROJECT_ROOT, 'node_modules', 'electron'))
    const target = electronTarget(electron)
    expect(target).toEqual({ runtime: 'electron', version: electron.version, abi: electron.abi, platform: process.platform, arch: process.arch })
    expect(checkoutBindingDir(PROJECT_ROOT, target)).toBe(
      join(PROJECT_ROOT, '.native', 'better-sqlite3', `electron-${electron.version}-${process.platform}-${process.arch}`),
    )
  })

  it('names one folder per exact version, platform and CPU', () => {
    const electron = readElectronPackage(fake({ version: '45.5.0', abi: '150' }))
    const folder = (platform: string, arch: string): string => relative(PROJECT_ROOT, checkoutBindingDir(PROJECT_ROOT, electronTarget(electron, platform, arch)))
    expect(folder('linux', 'x64')).toBe(join('.native', 'better-sqlite3', 'electron-45.5.0-linux-x64'))
    expect(folder('darwin', 'arm64')).toBe(join('.native', 'better-sqlite3', 'electron-45.5.0-darwin-arm64'))
    expect(folder('win32', 'x64')).toBe(join('.native', 'better-sqlite3', 'electron-45.5.0-win32-x64'))
    expect(electronTarget(electron, 'linux', 'x64').abi).toBe('150')
  })

  it('targets this Node with its own ABI for the offline proof of the pipeline', () => {
    expect(nodeTarget()).toEqual({ runtime: 'node', version: process.versions.node, abi: process.versions.modules, platform: process.platform, arch: process.arch })
  })

  it('says to run npm ci when there is no electron package', () => {
    expect(() => readElectronPackage(join(PROJECT_ROOT, 'no-such-electron'))).toThrow(/not installed.*npm ci/)
  })
})

describe('is the Electron binary installed?', () => {
  it('no, when nothing was downloaded (as after npm ci with Electron 45)', () => {
    expect(installedElectronBinary(readElectronPackage(fake()), 'linux', {})).toBeUndefined()
  })

  it('yes, when dist/ holds this version and path.txt names this platform’s executable', () => {
    const dir = fake({ installed: true })
    expect(installedElectronBinary(readElectronPackage(dir), 'linux', {})).toBe(join(dir, 'dist', 'electron'))
  })

  it('no, when dist/ holds another version, another platform’s executable, or no executable', () => {
    const stale = fake({ installed: true })
    writeFileSync(join(stale, 'dist', 'version'), 'v44.0.0')
    expect(installedElectronBinary(readElectronPackage(stale), 'linux', {})).toBeUndefined()

    expect(installedElectronBinary(readElectronPackage(fake({ installed: true })), 'darwin', {})).toBeUndefined()

    const gone = fake({ installed: true })
    rmSync(join(gone, 'dist', 'electron'))
    expect(installedElectronBinary(readElectronPackage(gone), 'linux', {})).toBeUndefined()
  })

  it('follows ELECTRON_EXEC_PATH, which electron-vite runs instead, when it is set', () => {
    const dir = fake({ installed: true })
    const electron = readElectronPackage(fake())
    expect(installedElectronBinary(electron, 'linux', { ELECTRON_EXEC_PATH: join(dir, 'dist', 'electron') })).toBe(join(dir, 'dist', 'electron'))
    expect(installedElectronBinary(electron, 'linux', { ELECTRON_EXEC_PATH: join(dir, 'nothing') })).toBeUndefined()
  })
})
