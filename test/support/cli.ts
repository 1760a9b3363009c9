/** Runs the real `marsad` command the way the README says: npm run -s marsad -- … */
import { spawn, type ChildProcess } from 'node:child_process'
import { resolve } from 'node:path'

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..')

export interface CliResult {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

export function runMarsad(args: readonly string[], stdin?: string): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('npm', ['run', '-s', 'marsad', '--', ...args], { cwd: PROJECT_ROOT, env: { ...process.env, FORCE_COLOR: '0' } })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }))
    child.stdin.end(stdin ?? '')
  })
}

/** Starts `marsad serve` on a database; resolves with the URL it prints first. Kill with process.kill(-child.pid). */
export function startServe(db: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('npm', ['run', '-s', 'marsad', '--', '--db', db, 'serve'], { cwd: PROJECT_ROOT, detached: true })
    let out = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d
      if (out.includes('\n')) resolvePromise({ child, url: out.split('\n')[0].trim() })
    })
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)))
  })
}
