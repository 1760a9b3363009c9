/**
 * Makes better-sqlite3's addon for one target in its own folder, never in node_modules: copy the
 * package's sources to a staging folder, build (or fetch) there, keep the .node file and a record
 * of what it was built for. node_modules/better-sqlite3 keeps its build for plain Node untouched.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { checkoutBindingDir, NATIVE_BINDING_FILE } from '../../electron/main/native-binding'
import type { BuildTarget } from './electron-package'
import { installedPackageDir } from './project'

/** Builds the staged copy for the target; on success, build/Release/better_sqlite3.node exists in it. */
export type BuildInStage = (stageDir: string, target: BuildTarget) => Promise<void>

export interface EnsureBindingOptions {
  readonly projectRoot: string
  readonly target: BuildTarget
  readonly build: BuildInStage
  /** better-sqlite3's installed package (default: the project's node_modules/better-sqlite3). */
  readonly sourceDir?: string
  /** Build even when a matching one is there. */
  readonly force?: boolean
  readonly log?: (line: string) => void
}

export interface EnsuredBinding {
  readonly path: string
  /** False when a build for exactly this target and better-sqlite3 version was already there. */
  readonly built: boolean
}

/** What build-info.json records beside the addon; all of it must match for the addon to be reused. */
export interface BuildInfo {
  readonly runtime: string
  readonly version: string
  readonly abi: string
  readonly platform: string
  readonly arch: string
  readonly betterSqlite3: string
}

export const BUILD_INFO_FILE = 'build-info.json'

/** What is never copied: a previous build (for Node's ABI) and anything installed inside the package. */
const NOT_STAGED = new Set(['build', 'node_modules', 'prebuilds', 'bin'])

export function stageBetterSqlite3(sourceDir: string, stageDir: string): void {
  rmSync(stageDir, { recursive: true, force: true })
  mkdirSync(stageDir, { recursive: true })
  cpSync(sourceDir, stageDir, {
    recursive: true,
    filter: (path) => !NOT_STAGED.has(relative(sourceDir, path).split(sep)[0]),
  })
}

function packageVersion(dir: string): string {
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version
}

function readBuildInfo(dir: string): Partial<BuildInfo> | undefined {
  try {
    return JSON.parse(readFileSync(join(dir, BUILD_INFO_FILE), 'utf8')) as Partial<BuildInfo>
  } catch {
    return undefined
  }
}

function sameBuild(a: Partial<BuildInfo> | undefined, b: BuildInfo): boolean {
  return !!a && (Object.keys(b) as (keyof BuildInfo)[]).every((key) => a[key] === b[key])
}

export async function ensureNativeBinding(options: EnsureBindingOptions): Promise<EnsuredBinding> {
  const { target, log = () => {} } = options
  const sourceDir = options.sourceDir ?? installedPackageDir('better-sqlite3', options.projectRoot)
  const outDir = checkoutBindingDir(options.projectRoot, target)
  const output = join(outDir, NATIVE_BINDING_FILE)
  const wanted: BuildInfo = { ...target, betterSqlite3: packageVersion(sourceDir) }
  if (!options.force && existsSync(output) && sameBuild(readBuildInfo(outDir), wanted)) return { path: output, built: false }

  const label = `better-sqlite3 ${wanted.betterSqlite3} for ${target.runtime} ${target.version} (ABI ${target.abi}, ${target.platform}-${target.arch})`
  log(`Preparing ${label} in ${relative(options.projectRoot, outDir)}…`)
  // Beside the output and inside the project, so @electron/rebuild finds prebuild-install in the
  // project's node_modules (for the prebuilt download) yet sees no node_modules of its own to rebuild.
  const stageRoot = `${outDir}.staging`
  const stageDir = join(stageRoot, 'better-sqlite3')
  stageBetterSqlite3(sourceDir, stageDir)
  await options.build(stageDir, target)
  const built = join(stageDir, 'build', 'Release', NATIVE_BINDING_FILE)
  if (!existsSync(built)) throw new Error(`the build of ${label} produced no ${NATIVE_BINDING_FILE} (staged in ${stageDir})`)

  // The record is written last: an interrupted run leaves no record, so the next run builds again.
  mkdirSync(outDir, { recursive: true })
  rmSync(join(outDir, BUILD_INFO_FILE), { force: true })
  copyFileSync(built, `${output}.partial`)
  renameSync(`${output}.partial`, output)
  writeFileSync(join(outDir, BUILD_INFO_FILE), `${JSON.stringify({ ...wanted, builtAt: new Date().toISOString() }, null, 2)}\n`)
  rmSync(stageRoot, { recursive: true, force: true })
  log(`Ready: ${relative(options.projectRoot, output)}`)
  return { path: output, built: true }
}
