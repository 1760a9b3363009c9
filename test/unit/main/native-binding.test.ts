/** Where the Electron main process looks for better-sqlite3's Electron build, in a checkout and installed. */
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkoutBindingDir, nativeBindingPath } from '../../../electron/main/native-binding'
import { electronTarget, readElectronPackage } from '../../../scripts/lib/electron-package'
import { PROJECT_ROOT } from '../../support/cli'

// Stand-ins for a checkout and an installed app's resources (no machine's paths).
const CHECKOUT = resolve('analyst-checkout')
const RESOURCES = resolve('installed-marsad', 'resources')
const running = (electron?: string) => ({ versions: { electron }, resourcesPath: RESOURCES, platform: 'linux', arch: 'x64' })

describe('nativeBindingPath', () => {
  it('in a checkout: the project’s .native folder for this exact Electron, platform and CPU', () => {
    const app = { isPackaged: false, getAppPath: () => CHECKOUT }
    expect(nativeBindingPath(app, running('45.5.0'))).toBe(join(CHECKOUT, '.native', 'better-sqlite3', 'electron-45.5.0-linux-x64', 'better_sqlite3.node'))
  })

  it('installed: the copy electron-builder put in the app’s resources', () => {
    const app = { isPackaged: true, getAppPath: () => join(RESOURCES, 'app.asar') }
    expect(nativeBindingPath(app, running('45.5.0'))).toBe(join(RESOURCES, 'native', 'better-sqlite3', 'better_sqlite3.node'))
  })

  it('is the very file the launcher builds for the installed Electron', () => {
    const electron = readElectronPackage(join(PROJECT_ROOT, 'node_modules', 'electron'))
    const app = { isPackaged: false, getAppPath: () => PROJECT_ROOT }
    const proc = { versions: { electron: electron.version }, resourcesPath: '', platform: process.platform, arch: process.arch }
    expect(nativeBindingPath(app, proc)).toBe(join(checkoutBindingDir(PROJECT_ROOT, electronTarget(electron)), 'better_sqlite3.node'))
  })

  it('refuses outside Electron rather than guessing a version', () => {
    expect(() => nativeBindingPath({ isPackaged: false, getAppPath: () => CHECKOUT }, running(undefined))).toThrow(/Electron main process/)
  })
})
