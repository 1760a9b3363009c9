/**
 * Installers cannot be built offline here (electron-builder downloads Electron), so this checks
 * the packaging configuration instead: what goes into the app, and that nothing in install or
 * test swaps the Node build of better-sqlite3 for an Electron one.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../support/cli'

const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
  main: string
  scripts: Record<string, string>
  build: { files: string[]; extraResources: { from: string; to: string }[]; asarUnpack: string[]; appId: string; productName: string }
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
}

describe('packaging configuration', () => {
  it('points Electron at the built main process, which exists after npm run build', () => {
    expect(pkg.main).toBe('out/main/index.js')
    expect(existsSync(join(PROJECT_ROOT, pkg.main))).toBe(true)
    expect(existsSync(join(PROJECT_ROOT, 'out/preload/index.cjs'))).toBe(true)
    expect(existsSync(join(PROJECT_ROOT, 'out/renderer/index.html'))).toBe(true)
  })

  it('ships the build output, the default watchlists, and better-sqlite3 outside the asar', () => {
    expect(pkg.build.productName).toBe('Marsad')
    expect(pkg.build.files).toContain('out/**')
    expect(pkg.build.extraResources).toContainEqual(expect.objectContaining({ from: 'resources', to: 'resources' }))
    expect(existsSync(join(PROJECT_ROOT, 'resources/watchlists.json'))).toBe(true)
    expect(pkg.build.asarUnpack.some((p) => p.includes('better-sqlite3'))).toBe(true)
  })

  it('rebuilds native modules for Electron only when building installers', () => {
    for (const [name, script] of Object.entries(pkg.scripts)) {
      if (name !== 'dist') expect(script, name).not.toMatch(/install-app-deps|electron-rebuild/)
    }
    expect(pkg.scripts.postinstall).toBeUndefined()
    expect(pkg.scripts.dist).toMatch(/install-app-deps/)
  })

  it('keeps Electron and the build tools out of the runtime dependencies', () => {
    expect(pkg.dependencies.electron).toBeUndefined()
    expect(pkg.devDependencies.electron).toBeDefined()
    expect(pkg.dependencies['better-sqlite3']).toMatch(/^\^?12\./)
  })

  it('commits no nodedir in .npmrc', () => {
    const npmrc = join(PROJECT_ROOT, '.npmrc')
    if (existsSync(npmrc)) expect(readFileSync(npmrc, 'utf8')).not.toMatch(/nodedir/)
  })
})
