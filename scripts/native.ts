/**
 * Prepares better-sqlite3's addon in .native/better-sqlite3/<runtime>-<version>-<platform>-<arch>/,
 * leaving node_modules alone, and prints its path. Nothing to do when it is already there.
 *
 *   tsx scripts/native.ts [electron]           for the installed Electron (what npm start runs)
 *   tsx scripts/native.ts node [--nodedir DIR]  for this Node: proves the pipeline offline
 *   --force                                     build even if present
 */
import { parseArgs } from 'node:util'
import { electronTarget, nodeTarget, readElectronPackage } from './lib/electron-package'
import { nodeSatisfiesElectron, nodeTooOldLine } from './lib/launch-messages'
import { ensureNativeBinding } from './lib/native-binding-build'
import { buildForElectron, buildForNode } from './lib/native-builders'
import { installedPackageDir, PROJECT_ROOT } from './lib/project'

const { values, positionals } = parseArgs({ options: { nodedir: { type: 'string' }, force: { type: 'boolean' } }, allowPositionals: true })
const runtime = positionals[0] ?? 'electron'
// Under npm, a nodedir from .npmrc arrives as npm_config_nodedir (used for runtime node only).
const nodedir = values.nodedir ?? process.env.npm_config_nodedir

async function main(): Promise<number> {
  if (runtime !== 'electron' && runtime !== 'node') {
    process.stderr.write('usage: tsx scripts/native.ts [electron | node [--nodedir DIR]] [--force]\n')
    return 2
  }
  let target = nodeTarget()
  if (runtime === 'electron') {
    const electron = readElectronPackage(installedPackageDir('electron'))
    if (!nodeSatisfiesElectron(electron, process.versions.node)) {
      process.stderr.write(`${nodeTooOldLine('npm run native', electron, process.versions.node)}\n`)
      return 1
    }
    target = electronTarget(electron)
  }
  const started = performance.now()
  const { path, built } = await ensureNativeBinding({
    projectRoot: PROJECT_ROOT,
    target,
    build: runtime === 'electron' ? buildForElectron : buildForNode(nodedir),
    force: values.force ?? false,
    log: (line) => process.stderr.write(`${line}\n`),
  })
  if (built) process.stderr.write(`built in ${((performance.now() - started) / 1000).toFixed(1)} s\n`)
  process.stdout.write(`${path}\n`)
  return 0
}

process.exitCode = await main().catch((err: unknown) => {
  process.stderr.write(`npm run native: ${err instanceof Error ? err.message : String(err)}\n`)
  return 1
})
