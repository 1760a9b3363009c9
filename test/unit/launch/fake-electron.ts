/** A stand-in for node_modules/electron in a temporary folder: its files only, never a real binary. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface FakeElectronOptions {
  readonly version?: string
  readonly abi?: string
  readonly nodeRange?: string
  /** Writes dist/ and path.txt as electron's install.js does after a download. */
  readonly installed?: boolean
  /** The body of install.js; by default it records the attempt in attempts.txt and fails, offline. */
  readonly installScript?: string
}

export const RECORD_ATTEMPT_AND_FAIL = `require('node:fs').appendFileSync(require('node:path').join(__dirname, 'attempts.txt'), 'attempt\\n')
console.log('Downloading Electron binary...')
console.error(new Error('fetch failed').stack)
process.exit(1)
`

export function fakeElectron(options: FakeElectronOptions = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-fake-electron-'))
  const version = options.version ?? '45.5.0'
  const pkg = { name: 'electron', version, ...(options.nodeRange ? { engines: { node: options.nodeRange } } : {}) }
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg))
  writeFileSync(join(dir, 'abi_version'), options.abi ?? '150')
  writeFileSync(join(dir, 'install.js'), options.installScript ?? RECORD_ATTEMPT_AND_FAIL)
  if (options.installed) {
    mkdirSync(join(dir, 'dist'))
    writeFileSync(join(dir, 'dist', 'version'), `v${version}`)
    writeFileSync(join(dir, 'dist', 'electron'), '')
    writeFileSync(join(dir, 'path.txt'), 'electron')
  }
  return dir
}
