/**
 * The launcher as npm start runs it, a real child process pointed at a fake electron package
 * (--electron-dir), so nothing is downloaded: one line on stderr, exit code 1, no stack trace.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../support/cli'
import { fakeElectron } from './fake-electron'

const TSX = join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs')
const made: string[] = []
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

interface Run {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
  readonly tmp: string
}

function launch(mode: 'start' | 'dev', electronDir: string): Promise<Run> {
  const tmp = mkdtempSync(join(tmpdir(), 'marsad-launch-'))
  made.push(electronDir, tmp)
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX, 'scripts/launch.ts', mode, '--electron-dir', electronDir], {
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

const attempts = (electronDir: string): number =>
  existsSync(join(electronDir, 'attempts.txt')) ? readFileSync(join(electronDir, 'attempts.txt'), 'utf8').trim().split('\n').length : 0

describe('npm start without the Electron binary', () => {
  it('tries electron’s installer once, then prints one line pointing to serve and exits 1', async () => {
    const electron = fakeElectron({ nodeRange: '>=18.0.0' })
    const run = await launch('start', electron)
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
    const run = await launch('dev', electron)
    expect(run.code).toBe(1)
    expect(attempts(electron)).toBe(0)
    const lines = run.stderr.split('\n').filter(Boolean)
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^npm run dev: Electron 45\\.5\\.0 is not installed, and installing it needs Node >=99\\.0\\.0 \\(this is Node ${process.versions.node.replace(/\./g, '\\.')}\\)`))])
    expect(lines[0]).toContain('npm run -s marsad -- serve')
  })

  it('with the binary installed but Node too old, refuses before building anything', async () => {
    const electron = fakeElectron({ nodeRange: '>=99.0.0', installed: true })
    const run = await launch('start', electron)
    expect(run.code).toBe(1)
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([expect.stringMatching(/^npm start: the desktop app needs Node >=99\.0\.0/)])
    expect(run.stdout).not.toMatch(/Preparing better-sqlite3/)
  })
})
