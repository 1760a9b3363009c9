/**
 * Polling 500 feeds end to end through the real service (fetch → decode → parse → match → store,
 * into a real SQLite file with the default watchlists), from a loopback HTTP server in this
 * process: a first poll with content, a second where every feed changed, a third answered 304.
 *
 * The poller fetches one feed at a time per host, so 500 feeds on 127.0.0.1 are polled one after
 * another; a second layout spreads the same feeds over HOSTS loopback addresses (127.0.0.1…),
 * each with its own listener on the same port (a socket bound to 127.0.0.1 does not answer
 * 127.0.0.2), so that up to `pollConcurrency` requests are in flight.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { createService } from '../../electron/core/app/service'
import type { PollReport } from '../../electron/core/contract/types'
import { rssFeed } from '../support/feeds'
import { articles } from './corpus'
import { measureAsync, report } from './measure'
import { englishMessage } from '../../electron/core/errors/english'

const FEEDS = 500
const ITEMS_PER_FEED = 20
/** New items in each feed at the second poll (the oldest as many drop off the end). */
const NEW_ITEMS = 3
const HOSTS = 50
const CONCURRENCY = 6
const SAMPLE_MS = 20
/** Server think time for the last 304 poll: loopback has no latency, real sites have some. */
const LATENCY_MS = 20
const MB = 1024 * 1024

// ---------------------------------------------------------------------------------------------
// The feeds: FEEDS documents, each at version 0 (items 0…19) or 1 (items 3…22, newest first).

interface FeedDoc {
  readonly etag: string
  readonly body: Buffer
}

function feedDoc(source: readonly { title: string; body: string }[], feed: number, version: number): FeedDoc {
  const first = version * NEW_ITEMS
  const items = []
  for (let n = first + ITEMS_PER_FEED - 1; n >= first; n--) {
    const a = source[(feed * 7 + n) % source.length]
    items.push({
      // A distinct guid, link and title per (feed, item): otherwise the store's dedup (same link or
      // same normalized text) would keep one copy of each fixture article for all 500 feeds.
      id: `bench-f${feed}-i${n}`,
      title: `${a.title} (${feed}-${n})`,
      body: a.body,
      link: `https://news${feed % 37}.example/${feed}/${n}`,
      pubDate: new Date(Date.UTC(2026, 0, 1) + n * 60_000 + feed * 1000).toUTCString(),
    })
  }
  return { etag: `"f${feed}-v${version}"`, body: Buffer.from(rssFeed(`مصدر ${feed}`, items)) }
}

// ---------------------------------------------------------------------------------------------
// One loopback server: one handler, one port, one listener per loopback address it is asked for.

class FeedServer {
  readonly docs: FeedDoc[] = []
  readonly counts = { ok: 0, notModified: 0, notFound: 0 }
  private readonly servers: Server[] = []
  port = 0
  /** Each answer waits this long first (0: at once). */
  delayMs = 0

  private readonly handle = (req: IncomingMessage, res: ServerResponse): void => {
    if (this.delayMs > 0) setTimeout(() => this.answer(req, res), this.delayMs)
    else this.answer(req, res)
  }

  private answer(req: IncomingMessage, res: ServerResponse): void {
    const match = /^\/feeds\/(\d+)\.xml$/.exec(req.url ?? '')
    const doc = match ? this.docs[Number(match[1])] : undefined
    if (!doc) {
      this.counts.notFound++
      res.writeHead(404).end()
    } else if (req.headers['if-none-match'] === doc.etag) {
      this.counts.notModified++
      res.writeHead(304, { ETag: doc.etag }).end()
    } else {
      this.counts.ok++
      res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Content-Length': doc.body.length, ETag: doc.etag }).end(doc.body)
    }
  }

  async listen(addresses: readonly string[]): Promise<void> {
    for (const address of addresses) {
      const server = createServer({ keepAliveTimeout: 60_000 }, this.handle)
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(this.port, address, () => resolve())
      })
      this.port = (server.address() as AddressInfo).port
      this.servers.push(server)
    }
  }

  origin(feed: number, hosts: number): string {
    return `http://127.0.0.${1 + (feed % hosts)}:${this.port}`
  }

  resetCounts(): void {
    this.counts.ok = this.counts.notModified = this.counts.notFound = 0
  }

  async close(): Promise<void> {
    await Promise.all(
      this.servers.map(
        (s) =>
          new Promise<void>((resolve) => {
            s.closeAllConnections()
            s.close(() => resolve())
          }),
      ),
    )
  }
}

// ---------------------------------------------------------------------------------------------
// Memory: the peak of process.memoryUsage() sampled every SAMPLE_MS while polls run.

class MemorySampler {
  rss = 0
  heapUsed = 0
  samples = 0
  private timer: NodeJS.Timeout | undefined

  start(): void {
    this.sample()
    this.timer = setInterval(() => this.sample(), SAMPLE_MS)
  }

  stop(): void {
    clearInterval(this.timer)
    this.sample()
  }

  private sample(): void {
    const m = process.memoryUsage()
    this.rss = Math.max(this.rss, m.rss)
    this.heapUsed = Math.max(this.heapUsed, m.heapUsed)
    this.samples++
  }
}

/** A full GC before each layout, so one layout's garbage does not count in the next one's memory. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc')
  const gc = runInNewContext('gc') as (() => void) | undefined
  gc?.()
}

// ---------------------------------------------------------------------------------------------

interface Totals {
  ok: number
  notModified: number
  fetched: number
  newArticles: number
  newHits: number
  errors: string[]
}

function totals(reports: readonly PollReport[]): Totals {
  const t: Totals = { ok: 0, notModified: 0, fetched: 0, newArticles: 0, newHits: 0, errors: [] }
  for (const r of reports) {
    if (r.ok) t.ok++
    else t.errors.push(r.error ? englishMessage(r.error) : '?')
    if (r.notModified) t.notModified++
    t.fetched += r.fetched
    t.newArticles += r.newArticles
    t.newHits += r.newHits
  }
  return t
}

const secs = (s: number): string => `${s.toFixed(2)} s`

interface Timed<T> {
  readonly seconds: number
  /** CPU time of the whole process (user + system): the figure the machine's other load moves least. */
  readonly cpuSeconds: number
  /** The longest the event loop was blocked (a synchronous parse or ingest), in ms. */
  readonly maxBlockMs: number
  readonly result: T
}

async function timed<T>(fn: () => Promise<T>): Promise<Timed<T>> {
  const loop = monitorEventLoopDelay({ resolution: 10 })
  loop.enable()
  const cpu = process.cpuUsage()
  const { seconds, result } = await measureAsync(fn)
  const used = process.cpuUsage(cpu)
  loop.disable()
  return { seconds, cpuSeconds: (used.user + used.system) / 1e6, maxBlockMs: loop.max / 1e6, result }
}

const timing = (t: Timed<unknown>): string =>
  `${(t.seconds * 1000 / FEEDS).toFixed(2)} ms/feed, CPU ${t.cpuSeconds.toFixed(2)} s, event loop blocked ≤ ${Math.round(t.maxBlockMs)} ms`
const mb = (bytes: number): string => `${Math.round(bytes / MB)} MB`

function errorsNote(t: Totals): string {
  if (t.errors.length === 0) return ''
  return `, ${t.errors.length} FAILED (e.g. ${t.errors[0]})`
}

/** The floor for a 304 poll: plain fetch() of every feed with a matching If-None-Match, as the poller schedules them. */
async function httpFloor(server: FeedServer, hosts: number): Promise<number> {
  const lanes: number[][] = Array.from({ length: hosts }, () => [])
  for (let f = 0; f < FEEDS; f++) lanes[f % hosts].push(f)
  const start = performance.now()
  // At most CONCURRENCY lanes at once, one request at a time per host.
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < lanes.length) {
      for (const f of lanes[next++]) {
        const res = await fetch(`${server.origin(f, hosts)}/feeds/${f}.xml`, { headers: { 'If-None-Match': server.docs[f].etag } })
        await res.body?.cancel()
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, lanes.length) }, worker))
  return (performance.now() - start) / 1000
}

async function scenario(server: FeedServer, versions: readonly FeedDoc[][], hosts: number): Promise<void> {
  const label = hosts === 1 ? '1 host' : `${hosts} hosts`
  server.docs.splice(0, server.docs.length, ...versions[0])
  const dir = mkdtempSync(join(tmpdir(), 'marsad-bench-poll-'))
  const dbPath = join(dir, 'poll.sqlite')
  const service = createService({ dbPath, pollConcurrency: CONCURRENCY })
  try {
    // Added one by one, not by OPML import: that would load jsdom (~90 MB), which a poll never needs.
    const added = await measureAsync(async () => {
      for (let f = 0; f < FEEDS; f++) await service.call('addFeed', { url: `${server.origin(f, hosts)}/feeds/${f}.xml`, name: `مصدر ${f}`, check: false })
      return FEEDS
    })
    report(`poll ${label}: add feeds`, secs(added.seconds), `${added.result} feeds added`)

    const poll = () => service.call('refreshNow', {}) as Promise<PollReport[]>
    collectGarbage()
    const memory = new MemorySampler()
    const before = process.memoryUsage()
    server.resetCounts()
    memory.start()

    const first = await timed(poll)
    const t1 = totals(first.result)
    report(
      `poll ${label}: 1st (all new)`,
      secs(first.seconds),
      `${t1.newArticles} items stored of ${t1.fetched} fetched, ${Math.round(t1.newArticles / first.seconds)} items/s, ` +
        `${t1.newHits} flagged, ${t1.ok}/${FEEDS} ok${errorsNote(t1)}; ${timing(first)}`,
    )

    server.docs.splice(0, server.docs.length, ...versions[1])
    const second = await timed(poll)
    const t2 = totals(second.result)
    report(
      `poll ${label}: 2nd (all changed)`,
      secs(second.seconds),
      `${t2.newArticles} new of ${t2.fetched} fetched, ${t2.newHits} flagged, ${t2.ok}/${FEEDS} ok${errorsNote(t2)}; ${timing(second)}`,
    )

    const third = await timed(poll)
    const t3 = totals(third.result)
    memory.stop()
    report(`poll ${label}: 3rd (all 304)`, secs(third.seconds), `${t3.notModified}/${FEEDS} not modified${errorsNote(t3)}; ${timing(third)}`)

    const c = server.counts
    if (c.notFound > 0 || c.ok !== 2 * FEEDS || c.notModified !== FEEDS) {
      report(`poll ${label}: server saw`, `${c.ok + c.notModified + c.notFound} req`, `${c.ok} × 200, ${c.notModified} × 304, ${c.notFound} × 404 (expected ${2 * FEEDS} × 200, ${FEEDS} × 304)`)
    }
    server.delayMs = LATENCY_MS
    const slow = await timed(poll)
    server.delayMs = 0
    const t4 = totals(slow.result)
    report(
      `poll ${label}: 3rd again, +${LATENCY_MS} ms latency`,
      secs(slow.seconds),
      `${t4.notModified}/${FEEDS} not modified${errorsNote(t4)}; ${timing(slow)}; the per-host rule at work (not in the memory peak)`,
    )
    const floor = await httpFloor(server, hosts)
    report(`poll ${label}: bare fetch() 304 floor`, secs(floor), `${(floor * 1000 / FEEDS).toFixed(2)} ms/feed, same per-host rule, no poller`)
    report(
      `poll ${label}: peak memory`,
      `${mb(memory.rss)} RSS`,
      `heap used ${mb(memory.heapUsed)}; before the polls ${mb(before.rss)} RSS, ${mb(before.heapUsed)} heap ` +
        `(growth ${mb(memory.rss - before.rss)} RSS); ${memory.samples} samples; target < 300 MB; includes the server's ${FEEDS}×2 prebuilt bodies`,
    )
    const fileSize = (path: string): number => (existsSync(path) ? statSync(path).size : 0)
    const stored = t1.newArticles + t2.newArticles
    report(
      `poll ${label}: database on disk`,
      mb(fileSize(dbPath) + fileSize(`${dbPath}-wal`)),
      `${mb(fileSize(dbPath))} file + ${mb(fileSize(`${dbPath}-wal`))} WAL for ${stored} articles (${Math.round((fileSize(dbPath) + fileSize(`${dbPath}-wal`)) / stored / 1024)} KiB each)`,
    )
  } finally {
    service.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

/** One small poll first, so the first layout measured does not also pay for JIT warm-up. */
async function warmUp(server: FeedServer, versions: readonly FeedDoc[][]): Promise<void> {
  server.docs.splice(0, server.docs.length, ...versions[0])
  const dir = mkdtempSync(join(tmpdir(), 'marsad-bench-poll-'))
  const service = createService({ dbPath: join(dir, 'warm.sqlite'), pollConcurrency: CONCURRENCY })
  try {
    for (let f = 0; f < 25; f++) await service.call('addFeed', { url: `${server.origin(f, HOSTS)}/feeds/${f}.xml`, check: false })
    await service.call('refreshNow', {})
  } finally {
    service.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

export async function benchPoll(): Promise<void> {
  const source = articles()
  const versions = [0, 1].map((v) => Array.from({ length: FEEDS }, (_, f) => feedDoc(source, f, v)))
  const feedBytes = versions[0].reduce((sum, d) => sum + d.body.length, 0)
  report('poll: corpus', `${FEEDS} feeds`, `${ITEMS_PER_FEED} items each, ${(feedBytes / FEEDS / 1024).toFixed(1)} KiB/feed, ${mb(feedBytes)} per full poll, ${CONCURRENCY} in flight at most`)
  const server = new FeedServer()
  try {
    await server.listen(Array.from({ length: HOSTS }, (_, i) => `127.0.0.${i + 1}`))
    await warmUp(server, versions)
    // All on 127.0.0.1: the poller's one-request-per-host rule serializes every fetch.
    await scenario(server, versions, 1)
    // Spread over HOSTS loopback addresses: up to CONCURRENCY requests in flight.
    await scenario(server, versions, HOSTS)
  } finally {
    await server.close()
  }
}
