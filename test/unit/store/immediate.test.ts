/**
 * Write transactions begin IMMEDIATE. A deferred one reads under a snapshot first; if another
 * connection (another process) commits before it writes, its write fails at once with SQLITE_BUSY,
 * whatever the busy timeout: that is how two pollers lost feeds. An immediate one holds the write
 * lock from its first statement, so the other writer waits its turn instead.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, expect, it } from 'vitest'
import { openDatabase } from '../../../electron/core/store/database'
import { Store } from '../../../electron/core/store/store'

const open: { close(): void }[] = []
afterEach(() => open.splice(0).forEach((db) => db.close()))

function twoConnections(): { store: Store; other: Database.Database } {
  const path = join(mkdtempSync(join(tmpdir(), 'marsad-immediate-')), 'shared.sqlite')
  const store = new Store(openDatabase(path))
  // The other process's connection, impatient: it reports a lock at once rather than waiting.
  const other = new Database(path, { timeout: 0 })
  open.push(store, other)
  return { store, other }
}

it("holds the write lock from the transaction's start: another writer is kept out, and the transaction's own write succeeds", () => {
  const { store, other } = twoConnections()
  const feed = store.feeds.add('https://a.example/rss', undefined, 1)
  let othersWrite: unknown
  store.transaction(() => {
    expect(store.feeds.get(feed.id)?.failures).toBe(0) // a read first, as ingest does
    try {
      other.prepare('UPDATE feeds SET name = ? WHERE id = ?').run('الآخر', feed.id)
    } catch (err) {
      othersWrite = err
    }
    store.feeds.recordFailure(feed.id, { code: 'feed.timeout', seconds: 20 }, 2, 3)
  })
  expect(othersWrite).toMatchObject({ code: 'SQLITE_BUSY' })
  expect(store.feeds.get(feed.id)).toMatchObject({ failures: 1, customName: null })
})

it('a deferred transaction, for contrast, loses its write to one committed after its read', () => {
  const { store, other } = twoConnections()
  const feed = store.feeds.add('https://a.example/rss', undefined, 1)
  const deferred = store.db.transaction(() => {
    store.feeds.get(feed.id)
    other.prepare('UPDATE feeds SET name = ? WHERE id = ?').run('الآخر', feed.id)
    store.feeds.recordFailure(feed.id, { code: 'feed.timeout', seconds: 20 }, 2, 3)
  })
  expect(() => deferred()).toThrow(expect.objectContaining({ code: 'SQLITE_BUSY_SNAPSHOT' }))
  expect(store.feeds.get(feed.id)).toMatchObject({ failures: 0, customName: 'الآخر' })
})
