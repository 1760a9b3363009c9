/**
 * `marsad poll --once` while another poller holds the database's poll lease: it waits, saying
 * once for whom, and polls when the lease comes back; with --no-wait it fails at once, naming the
 * holder. And a `poll --once` ended by a signal gives the lease back rather than leave it behind.
 */
import { mkdtempSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../electron/cli/cli'
import { openDatabase } from '../../electron/core/store/database'
import { Store } from '../../electron/core/store/store'
import { spawnMarsad } from '../support/cli'
import { ARREST_STORY, rssFeed } from '../support/feeds'
import { startLocalServer, type LocalServer } from '../support/local-server'
import { runCliInProcess } from '../support/run-cli'

const SINCE = Date.UTC(2025, 0, 6, 8, 0)
/** The desktop app, as seen from here: on this machine, its process running (this one's pid). */
const APP = { token: 'app', kind: 'app', pid: process.pid, host: hostname() } as const

let dir: string
let server: LocalServer
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'marsad-poll-lease-'))
  server = await startLocalServer()
})
afterAll(() => server.close())

/** The app took the lease at SINCE and its heartbeat is current (a stale one would be taken over). */
function holdLease(store: Store): void {
  store.pollLease.acquire(APP, SINCE)
  store.pollLease.renew(APP.token, Date.now())
}

/** A database with one feed at `path` on the local server, and a handle on it to play the other poller. */
async function databaseWithFeed(name: string, path: string): Promise<{ db: string; store: Store }> {
  const db = join(dir, `${name}.sqlite`)
  const added = await runCliInProcess(['--db', db, 'feeds', 'add', server.url(path), '--name', 'الأخبار', '--no-check'])
  if (added.code !== 0) throw new Error(`feeds add failed: ${added.stderr}`)
  const store = new Store(openDatabase(db))
  return { db, store }
}

describe('poll --once beside another poller', () => {
  it('with --no-wait, fails at once naming the holder, and polls nothing', async () => {
    const { db, store } = await databaseWithFeed('no-wait', '/no-wait.xml')
    try {
      holdLease(store)
      const result = await runCliInProcess(['--db', db, 'poll', '--once', '--no-wait'])
      expect(result).toEqual({
        code: 1,
        stdout: '',
        stderr: `marsad: the desktop app is polling this database (pid ${process.pid} on ${hostname()}, since 2025-01-06T08:00:00Z)\n`,
      })
      expect(store.feeds.list()[0].lastCheckedAt).toBeNull()
    } finally {
      store.close()
    }
  })

  it('waits, saying so once, and polls when the lease is given back', async () => {
    server.route('/waited.xml', (_req, res) => res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(rssFeed('الأخبار', [ARREST_STORY])))
    const { db, store } = await databaseWithFeed('waits', '/waited.xml')
    try {
      holdLease(store)
      let stdout = ''
      let stderr = ''
      let told: () => void = () => {}
      const waiting = new Promise<void>((resolve) => (told = resolve))
      const run = runCli(['--db', db, 'poll', '--once'], {
        out: (line) => void (stdout += line + '\n'),
        err: (line) => {
          stderr += line + '\n'
          if (line.includes('waiting for')) told()
        },
        readStdin: () => '',
        timeZone: 'UTC',
      })
      await waiting
      expect(store.feeds.list()[0].lastCheckedAt).toBeNull()
      store.pollLease.release(APP.token)
      expect(await run).toBe(0)
      expect(stderr).toBe(`marsad: waiting for the desktop app (pid ${process.pid}, since 2025-01-06 08:00 +00:00) to finish polling this database\n`)
      expect(stdout).toBe('ok    الأخبار: 1 items, 1 new, 1 flagged\n')
      expect(store.pollLease.holder()).toBeNull()
    } finally {
      store.close()
    }
  })
})

it('a poll --once ended by a signal mid-poll gives the lease back', { timeout: 60_000 }, async ({ onTestFinished }) => {
  let arrived: () => void = () => {}
  const requested = new Promise<void>((resolve) => (arrived = resolve))
  server.route('/held.xml', () => arrived()) // never answered: the poll is in flight when the signal comes
  const { db, store } = await databaseWithFeed('signal', '/held.xml')
  try {
    const poll = spawnMarsad(['--db', db, 'poll', '--once'])
    onTestFinished(() => void poll.child.kill('SIGKILL'))
    await requested
    expect(store.pollLease.holder()).toMatchObject({ kind: 'cli', pid: poll.child.pid, host: hostname() })
    poll.child.kill('SIGTERM')
    // Ended by the signal, as without a listener, but not before giving the lease back.
    expect(await poll.exited).toEqual({ code: null, signal: 'SIGTERM' })
    expect(store.pollLease.holder()).toBeNull()
  } finally {
    store.close()
  }
})
