/** Opens the SQLite file: WAL, foreign keys, and every pending migration. */
import { existsSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { MarsadError } from '../errors/marsad-error'
import { MIGRATIONS } from './migrations'

export type Db = Database.Database

export interface OpenDatabaseOptions {
  /**
   * better-sqlite3's compiled addon (a .node file) to load instead of node_modules' own. The
   * desktop app passes its build for Electron's ABI; plain Node callers leave it out.
   */
  readonly nativeBinding?: string
}

export function openDatabase(path: string, options: OpenDatabaseOptions = {}): Db {
  // Checked first: better-sqlite3 would only say "Cannot find module", and nothing is created yet.
  if (options.nativeBinding !== undefined && !existsSync(options.nativeBinding)) {
    throw new MarsadError({ code: 'db.native_module_missing', path: options.nativeBinding })
  }
  let db: Db | undefined
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
    db = new Database(path, { nativeBinding: options.nativeBinding })
    db.pragma('journal_mode = WAL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
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

export function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number
  if (current > MIGRATIONS.length) {
    throw new MarsadError({ code: 'db.newer_schema', version: current, supported: MIGRATIONS.length })
  }
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version])
      db.pragma(`user_version = ${version + 1}`)
    })()
  }
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
