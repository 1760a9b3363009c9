/** The poll lease: one poller per database, taken over when its holder is gone. Clock and pid checks injected. */
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, type Db } from '../../../electron/core/store/database'
import { LEASE_STALE_AFTER_MS, PollLeaseTable, type LeaseClaim } from '../../../electron/core/store/poll-lease-table'

const T0 = Date.UTC(2025, 0, 6, 8, 0)
const APP: LeaseClaim = { token: 'app-token', kind: 'app', pid: 100, host: 'desk' }
const CLI: LeaseClaim = { token: 'cli-token', kind: 'cli', pid: 200, host: 'desk' }
const REMOTE: LeaseClaim = { token: 'remote-token', kind: 'serve', pid: 300, host: 'server-room' }

const dbs: Db[] = []
afterEach(() => dbs.splice(0).forEach((db) => db.close()))

/** A lease table on a new database; `alive` lists the pids of this machine that are running. */
function lease(alive: number[] = [100, 200, 300]): PollLeaseTable {
  const db = openDatabase(':memory:')
  dbs.push(db)
  return new PollLeaseTable(db, { isAlive: (pid) => alive.includes(pid) })
}

describe('the poll lease', () => {
  it('goes to the first poller; the second is told who holds it and since when', () => {
    const table = lease()
    expect(table.acquire(APP, T0)).toEqual({ acquired: true })
    expect(table.acquire(CLI, T0 + 1000)).toEqual({ acquired: false, holder: { kind: 'app', pid: 100, host: 'desk', since: T0 } })
    expect(table.holder()).toEqual({ kind: 'app', pid: 100, host: 'desk', since: T0 })
  })

  it('is taken again by its holder, keeping since', () => {
    const table = lease()
    table.acquire(APP, T0)
    expect(table.acquire(APP, T0 + 5000)).toEqual({ acquired: true })
    expect(table.holder()?.since).toBe(T0)
  })

  it('is free again once released, and a release by another poller leaves it held', () => {
    const table = lease()
    table.acquire(APP, T0)
    table.release(CLI.token)
    expect(table.holder()?.kind).toBe('app')
    table.release(APP.token)
    expect(table.holder()).toBeNull()
    expect(table.acquire(CLI, T0 + 1000)).toEqual({ acquired: true })
    expect(table.holder()).toEqual({ kind: 'cli', pid: 200, host: 'desk', since: T0 + 1000 })
  })

  it('stays held while the heartbeat is renewed, and goes stale when it stops', () => {
    const table = lease()
    table.acquire(REMOTE, T0)
    // Renewed every minute for ten minutes: never stale, though taken long ago.
    for (let minute = 1; minute <= 10; minute++) expect(table.renew(REMOTE.token, T0 + minute * 60_000)).toBe(true)
    const lastBeat = T0 + 10 * 60_000
    expect(table.acquire(APP, lastBeat + LEASE_STALE_AFTER_MS).acquired).toBe(false)
    expect(table.acquire(APP, lastBeat + LEASE_STALE_AFTER_MS + 1)).toEqual({ acquired: true })
    expect(table.holder()).toEqual({ kind: 'app', pid: 100, host: 'desk', since: lastBeat + LEASE_STALE_AFTER_MS + 1 })
  })

  it('tells a holder whose lease was taken over that its renewal failed, and its release frees nothing', () => {
    const table = lease()
    table.acquire(REMOTE, T0)
    table.acquire(APP, T0 + LEASE_STALE_AFTER_MS + 1)
    expect(table.renew(REMOTE.token, T0 + LEASE_STALE_AFTER_MS + 2)).toBe(false)
    table.release(REMOTE.token)
    expect(table.holder()?.kind).toBe('app')
  })

  it('is taken over at once from a process of this machine that is gone', () => {
    const table = lease([200]) // the app (pid 100) died without releasing
    table.acquire(APP, T0)
    expect(table.acquire(CLI, T0 + 1)).toEqual({ acquired: true })
    expect(table.holder()?.pid).toBe(200)
  })

  it('never judges a pid of another machine: only the heartbeat says it stopped', () => {
    const table = lease([100]) // pid 300 is not running here, which says nothing of server-room
    table.acquire(REMOTE, T0)
    expect(table.acquire(APP, T0 + 1)).toMatchObject({ acquired: false, holder: { host: 'server-room', pid: 300 } })
  })
})
