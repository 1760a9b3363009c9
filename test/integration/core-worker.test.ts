/**
 * The desktop app runs the core in a worker thread (out/main/core-worker.js, built by
 * `npm run build`). This runs that very bundle under plain Node: it must not need Electron.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { csvBatchLines, type CsvBatch, type CsvLines } from '../../electron/core/app/csv-batch'
import { chunkText } from '../../electron/core/app/csv-export'
import { startCoreWorker } from '../../electron/core/app/worker-client'
import { Store } from '../../electron/core/store/store'
import { PROJECT_ROOT } from '../support/cli'

const bundle = join(PROJECT_ROOT, 'out/main/core-worker.js')

describe('core worker bundle', () => {
  it('is built', () => {
    expect(existsSync(bundle), 'run npm run build first (npm test does)').toBe(true)
  })

  it('answers contract calls and validates them inside the worker', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'marsad-worker-'))
    const core = await startCoreWorker(bundle, { dbPath: join(dir, 'marsad.sqlite'), defaultWatchlistsPath: join(PROJECT_ROOT, 'resources/watchlists.json') })
    try {
      const lists = await core.call('listWatchlists', {})
      expect(lists.ok && (lists.result as { id: string }[]).map((w) => w.id)).toContain('counter-terrorism')
      expect(await core.call('addFeed', { url: 'file:///etc/passwd' })).toMatchObject({ ok: false, error: { code: 'input.invalid', problem: 'not_http_url' } })
      expect(await core.call('listFeeds', {})).toEqual({ ok: true, result: [] })
    } finally {
      await core.close()
    }
  })

  it('tells hits queued while the app was closed only once the host listens, and then once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'marsad-worker-'))
    const dbPath = join(dir, 'marsad.sqlite')
    // A terminal poll stored and queued a flagged article while the app was closed.
    const seed = Store.open(dbPath)
    const feed = seed.feeds.add('https://e.com/rss', 'مصدر', 0)
    const id = seed.articles.insert({ feedId: feed.id, source: 'مصدر', guid: 'g1', url: null, title: 'تفكيك خلية إرهابية', body: 'نص', publishedAt: Date.now(), publishedGuessed: false, fetchedAt: Date.now() }) as number
    seed.notices.enqueue([{ articleId: id, watchlistId: 'counter-terrorism', watchlistName: 'مكافحة الإرهاب', score: 5, queuedAt: Date.now() }])
    seed.close()
    const core = await startCoreWorker(bundle, { dbPath, defaultWatchlistsPath: join(PROJECT_ROOT, 'resources/watchlists.json') })
    try {
      // Not told while nobody listens: still waiting after a round trip to the worker.
      await core.call('listFeeds', {})
      const waiting = Store.open(dbPath)
      expect(waiting.notices.waiting().map((h) => h.articleId)).toEqual([id])
      waiting.close()
      const told = new Promise<unknown>((resolve) => core.onEvent((event) => event.type === 'notice' && resolve(event.notice)))
      core.startNotifying()
      expect(await told).toMatchObject({ outcome: 'shown', reason: 'immediate', article: { id, title: 'تفكيك خلية إرهابية' } })
    } finally {
      await core.close()
    }
  })

  it('rescans on matching threads started beside the bundle', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'marsad-worker-'))
    const dbPath = join(dir, 'marsad.sqlite')
    // Stored now: the core's retention job would prune unflagged articles stored long ago.
    const seed = Store.open(dbPath)
    const feed = seed.feeds.add('https://e.com/rss', 'مصدر', 0)
    for (let i = 0; i < 40; i++) {
      const body = i % 4 === 0 ? 'نفذت قوات مكافحة الإرهاب عملية أمنية ضد خلية إرهابية' : 'ارتفعت أسعار النفط اليوم'
      seed.articles.insert({ feedId: feed.id, source: 'مصدر', guid: `g${i}`, url: null, title: `خبر ${i}`, body, publishedAt: Date.now(), publishedGuessed: false, fetchedAt: Date.now() })
    }
    seed.close()
    const core = await startCoreWorker(bundle, { dbPath, defaultWatchlistsPath: join(PROJECT_ROOT, 'resources/watchlists.json'), matchThreads: 2 })
    try {
      expect(await core.call('rescan', {})).toEqual({ ok: true, result: { done: 40, total: 40, flagged: 10, cancelled: false, threads: 2 } })
    } finally {
      await core.close()
    }
  })

  it('writes a batch of an export’s rows in a thread of the bundled csv-worker.js, as the core would', async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'marsad-worker-')), 'marsad.sqlite')
    const store = Store.open(dbPath)
    const feed = store.feeds.add('https://e.com/rss', 'مصدر', 0)
    const ids = Array.from({ length: 12 }, (_, i) =>
      store.articles.insert({ feedId: feed.id, source: 'مصدر', guid: `g${i}`, url: null, title: `خبر ${i}`, body: 'نفذت قوات مكافحة الإرهاب عملية أمنية', publishedAt: 60_000 * i, publishedGuessed: false, fetchedAt: 0 }) as number,
    )
    const batch: CsvBatch = { ids: ids.reverse(), names: new Map([['ct', 'إرهاب']]), columns: { watchlists: [{ id: 'ct', name: 'إرهاب' }], timeZone: 'Asia/Beirut' } }
    const expected = csvBatchLines(store, batch)
    expect(expected.rows).toBe(12)
    store.close()
    const worker = new Worker(join(PROJECT_ROOT, 'out/main/csv-worker.js'), { workerData: { path: dbPath } })
    try {
      const answer = await new Promise<{ batch: number; output: CsvLines }>((resolve, reject) => {
        worker.once('error', reject)
        worker.on('message', (message: { batch: number; output: CsvLines }) => ('ready' in message ? worker.postMessage({ batch: 7, input: batch }) : resolve(message)))
      })
      // The lines come back as UTF-8 bytes (moved, not copied, between threads).
      expect(answer.batch).toBe(7)
      expect(answer.output.chunk).toBeInstanceOf(Uint8Array)
      expect({ ...answer.output, chunk: chunkText(answer.output.chunk) }).toEqual(expected)
    } finally {
      await worker.terminate()
    }
  })

  it('reports a core that cannot start (bad default watchlists) instead of hanging', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'marsad-worker-'))
    const broken = join(dir, 'watchlists.json')
    writeFileSync(broken, '{"watchlists": [{"id": "x"')
    await expect(startCoreWorker(bundle, { dbPath: join(dir, 'marsad.sqlite'), defaultWatchlistsPath: broken })).rejects.toThrow(/not valid JSON/)
  })
})
