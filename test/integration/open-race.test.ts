/**
 * Processes opening one new database at the same moment (the desktop app and a CLI command on a
 * first run): the migrations run once, in one of them, and every process opens the file.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { expect, it } from 'vitest'
import { MIGRATIONS } from '../../electron/core/store/migrations'
import { PROJECT_ROOT } from '../support/cli'

const TSX_LOADER = pathToFileURL(join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href
const CHILD = join(PROJECT_ROOT, 'test', 'support', 'open-database-child.ts')
const PROCESSES = 4
const ROUNDS = 8

/** A child that answers one line per path written to it. */
function opener() {
  const child = spawn(process.execPath, ['--import', TSX_LOADER, CHILD], { cwd: PROJECT_ROOT })
  const lines: string[] = []
  const waiters = new Set<() => void>()
  let partial = ''
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    const parts = (partial + d).split('\n')
    partial = parts.pop() ?? ''
    lines.push(...parts)
    for (const w of waiters) w()
  })
  child.on('close', () => waiters.forEach((w) => w()))
  /** Resolves with line `n` (0-based) once the child has written it. */
  const line = (n: number): Promise<string> =>
    new Promise((resolve, reject) => {
      const check = (): void => {
        if (lines.length > n) {
          waiters.delete(check)
          resolve(lines[n])
        } else if (child.exitCode !== null || child.signalCode !== null) {
          waiters.delete(check)
          reject(new Error(`opener ended early: ${lines.join(' | ')}`))
        }
      }
      waiters.add(check)
      check()
    })
  return { child, line }
}

it('processes opening a new database at once all open it, migrated once', { timeout: 120_000 }, async ({ onTestFinished }) => {
  const openers = Array.from({ length: PROCESSES }, opener)
  onTestFinished(() => openers.forEach((o) => o.child.kill('SIGKILL')))
  expect(await Promise.all(openers.map((o) => o.line(0)))).toEqual(openers.map(() => 'ready'))
  const dir = mkdtempSync(join(tmpdir(), 'marsad-open-race-'))
  for (let round = 1; round <= ROUNDS; round++) {
    // Every process loaded and waiting: the same new path goes to all of them in one go.
    const path = join(dir, `round-${round}.sqlite`)
    for (const o of openers) o.child.stdin.write(`${path}\n`)
    const answers = await Promise.all(openers.map((o) => o.line(round)))
    expect({ round, answers }).toEqual({ round, answers: openers.map(() => `opened ${MIGRATIONS.length}`) })
  }
  for (const o of openers) o.child.stdin.end()
})
