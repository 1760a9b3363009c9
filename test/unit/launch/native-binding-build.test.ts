/**
 * The native step builds in a staged copy and only there: node_modules/better-sqlite3's own
 * binary (the one the tests load) stays byte-identical. The real build (@electron/rebuild or
 * node-gyp) is replaced by a stub, so no network and no compiler.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { checkoutBindingDir, NATIVE_BINDING_FILE } from '../../../electron/main/native-binding'
import type { BuildTarget } from '../../../scripts/lib/electron-package'
import { BUILD_INFO_FILE, ensureNativeBinding, type BuildInStage } from '../../../scripts/lib/native-binding-build'
import { withoutTargetOverrides } from '../../../scripts/lib/native-builders'
import { installedPackageDir } from '../../../scripts/lib/project'
import { PROJECT_ROOT } from '../../support/cli'

const SOURCE = installedPackageDir('better-sqlite3', PROJECT_ROOT)
const NODE_BINARY = join(SOURCE, 'build', 'Release', NATIVE_BINDING_FILE)
const TARGET: BuildTarget = { runtime: 'electron', version: '45.5.0', abi: '150', platform: process.platform, arch: process.arch }
const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex')
const SOURCE_VERSION = (JSON.parse(readFileSync(join(SOURCE, 'package.json'), 'utf8')) as { version: string }).version

let project: string
let nodeBinaryBefore: string
beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'marsad-native-'))
  nodeBinaryBefore = sha256(NODE_BINARY)
})
afterEach(() => {
  rmSync(project, { recursive: true, force: true })
  // Whatever a test did, the Node build the other tests load is untouched.
  expect(sha256(NODE_BINARY)).toBe(nodeBinaryBefore)
})

/** Writes a recognizable fake addon where a real build would leave it, and notes what it saw. */
function stubBuild(seen: { stageDir?: string; entries?: string[] } = {}): BuildInStage & ReturnType<typeof vi.fn> {
  return vi.fn(async (stageDir: string, target: BuildTarget) => {
    seen.stageDir = stageDir
    seen.entries = readdirSync(stageDir).sort()
    mkdirSync(join(stageDir, 'build', 'Release'), { recursive: true })
    writeFileSync(join(stageDir, 'build', 'Release', NATIVE_BINDING_FILE), `fake addon for ${target.runtime} ${target.version}`)
  })
}

const ensure = (build: BuildInStage, target: BuildTarget = TARGET): ReturnType<typeof ensureNativeBinding> =>
  ensureNativeBinding({ projectRoot: project, sourceDir: SOURCE, target, build })

describe('ensureNativeBinding', () => {
  it('builds in a staged copy of better-sqlite3, keeps the addon in .native/, leaves node_modules byte-identical', async () => {
    const seen: { stageDir?: string; entries?: string[] } = {}
    const result = await ensure(stubBuild(seen))

    const outDir = checkoutBindingDir(project, TARGET)
    expect(result).toEqual({ path: join(outDir, NATIVE_BINDING_FILE), built: true })
    expect(readFileSync(result.path, 'utf8')).toBe('fake addon for electron 45.5.0')
    // The copy was made inside the project, away from node_modules, without the Node build.
    expect(relative(project, seen.stageDir ?? '')).toMatch(/^\.native[/\\]better-sqlite3[/\\]electron-45\.5\.0-.*\.staging[/\\]better-sqlite3$/)
    expect(seen.entries).toEqual(expect.arrayContaining(['binding.gyp', 'deps', 'lib', 'package.json', 'src']))
    expect(seen.entries).not.toContain('build')
    expect(existsSync(`${outDir}.staging`)).toBe(false)
    expect(JSON.parse(readFileSync(join(outDir, BUILD_INFO_FILE), 'utf8'))).toMatchObject({ ...TARGET, betterSqlite3: SOURCE_VERSION })
    expect(sha256(NODE_BINARY)).toBe(nodeBinaryBefore)
  })

  it('skips the work when the addon is there for exactly this target and better-sqlite3', async () => {
    await ensure(stubBuild())
    const again = stubBuild()
    expect(await ensure(again)).toMatchObject({ built: false })
    expect(again).not.toHaveBeenCalled()
  })

  it('builds again for another Electron version (its own folder), or after better-sqlite3 changed', async () => {
    const first = await ensure(stubBuild())
    const next = await ensure(stubBuild(), { ...TARGET, version: '46.0.0', abi: '151' })
    expect(next.built).toBe(true)
    expect(next.path).not.toBe(first.path)

    const info = join(checkoutBindingDir(project, TARGET), BUILD_INFO_FILE)
    writeFileSync(info, JSON.stringify({ ...TARGET, betterSqlite3: '11.0.0' }))
    expect((await ensure(stubBuild())).built).toBe(true)
  })

  it('a failed build leaves no addon and no record, so the next run tries again', async () => {
    const failing = vi.fn(async () => {
      throw new Error('prebuilt download failed and no Electron headers')
    })
    await expect(ensure(failing)).rejects.toThrow(/no Electron headers/)
    const outDir = checkoutBindingDir(project, TARGET)
    expect(existsSync(join(outDir, NATIVE_BINDING_FILE))).toBe(false)
    expect(existsSync(join(outDir, BUILD_INFO_FILE))).toBe(false)

    await expect(ensure(vi.fn(async () => {}))).rejects.toThrow(/produced no better_sqlite3\.node/)
  })
})

describe('the Electron build’s environment', () => {
  it('drops the npm_config_* options that would make node-gyp build against other headers', () => {
    const env = {
      PATH: 'bin-folder',
      npm_config_nodedir: 'node-headers',
      NPM_CONFIG_TARGET: '20.0.0',
      npm_config_runtime: 'node',
      npm_config_disturl: 'https://nodejs.org/dist',
      npm_package_config_node_gyp_nodedir: 'node-headers',
      npm_config_cache: 'npm-cache',
    }
    expect(withoutTargetOverrides(env)).toEqual({ PATH: 'bin-folder', npm_config_cache: 'npm-cache' })
  })
})
