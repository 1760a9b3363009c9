/** The launcher's decisions, pure: when the desktop app can start, and the one line when it cannot. */
import { describe, expect, it } from 'vitest'
import type { ElectronPackage } from '../../../scripts/lib/electron-package'
import { launchRefusal, nativeBuildFailedLine, nodeSatisfiesElectron, SERVE_HINT } from '../../../scripts/lib/launch-messages'

const electron: ElectronPackage = { dir: 'node_modules/electron', version: '45.5.0', abi: '150', nodeRange: '>= 22.12.0' }
const base = { command: 'npm start', electron }

const oneLine = (line: string | undefined): string => {
  expect(line).toBeDefined()
  expect(line).not.toMatch(/\n/)
  return line as string
}

describe('launchRefusal', () => {
  it('lets the app start with the binary installed on a Node Electron supports', () => {
    expect(launchRefusal({ ...base, nodeVersion: '22.12.0', electronInstalled: true })).toBeUndefined()
  })

  it('binary missing after the install attempt: says so, where the log is, and points to serve', () => {
    const line = oneLine(launchRefusal({ ...base, nodeVersion: '24.1.0', electronInstalled: false, installLog: 'electron-install.log' }))
    expect(line).toMatch(/^npm start: Electron 45\.5\.0's binary is not installed and its download failed \(log: electron-install\.log\)/)
    expect(line).toContain('npm run -s marsad -- serve')
  })

  it('binary missing on a Node too old to install it: says both, and that serve runs on this Node', () => {
    const line = oneLine(launchRefusal({ ...base, nodeVersion: '20.20.2', electronInstalled: false }))
    expect(line).toBe(
      `npm start: Electron 45.5.0 is not installed, and installing it needs Node >= 22.12.0 (this is Node 20.20.2), so the desktop app cannot start here; ${SERVE_HINT}`,
    )
  })

  it('binary installed but Node too old: says which Node, for npm run dev too', () => {
    const line = oneLine(launchRefusal({ ...base, command: 'npm run dev', nodeVersion: '22.11.0', electronInstalled: true }))
    expect(line).toMatch(/^npm run dev: the desktop app needs Node >= 22\.12\.0 \(Electron 45\.5\.0 declares it\); this is Node 22\.11\.0\. Upgrade Node/)
    expect(line).toContain('npm run -s marsad -- serve')
  })

  it('an electron package declaring no Node range admits any Node', () => {
    expect(nodeSatisfiesElectron({ ...electron, nodeRange: undefined }, '18.0.0')).toBe(true)
  })
})

describe('nativeBuildFailedLine', () => {
  it('keeps the first line of the reason and says what the build needs', () => {
    const line = oneLine(nativeBuildFailedLine('npm start', electron, 'node-gyp failed\n  at stack'))
    expect(line).toMatch(/^npm start: could not prepare better-sqlite3 for Electron 45\.5\.0 \(node-gyp failed\); it needs the network/)
    expect(line).toContain('C++ toolchain')
  })
})
