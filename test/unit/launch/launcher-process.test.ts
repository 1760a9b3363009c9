/**
 * The launcher as npm start runs it, pointed at a fake electron package (--electron-dir), so
 * nothing is downloaded: one line on stderr, exit code 1, no stack trace. The install attempt runs
 * as a real child process (its exit code, the installer's noise kept off the terminal); the
 * refusals that never reach the installer call launch() in this process, capturing its output.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { launch, type LaunchMode } from '../../../scripts/lib/launcher'
import { PROJECT_ROOT } from '../../support/cli'
import { fakeElectron } from './fake-electron'

/** tsx's loader, as `npm start` (tsx scripts/launch.ts) has it, without the tsx CLI's extra process. */
const TSX_LOADER = pathToFileURL(join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href
const made: string[] = []
afterEach(() => {
  vi.restoreAllMocks()
  made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }))
})

interface Run {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
  readonly tmp: string
}

/** scripts/launch.ts in a child process, as npm start runs it. */
function launchProcess(mode: LaunchMode, electronDir: string): Promise<Run> {
  const tmp = mkdtempSync(join(tmpdir(), 'marsad-launch-'))
  made.push(electronDir, tmp)
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX_LOADER, 'scripts/launch.ts', mode, '--electron-dir', electronDir], {
      cwd: PROJECT_ROOT,
      // TMPDIR: the install log lands in this test's folder.
      env: { ...process.env, TMPDIR: tmp, FORCE_COLOR: '0' },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr, tmp }))
  })
}

/** launch() in this process, with what it writes to stdout and stderr captured instead. */
async function launchHere(mode: LaunchMode, electronDir: string): Promise<Omit<Run, 'tmp'>> {
  made.push(electronDir)
  let stdout = ''
  let stderr = ''
  const capture = (append: (text: string) => void) => (chunk: string | Uint8Array) => (append(String(chunk)), true)
  vi.spyOn(process.stdout, 'write').mockImplementation(capture((text) => (stdout += text)))
  vi.spyOn(process.stderr, 'write').mockImplementation(capture((text) => (stderr += text)))
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void (stdout += `${args.join(' ')}\n`))
  const code = await launch({ mode, electronDir, forwardArgs: [] })
  vi.restoreAllMocks()
  return { code, stdout, stderr }
}

const attempts = (electronDir: string): number =>
  existsSync(join(electronDir, 'attempts.txt')) ? readFileSync(join(electronDir, 'attempts.txt'), 'utf8').trim().split('\n').length : 0

describe('npm start without the Electron binary', () => {
  it('tries electron’s installer once, then prints one line pointing to serve and exits 1', async () => {
    const electron = fakeElectron({ nodeRange: '>=18.0.0' })
    const run = await launchProcess('start', electron)
    expect(run.code).toBe(1)
    expect(attempts(electron)).toBe(1)
    const lines = run.stderr.split('\n').filter(Boolean)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^npm start: Electron 45\.5\.0's binary is not installed and its download failed \(log: .*marsad-electron-install\.log\)/)
    expect(lines[0]).toContain('npm run -s marsad -- serve')
    // The installer's own noise (its stack trace) is in the log, not on the terminal.
    expect(run.stderr + run.stdout).not.toMatch(/\n\s+at /)
    expect(readFileSync(join(run.tmp, 'marsad-electron-install.log'), 'utf8')).toContain('fetch failed')
  })

  it('on a Node older than Electron declares, does not try to install and says so in one line', async () => {
    const electron = fakeElectron({ nodeRange: '>=99.0.0' })
    const run = await launchHere('dev', electron)
    expect(run.code).toBe(1)
    expect(attempts(electron)).toBe(0)
    const lines = run.stderr.split('\n').filter(Boolean)
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^npm run dev: Electron 45\\.5\\.0 is not installed, and installing it needs Node >=99\\.0\\.0 \\(this is Node ${process.versions.node.replace(/\./g, '\\.')}\\)`))])
    expect(lines[0]).toContain('npm run -s marsad -- serve')
    expect(run.stdout).toBe('')
  })

  it('with the binary installed but Node too old, refuses before building anything', async () => {
    const electron = fakeElectron({ nodeRange: '>=99.0.0', installed: true })
    const run = await launchHere('start', electron)
    expect(run.code).toBe(1)
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([expect.stringMatching(/^npm start: the desktop app needs Node >=99\.0\.0/)])
    expect(run.stdout).not.toMatch(/Preparing better-sqlite3/)
  })
})
