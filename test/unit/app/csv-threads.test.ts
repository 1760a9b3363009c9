/**
 * A big export's rows written on threads (csv-export.ts, csv-workers.ts): the CSV is the very one
 * the core's thread writes, row for row and in the view's order, whether the threads start, do
 * not start, or stop part way. A real SQLite file (the threads open it beside the test's
 * connection), fixture articles flagged by the shipped watchlists.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { CoreContext } from '../../../electron/core/app/context'
import { chunkText, writeViewCsv, type CsvThreading } from '../../../electron/core/app/csv-export'
import { startCsvWorkers, type CsvWorkers } from '../../../electron/core/app/csv-workers'
import { validatedInput } from '../../../electron/core/contract/dispatch'
import { rescanArticles } from '../../../electron/core/monitor/rescan'
import { Matcher } from '../../../electron/core/rules/matcher'
import { Store } from '../../../electron/core/store/store'
import { defaultWatchlistFile } from '../../support/default-watchlists'
import { fixtureArticles } from '../../support/feeds'

const ARTICLES = 1_300
let path: string
let store: Store
let ctx: CoreContext

beforeAll(async () => {
  path = join(mkdtempSync(join(tmpdir(), 'marsad-csv-threads-')), 'marsad.sqlite')
  store = Store.open(path)
  const feed = store.feeds.add('https://desk.example/rss', 'المركزية', 0)
  const fixtures = fixtureArticles()
  store.transaction(() => {
    for (let i = 0; i < ARTICLES; i++) {
      const a = fixtures[i % fixtures.length]
      store.articles.insert({ feedId: feed.id, source: 'المركزية', guid: `${a.id}-${i}`, url: a.link, title: a.title, body: a.body, publishedAt: 60_000 * (i + 1), publishedGuessed: false, fetchedAt: 0 })
    }
  })
  const matcher = new Matcher(defaultWatchlistFile)
  await rescanArticles(store, matcher, { threads: 0 })
  ctx = { store, matcher: () => matcher } as Partial<CoreContext> as CoreContext
})
afterAll(() => store.close())

async function csvOf(view: Record<string, unknown>, threading: CsvThreading | undefined): Promise<{ csv: string; rows: number }> {
  const chunks: string[] = []
  const rows = await writeViewCsv(ctx, validatedInput('exportCsv', { ...view, timeZone: 'Asia/Beirut' }), (c) => void chunks.push(chunkText(c)), () => {}, threading)
  return { csv: chunks.join(''), rows }
}

/** Real threads on the test's file, counting the batches they were sent. */
function countedThreads(): { threading: CsvThreading; sent: () => number } {
  let sent = 0
  const start = async (): Promise<CsvWorkers> => {
    const workers = await startCsvWorkers({ path }, 2)
    return {
      lines: (batch) => {
        sent++
        return workers.lines(batch)
      },
      close: () => workers.close(),
    }
  }
  return { threading: { start, from: 0, waitForThreads: true, batchRows: 150 }, sent: () => sent }
}

describe('a CSV export written on threads', () => {
  it.each([
    ['every article', {}],
    ['flagged articles', { flaggedOnly: true }],
    ['a search, by best match', { search: 'الارهاب', sort: 'score' }],
  ])('writes %s exactly as the core’s thread does', async (_label, view) => {
    const here = await csvOf(view, undefined)
    expect(here.rows).toBeGreaterThan(50)
    const { threading, sent } = countedThreads()
    const threaded = await csvOf(view, threading)
    expect(sent()).toBeGreaterThanOrEqual(Math.ceil(here.rows / 150))
    expect(threaded).toEqual(here)
  })

  it('writes every row here when the threads cannot start', async () => {
    const here = await csvOf({}, undefined)
    expect(here.rows).toBe(ARTICLES)
    const refused = await csvOf({}, { start: () => Promise.reject(new Error('no worker code')), from: 0, waitForThreads: true })
    expect(refused).toEqual(here)
  })

  it('writes here what a thread that stops part way held, and the rest, losing no row', async () => {
    const here = await csvOf({}, undefined)
    let sent = 0
    let closed = false
    const stopsAtThird = async (): Promise<CsvWorkers> => {
      const workers = await startCsvWorkers({ path }, 2)
      return {
        lines: (batch) => {
          sent++
          return sent >= 3 ? Promise.reject(new Error('a worker thread stopped (exit code 1)')) : workers.lines(batch)
        },
        close: async () => {
          closed = true
          await workers.close()
        },
      }
    }
    const threaded = await csvOf({}, { start: stopsAtThird, from: 0, waitForThreads: true, batchRows: 150 })
    expect(threaded).toEqual(here)
    expect(closed).toBe(true)
    // The page in flight when the third batch failed was sent whole; none after it.
    expect(sent).toBeLessThanOrEqual(Math.ceil(1000 / 150))
  })

  it('starts threads only once the export has read the rows it is told to wait for', async () => {
    let started = 0
    const counting: CsvThreading = { start: () => ((started++, Promise.reject(new Error('not here')))), from: ARTICLES + 1 }
    await csvOf({}, counting)
    expect(started).toBe(0)
    await csvOf({}, { ...counting, from: 1000 })
    expect(started).toBe(1)
  })

  it('does not wait for threads still starting when it is over, and stops them once they are ready', async () => {
    const here = await csvOf({}, undefined)
    let ready: ((workers: CsvWorkers) => void) | undefined
    let closed = false
    const slow: CsvThreading = { start: () => new Promise((resolve) => (ready = resolve)), from: 0 }
    expect(await csvOf({}, slow)).toEqual(here)
    expect(ready).toBeDefined()
    ready?.({ lines: () => Promise.reject(new Error('not used')), close: async () => void (closed = true) })
    await vi.waitFor(() => expect(closed).toBe(true))
  })

  it('fails as a whole, with the row\'s error, when a batch cannot be written by a thread nor here', async () => {
    const firstId = store.timeline.page({ filter: {}, sort: 'time', limit: 1 })[0].id
    const forArticles = store.hits.forArticles.bind(store.hits)
    const broken = vi.spyOn(store.hits, 'forArticles').mockImplementation((ids) => {
      if (ids.includes(firstId)) throw new Error('cannot read the first row')
      return forArticles(ids)
    })
    const refusing: CsvThreading = {
      start: async () => ({ lines: () => Promise.reject(new Error('a worker thread stopped')), close: async () => {} }),
      from: 0,
      waitForThreads: true,
      batchRows: 150,
    }
    try {
      await expect(csvOf({}, refusing)).rejects.toThrow('cannot read the first row')
    } finally {
      broken.mockRestore()
    }
  })

  it('reads a lone surrogate in the core thread\'s text as a thread\'s bytes carry it', () => {
    for (const text of ['قال\uD800 المصدر', '\uDC00x', 'سليم 😀']) {
      expect(chunkText(text)).toBe(chunkText(new TextEncoder().encode(text)))
    }
    expect(chunkText('سليم 😀')).toBe('سليم 😀')
  })
})
