/**
 * Installers cannot be built offline here (electron-builder downloads Electron), so this checks
 * the packaging configuration instead: what goes into the app, and that nothing in install, test
 * or packaging rebuilds better-sqlite3 in place: node_modules keeps the Node build, the Electron
 * build lives in .native/ and ships as an extra resource, loaded through nativeBinding.
 */
import Ajv from 'ajv'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkoutBindingDir, NATIVE_BINDING_FILE, PACKAGED_BINDING_DIR } from '../../electron/main/native-binding'
import { ELECTRON_VERSION_ENV } from '../../scripts/lib/packaging'
import { PROJECT_ROOT } from '../support/cli'

interface FileSet {
  from: string
  to: string
  filter?: string[]
}

const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
  main: string
  scripts: Record<string, string>
  build: {
    files: string[]
    extraResources: FileSet[]
    asarUnpack?: string[]
    npmRebuild?: boolean
    appId: string
    productName: string
    asar?: boolean | { disableIntegrity?: boolean }
    electronFuses?: Record<string, boolean>
    linux: { icon?: string; desktop?: { entry?: Record<string, string> } }
    win: { icon?: string }
    mac: { icon?: string }
  }
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
}

/** The script files an npm script runs with tsx, read, so their contents are checked too. */
function scriptSources(script: string): string {
  return [...script.matchAll(/tsx (scripts\/\S+\.ts)/g)].map((m) => readFileSync(join(PROJECT_ROOT, m[1]), 'utf8')).join('\n')
}

describe('packaging configuration', () => {
  it('points Electron at the built main process, which exists after npm run build', () => {
    expect(pkg.main).toBe('out/main/index.js')
    expect(existsSync(join(PROJECT_ROOT, pkg.main))).toBe(true)
    expect(existsSync(join(PROJECT_ROOT, 'out/preload/index.cjs'))).toBe(true)
    expect(existsSync(join(PROJECT_ROOT, 'out/renderer/index.html'))).toBe(true)
  })

  it('ships the build output, the default watchlists and better-sqlite3’s JS', () => {
    expect(pkg.build.productName).toBe('Marsad')
    expect(pkg.build.files).toContain('out/**')
    expect(pkg.build.extraResources).toContainEqual(expect.objectContaining({ from: 'resources', to: 'resources' }))
    expect(existsSync(join(PROJECT_ROOT, 'resources/watchlists.json'))).toBe(true)
    expect(pkg.dependencies['better-sqlite3']).toMatch(/^\^?12\./)
    // Only its Node build and its C sources stay out of the app; lib/ (the JS) goes in.
    const excluded = pkg.build.files.filter((p) => p.startsWith('!') && p.includes('better-sqlite3'))
    expect(excluded).toEqual(['!**/node_modules/better-sqlite3/{build,deps,src}/**'])
  })

  it('ships the Electron build of better-sqlite3 from .native/ to where the installed app loads it', () => {
    const native = pkg.build.extraResources.find((set) => set.from.startsWith('.native/'))
    expect(native).toBeDefined()
    const set = native as FileSet
    // electron-builder expands ${platform} (process.platform) and ${arch}; npm run dist sets the version.
    expect(set.from).toBe(`.native/better-sqlite3/electron-\${env.${ELECTRON_VERSION_ENV}}-\${platform}-\${arch}`)
    const expanded = set.from.replace(`\${env.${ELECTRON_VERSION_ENV}}`, '45.5.0').replace('${platform}', process.platform).replace('${arch}', process.arch)
    const target = { runtime: 'electron', version: '45.5.0', platform: process.platform, arch: process.arch } as const
    expect(join(PROJECT_ROOT, expanded)).toBe(checkoutBindingDir(PROJECT_ROOT, target))
    expect(set.to).toBe(PACKAGED_BINDING_DIR.split('\\').join('/'))
    expect(set.filter).toEqual([NATIVE_BINDING_FILE])
    expect(scriptSources(pkg.scripts.dist)).toContain('[ELECTRON_VERSION_ENV]: electron.version')
  })

  it('never rebuilds native modules in place: no install-app-deps, no electron-rebuild, npmRebuild off', () => {
    for (const [name, script] of Object.entries(pkg.scripts)) {
      expect(script, name).not.toMatch(/install-app-deps|electron-rebuild/)
      expect(scriptSources(script), name).not.toMatch(/install-app-deps/)
    }
    expect(pkg.scripts.postinstall).toBeUndefined()
    expect(pkg.build.npmRebuild).toBe(false)
    // Nothing unpacked from the asar for better-sqlite3 any more: its addon is an extra resource.
    expect((pkg.build.asarUnpack ?? []).some((p) => p.includes('better-sqlite3'))).toBe(false)
  })

  it('prepares the Electron build before starting or packaging, and keeps it out of git', () => {
    expect(pkg.scripts.start).toBe('tsx scripts/launch.ts start')
    expect(pkg.scripts.dev).toBe('tsx scripts/launch.ts dev')
    expect(pkg.scripts.dist).toMatch(/^npm run build && tsx scripts\/dist\.ts/)
    expect(scriptSources(pkg.scripts.dist)).toMatch(/ensureNativeBinding\(/)
    expect(readFileSync(join(PROJECT_ROOT, '.gitignore'), 'utf8')).toMatch(/^\.native\/$/m)
  })

  it('keeps Electron and the build tools out of the runtime dependencies', () => {
    expect(pkg.dependencies.electron).toBeUndefined()
    expect(pkg.devDependencies.electron).toBeDefined()
    expect(pkg.dependencies['@electron/rebuild']).toBeUndefined()
    expect(pkg.devDependencies['@electron/rebuild']).toBeDefined()
  })

  it('flips the Electron fuses that close the packaged app to code injection, with the app in an asar', () => {
    expect(pkg.build.electronFuses).toEqual({
      runAsNode: false, // ELECTRON_RUN_AS_NODE would turn the signed binary into a plain Node
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false, // NODE_OPTIONS=--require … would run any code
      enableNodeCliInspectArguments: false, // --inspect would hand the main process to a debugger
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true, // no app/ folder beside the asar loaded instead
    })
    // The asar the last two fuses rely on, with its integrity hash embedded.
    expect(pkg.build.asar).toBe(true)
    // Names electron-builder knows (its own configuration schema), so none is silently ignored.
    const schema = JSON.parse(readFileSync(join(PROJECT_ROOT, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as {
      properties: Record<string, unknown>
      definitions: { FuseOptionsV1: { properties: Record<string, unknown> } }
    }
    expect(schema.properties.electronFuses).toBeDefined()
    for (const fuse of Object.keys(pkg.build.electronFuses ?? {})) expect(schema.definitions.FuseOptionsV1.properties, fuse).toHaveProperty(fuse)
  })

  it('is a configuration electron-builder accepts, every key and value checked against its own schema', () => {
    const schema = JSON.parse(readFileSync(join(PROJECT_ROOT, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as object
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema)
    expect(validate(pkg.build), JSON.stringify(validate.errors)).toBe(true)
    // The check can fail: a misspelt key is refused.
    expect(validate({ ...pkg.build, linux: { ...pkg.build.linux, icn: 'x.png' } })).toBe(false)
  })

  it('gives every installer the app\'s icon, and ships the tray\'s icons where the installed app finds them', () => {
    for (const platform of [pkg.build.linux, pkg.build.win, pkg.build.mac]) expect(platform.icon).toBe('resources/icons/icon.png')
    // electron-builder makes the macOS and Windows icons from a PNG of at least 512 and 256 pixels.
    expect(pngSize(join(PROJECT_ROOT, 'resources/icons/icon.png'))).toEqual({ width: 512, height: 512 })
    for (const tray of ['tray.png', 'tray-alert.png']) expect(pngSize(join(PROJECT_ROOT, 'resources/icons', tray))).toEqual({ width: 32, height: 32 })
    const resources = pkg.build.extraResources.find((set) => set.from === 'resources')
    expect(resources?.filter).toContain('icons/*.png')
    expect(pkg.build.linux.desktop?.entry?.Name).toBe('Marsad — مرصد')
  })

  it('commits no nodedir in .npmrc', () => {
    const npmrc = join(PROJECT_ROOT, '.npmrc')
    if (existsSync(npmrc)) expect(readFileSync(npmrc, 'utf8')).not.toMatch(/nodedir/)
  })
})

/** A PNG's width and height, read from its IHDR chunk; throws for a file that is no PNG. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path)
  if (bytes.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a' || bytes.subarray(12, 16).toString('ascii') !== 'IHDR') throw new Error(`${path} is not a PNG`)
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}
