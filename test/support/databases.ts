/** Database files at a given schema version, for tests that carry old files forward. */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { MIGRATIONS } from '../../electron/core/store/migrations'

/** A database file at `version`, built by running the migrations up to it; `raw` is left open to fill it. */
export function databaseAt(version: number): { path: string; raw: Database.Database } {
  const path = join(mkdtempSync(join(tmpdir(), 'marsad-migrate-')), `v${version}.sqlite`)
  const raw = new Database(path)
  for (let v = 0; v < version; v++) raw.exec(MIGRATIONS[v])
  raw.pragma(`user_version = ${version}`)
  return { path, raw }
}
