/**
 * The core opens its database through an explicit better-sqlite3 addon when given one (the desktop
 * app's Electron build), and plain Node callers keep working without. Here the explicit addon is
 * node_modules' own Node build, the only one this Node can load.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createService } from '../../../electron/core/app/service'
import { MarsadError } from '../../../electron/core/errors/marsad-error'
import { openDatabase } from '../../../electron/core/store/database'
import { installedPackageDir } from '../../../scripts/lib/project'
import { PROJECT_ROOT } from '../../support/cli'

const NODE_BINDING = join(installedPackageDir('better-sqlite3', PROJECT_ROOT), 'build', 'Release', 'better_sqlite3.node')

let dir: string
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'marsad-binding-'))))
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('openDatabase with nativeBinding', () => {
  it('opens and migrates through the addon it is given', () => {
    const db = openDatabase(join(dir, 'a.sqlite'), { nativeBinding: NODE_BINDING })
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThan(0)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    db.close()
  })

  it('without one, loads node_modules’ own build as before', () => {
    const db = openDatabase(':memory:')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    db.close()
  })

  it('a missing addon fails clearly, names the file and what to run, and creates nothing', () => {
    const missing = join(dir, '.native', 'better-sqlite3', 'electron-45.5.0-linux-x64', 'better_sqlite3.node')
    const dbPath = join(dir, 'new', 'a.sqlite')
    let error: unknown
    try {
      openDatabase(dbPath, { nativeBinding: missing })
    } catch (err) {
      error = err
    }
    expect(error).toBeInstanceOf(MarsadError)
    expect((error as MarsadError).detail).toEqual({ code: 'db.native_module_missing', path: missing })
    expect((error as MarsadError).message).toContain(missing)
    expect((error as MarsadError).message).toMatch(/npm start prepares it/)
    expect(() => openDatabase(join(dir, 'b.sqlite'), { nativeBinding: missing })).toThrow(MarsadError)
    expect(existsSync(join(dir, 'new'))).toBe(false)
  })

  it('createService passes the worker’s nativeBinding through to the database', () => {
    const service = createService({ dbPath: join(dir, 's.sqlite'), nativeBinding: NODE_BINDING })
    service.close()
    expect(() => createService({ dbPath: join(dir, 't.sqlite'), nativeBinding: join(dir, 'nope.node') })).toThrow(/nope\.node/)
  })
})
