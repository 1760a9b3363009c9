/** Database files for tests: at a given schema version (to carry old files forward), or opened and closed for them. */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach } from 'vitest'
import { MIGRATIONS } from '../../electron/core/store/migrations'
import { Store } from '../../electron/core/store/store'

/** A database file at `version`, built by running the migrations up to it; `raw` is left open to fill it. */
export function databaseAt(version: number): { path: string; raw: Database.Database } {
  const path = join(mkdtempSync(join(tmpdir(), 'marsad-migrate-')), `v${version}.sqlite`)
  const raw = new Database(path)
  for (let v = 0; v < version; v++) raw.exec(MIGRATIONS[v])
  raw.pragma(`user_version = ${version}`)
  return { path, raw }
}

/**
 * A function that opens a Store on a file (a new temporary one when no path is given), for a test
 * file: every store it opened and the test left open is closed after each test.
 */
export function storeOpener(): (path?: string) => Store {
  const opened: Store[] = []
  afterEach(() => opened.splice(0).forEach((s) => s.db.open && s.close()))
  return (path = join(mkdtempSync(join(tmpdir(), 'marsad-store-')), 'marsad.sqlite')) => {
    const store = Store.open(path)
    opened.push(store)
    return store
  }
}
