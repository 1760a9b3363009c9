/** Opens the SQLite file: WAL, foreign keys, and every pending migration. */
import { existsSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { MarsadError } from '../errors/marsad-error'
import { MIGRATIONS } from './migrations'

export type Db = Database.Database

/**
 * How long a write waits for another connection's (another process's) write to end before failing
 * with "database is locked". Every write transaction begins IMMEDIATE (Store.transaction), so a
 * writer waits here for its turn rather than failing at once on a lock upgrade. Ingest and rescan
 * transactions last milliseconds to a few seconds (matching runs before ingest's); 30 s leaves room
 * for a loaded machine and a migration of a large archive, while a wedged writer still surfaces.
 */
export const BUSY_TIMEOUT_MS = 30_000

export interface OpenDatabaseOptions {
  /**
   * better-sqlite3's compiled addon (a .node file) to load instead of node_modules' own. The
   * desktop app passes its build for Electron's ABI; plain Node callers leave it out.
   */
  readonly nativeBinding?: string
}

const MMAP_BYTES = 256 * 2 ** 20

export function openDatabase(path: string, options: OpenDatabaseOptions = {}): Db {
  // Checked first: better-sqlite3 would only say "Cannot find module", and nothing is created yet.
  if (options.nativeBinding !== undefined && !existsSync(options.nativeBinding)) {
    throw new MarsadError({ code: 'db.native_module_missing', path: options.nativeBinding })
  }
  let db: Db | undefined
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
    // The busy timeout is set by the constructor, before anything else: even switching a new file
    // to WAL takes a lock another process may hold.
    db = new Database(path, { nativeBinding: options.nativeBinding, timeout: BUSY_TIMEOUT_MS })
    useWal(db)
    db.pragma('foreign_keys = ON')
    // Pages read through a memory map instead of a read() call each: a timeline page, a search or
    // an export reading a big archive spends about half its time less (measured at 100k
    // articles). Bounded, so a 10 GB archive maps only its first quarter gigabyte.
    db.pragma(`mmap_size = ${MMAP_BYTES}`)
    migrate(db)
    return db
  } catch (err) {
    db?.close()
    if (err instanceof MarsadError) throw err
    // A folder we may not write, a path that is a directory, a file that is not SQLite…
    const detail = (err instanceof Error ? err.message : String(err)).split('\n')[0]
    throw new MarsadError({ code: 'db.open_failed', path, detail })
  }
}

/**
 * Switches the file to WAL (a no-op once it is). On a new file another process may be switching it
 * at the same moment, and SQLite answers that race with SQLITE_BUSY at once, without its busy
 * handler: wait a little and try again (a switch takes milliseconds), up to the busy timeout.
 */
function useWal(db: Db): void {
  const giveUpAt = Date.now() + BUSY_TIMEOUT_MS
  for (;;) {
    try {
      db.pragma('journal_mode = WAL')
      return
    } catch (err) {
      if ((err as { code?: unknown }).code !== 'SQLITE_BUSY' || Date.now() > giveUpAt) throw err
      Atomics.wait(PAUSE, 0, 0, 5)
    }
  }
}

/** Something to Atomics.wait on: a synchronous pause, as SQLite's own busy handler makes. */
const PAUSE = new Int32Array(new SharedArrayBuffer(4))

/**
 * Runs the pending migrations, each in its own immediate transaction that reads the version again
 * once it holds the write lock: two processes opening a new file at once (the app and a command)
 * then migrate it once between them, the second finding the work done instead of redoing it.
 */
export function migrate(db: Db): void {
  // An up-to-date file is only read: opening it never waits for another process's writes.
  if (checkedVersion(db) === MIGRATIONS.length) return
  const step = db.transaction((): boolean => {
    const version = checkedVersion(db)
    if (version === MIGRATIONS.length) return false
    db.exec(MIGRATIONS[version])
    db.pragma(`user_version = ${version + 1}`)
    return true
  })
  while (step.immediate()) {
    // One migration per transaction, as before: a failed one leaves the file at the last good version.
  }
}

/** The file's schema version; a file from a newer Marsad is refused untouched. */
function checkedVersion(db: Db): number {
  const version = db.pragma('user_version', { simple: true }) as number
  if (version > MIGRATIONS.length) throw new MarsadError({ code: 'db.newer_schema', version, supported: MIGRATIONS.length })
  return version
}

const statementCaches = new WeakMap<Db, Map<string, Database.Statement>>()

/** A statement prepared once per database and SQL text: re-preparing was ~10 % of ingest time. */
export function prepared(db: Db, sql: string): Database.Statement {
  let cache = statementCaches.get(db)
  if (!cache) {
    cache = new Map()
    statementCaches.set(db, cache)
  }
  let statement = cache.get(sql)
  if (!statement) {
    statement = db.prepare(sql)
    cache.set(sql, statement)
  }
  return statement
}
