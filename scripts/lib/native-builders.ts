/**
 * The two ways to build a staged better-sqlite3: for Electron (@electron/rebuild: the prebuilt
 * download through prebuild-install, else node-gyp against Electron's headers, both fetched from
 * the network) and for this Node (node-gyp, offline when given Node's own headers with nodedir).
 */
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import type { BuildTarget } from './electron-package'
import type { BuildInStage } from './native-binding-build'

/**
 * node-gyp reads npm_config_<option> from the environment AFTER its command line, so a nodedir
 * in the user's .npmrc (npm exports it to every script: npm_config_nodedir) would silently build
 * "for Electron" against Node's headers. These are the options that pick the headers and ABI.
 */
const TARGET_SELECTING = /^npm_(?:config|package_config_node_gyp)_(?:nodedir|target|target_arch|runtime|disturl|dist_url|arch)$/i

export function withoutTargetOverrides(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !TARGET_SELECTING.test(key)))
}

/** @electron/rebuild forks node-gyp and prebuild-install with process.env: the overrides leave it for the build's duration. */
async function withoutTargetOverridesInProcess<T>(run: () => Promise<T>): Promise<T> {
  const removed = Object.entries(process.env).filter(([key]) => TARGET_SELECTING.test(key))
  for (const [key] of removed) delete process.env[key]
  try {
    return await run()
  } finally {
    for (const [key, value] of removed) process.env[key] = value
  }
}

export const buildForElectron: BuildInStage = async (stageDir, target) => {
  const { rebuild } = await import('@electron/rebuild')
  await withoutTargetOverridesInProcess(() =>
    rebuild({
      buildPath: stageDir,
      electronVersion: target.version,
      platform: target.platform as NodeJS.Platform,
      arch: target.arch,
      // The staged package itself, nothing else: it has no node_modules and stops the search upwards.
      onlyModules: [],
      force: true,
      disablePreGypCopy: true,
      mode: 'sequential',
    }),
  )
}

/** For runtime Node only: node-gyp as @electron/rebuild resolves it (the same copy it builds Electron's with). */
function nodeGypScript(): string {
  const fromRebuild = createRequire(createRequire(import.meta.url).resolve('@electron/rebuild'))
  return fromRebuild.resolve('node-gyp/bin/node-gyp.js')
}

/** `nodedir`: Node's headers (e.g. /usr, holding include/node); without it node-gyp downloads them. */
export function buildForNode(nodedir: string | undefined): BuildInStage {
  return async (stageDir: string, target: BuildTarget) => {
    if (target.runtime !== 'node' || target.version !== process.versions.node) {
      throw new Error(`buildForNode builds for this Node (${process.versions.node}) only, not ${target.runtime} ${target.version}`)
    }
    const args = [nodeGypScript(), 'rebuild', '--release', `--jobs=${availableParallelism()}`, ...(nodedir ? [`--nodedir=${nodedir}`] : [])]
    const output: Buffer[] = []
    const child = spawn(process.execPath, args, { cwd: stageDir, env: withoutTargetOverrides(process.env), stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk))
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject)
      child.on('close', resolve)
    })
    if (code !== 0) {
      process.stderr.write(Buffer.concat(output))
      throw new Error(`node-gyp failed (exit ${code}) in ${stageDir}`)
    }
  }
}
