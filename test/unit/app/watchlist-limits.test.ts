/**
 * A watchlist file that parses but cannot be built (a 20,000-link NEAR chain overflowed the stack
 * when the matcher was built) is refused before anything is saved; a database that already holds
 * one (saved by an older Marsad) still opens, says so, and keeps monitoring with the shipped set.
 * Real SQLite files, through the service as every adapter uses it.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { createService, type MarsadService } from '../../../electron/core/app/service'
import type { OperationOutput } from '../../../electron/core/contract/operations'
import { MarsadError } from '../../../electron/core/errors/marsad-error'
import { parseWatchlistFile } from '../../../electron/core/rules/watchlist-file'
import { arabicErrorText } from '../../../src/lib/errors'

const services: MarsadService[] = []
afterEach(() => services.splice(0).forEach((s) => s.close()))

const open = (dbPath: string): MarsadService => {
  const service = createService({ dbPath })
  services.push(service)
  return service
}
const newDbPath = (): string => join(mkdtempSync(join(tmpdir(), 'marsad-wl-limits-')), 'm.sqlite')

/** `قبضت NEAR/2 على NEAR/2 قبضت …`: each link is valid on its own. */
const nearChain = (links: number): string => Array.from({ length: links + 1 }, (_, i) => (i % 2 === 0 ? 'قبضت' : 'على')).join(' NEAR/2 ')

const fileWith = (query: string) => ({
  watchlists: [{ id: 'arrests', name: 'اعتقالات', terms: ['"مكافحة الإرهاب"', query], exclude: [], notify: true }],
})

async function refusal(service: MarsadService, op: string, input: unknown): Promise<MarsadError> {
  try {
    await service.call(op, input)
  } catch (err) {
    expect(err).toBeInstanceOf(MarsadError)
    return err as MarsadError
  }
  throw new Error(`${op} was not refused`)
}

const shipped = parseWatchlistFile(readFileSync(join(process.cwd(), 'resources/watchlists.json'), 'utf8'))

describe('setWatchlists refuses a set that cannot be built, and nothing changes', () => {
  it('refuses a 20,000-link NEAR chain as too long', async () => {
    const service = open(newDbPath())
    const before = (await service.call('getWatchlists', {})) as OperationOutput<'getWatchlists'>
    const err = await refusal(service, 'setWatchlists', fileWith(nearChain(20_000)))
    expect(err.detail).toMatchObject({ code: 'query.syntax', problem: 'too_long', limit: 10_000, watchlist: 'arrests' })
    expect(err.message).toContain('query is too long (at most 10000 characters)')
    expect(arabicErrorText(err.detail)).toContain('الاستعلام أطول من اللازم (10000 حرف على الأكثر)')
    expect(await service.call('getWatchlists', {})).toEqual(before)
    expect(service.watchlists().watchlists.map((w) => w.id)).toEqual(shipped.watchlists.map((w) => w.id))
  })

  it('refuses a short chain of 100 NEAR links as too deep', async () => {
    const service = open(newDbPath())
    const err = await refusal(service, 'setWatchlists', fileWith(nearChain(100)))
    expect(err.detail).toMatchObject({ code: 'query.syntax', problem: 'too_deep', limit: 64, watchlist: 'arrests' })
    expect(service.watchlists().watchlists.map((w) => w.id)).toEqual(shipped.watchlists.map((w) => w.id))
  })

  it('still takes a chain of real length', async () => {
    const service = open(newDbPath())
    expect(await service.call('setWatchlists', fileWith(nearChain(5)))).toEqual({ watchlists: 1 })
    await service.whenIdle()
    expect(service.watchlists().watchlists.map((w) => w.id)).toEqual(['arrests'])
  })
})

describe('a database whose stored watchlists cannot be built', () => {
  it('opens, says which watchlist and why, and monitors with the shipped watchlists', async () => {
    const dbPath = newDbPath()
    open(dbPath)
    services.splice(0).forEach((s) => s.close())
    // What an older Marsad saved: a definition that validated then but cannot be built.
    const raw = new Database(dbPath)
    const definition = { id: 'arrests', name: 'اعتقالات', terms: [{ query: nearChain(20_000), weight: 1 }], exclude: [], notify: true }
    raw.prepare('DELETE FROM watchlists').run()
    raw.prepare('INSERT INTO watchlists (id, position, definition) VALUES (?, 0, ?)').run('arrests', JSON.stringify(definition))
    raw
      .prepare("INSERT INTO articles (source, guid, title, body, published_at, fetched_at) VALUES ('مصدر', 'g1', ?, ?, 1, 1)")
      .run('إحباط هجوم إرهابي', 'أعلنت وزارة الداخلية أن قوات مكافحة الإرهاب أحبطت هجومًا إرهابيًا كانت تخطط له خلية تابعة لتنظيم داعش.')
    raw.close()

    const service = open(dbPath)
    const file = (await service.call('getWatchlists', {})) as OperationOutput<'getWatchlists'>
    expect(file.problem).toMatchObject({ code: 'query.syntax', problem: 'too_long', watchlist: 'arrests' })
    expect(file.watchlists.map((w) => w.id)).toEqual(shipped.watchlists.map((w) => w.id))
    const listed = (await service.call('listWatchlists', {})) as OperationOutput<'listWatchlists'>
    expect(listed.map((w) => w.id)).toEqual(shipped.watchlists.map((w) => w.id))
    // Every later command works: monitoring goes on with the shipped watchlists, which flag this story.
    expect(await service.call('rescan', {})).toMatchObject({ done: 1, flagged: 1 })
    const [flagged] = (await service.call('listArticles', { flaggedOnly: true })) as OperationOutput<'listArticles'>
    expect(flagged.hits.map((h) => h.watchlistId)).toContain('counter-terrorism')
    // And a good file replaces the broken one.
    expect(await service.call('setWatchlists', fileWith(nearChain(3)))).toEqual({ watchlists: 1 })
    await service.whenIdle()
    expect(((await service.call('getWatchlists', {})) as OperationOutput<'getWatchlists'>).problem).toBeUndefined()
  })
})
