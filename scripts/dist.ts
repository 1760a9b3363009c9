/**
 * npm run dist, after npm run build: better-sqlite3 for the installed Electron in .native/ (never
 * in node_modules), then electron-builder, which ships it as an extra resource (package.json:
 * npmRebuild false, extraResources). Builds for this machine's platform and CPU: node-gyp cannot
 * cross-compile. Extra arguments go to electron-builder.
 */
import { electronTarget, readElectronPackage } from './lib/electron-package'
import { nativeBuildFailedLine, nodeSatisfiesElectron, nodeTooOldLine } from './lib/launch-messages'
import { ensureNativeBinding } from './lib/native-binding-build'
import { buildForElectron } from './lib/native-builders'
import { ELECTRON_VERSION_ENV } from './lib/packaging'
import { installedPackageDir, PROJECT_ROOT, runPackageBin } from './lib/project'

const COMMAND = 'npm run dist'

async function main(): Promise<number> {
  const electron = readElectronPackage(installedPackageDir('electron'))
  if (!nodeSatisfiesElectron(electron, process.versions.node)) {
    process.stderr.write(`${nodeTooOldLine(COMMAND, electron, process.versions.node)}\n`)
    return 1
  }
  try {
    await ensureNativeBinding({ projectRoot: PROJECT_ROOT, target: electronTarget(electron), build: buildForElectron, log: (line) => console.log(line) })
  } catch (err) {
    process.stderr.write(`${nativeBuildFailedLine(COMMAND, electron, err instanceof Error ? err.message : String(err))}\n`)
    return 1
  }
  return runPackageBin('electron-builder', process.argv.slice(2), { ...process.env, [ELECTRON_VERSION_ENV]: electron.version })
}

process.exitCode = await main().catch((err: unknown) => {
  process.stderr.write(`${COMMAND}: ${err instanceof Error ? err.message : String(err)}\n`)
  return 1
})
