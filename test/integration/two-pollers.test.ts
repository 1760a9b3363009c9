/**
 * Two `marsad poll --once` processes on one SQLite file, as when the desktop app and the CLI share
 * the per-user database. Every feed has its own server (so its own host: both processes fetch them
 * all at once), one of them 300 items long, and every answer is held until both processes are in
 * flight: either each feed has been asked twice (nothing keeps the two apart), or one of them has
 * said it waits for the other (the poll lease). Then nothing may be lost: every article stored
 * once, no feed failed or pushed into back-off.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { openDatabase } from '../../electron/core/store/database'
import { Store } from '../../electron/core/store/store'
import { spawnMarsad, type MarsadProcess } from '../support/cli'
import { rssFeed } from '../support/feeds'
import { startLocalServer, type LocalServer } from '../support/local-server'
import { runCliInProcess } from '../support/run-cli'

/** Items per feed: one big feed, the others ordinary. */
const SIZES = [300, 40, 40, 40]
const WAITING = 'waiting for'

const servers: LocalServer[] = []
afterAll(() => Promise.all(servers.map((s) => s.close())))

/** Distinct stories (link, guid, text), some flagged by the default watchlists. */
function stories(feed: number, count: number) {
  return Array.from({ length: count }, (_, i) => ({
    id: `f${feed}-s${i}`,
    title: i % 3 === 0 ? `توقيف خلية ارهابية رقم ${i} في المدينة ${feed}` : `نشرة الطقس رقم ${i} للمدينة ${feed}`,
    body: `أفاد مراسلنا في المدينة ${feed} أن الخبر رقم ${i} وقع صباح اليوم، ${i % 3 === 0 ? 'واعتقلت القوى الأمنية عناصر من تنظيم داعش' : 'وسجلت درجات الحرارة ارتفاعا'}.`,
    link: `https://news${feed}.example/story/${i}`,
    pubDate: new Date(Date.UTC(2025, 0, 1, 0, i)).toUTCString(),
  }))
}

/** Resolves once every feed has been asked twice, or `also` resolves first. */
function latch() {
  let open: () => void = () => {}
  const opened = new Promise<void>((resolve) => (open = resolve))
  const asked = SIZES.map(() => 0)
  return {
    opened,
    open,
    ask(feed: number): void {
      asked[feed]++
      if (asked.every((n) => n >= 2)) open()
    },
  }
}

let db: string
const gate = latch()

beforeAll(async () => {
  db = join(mkdtempSync(join(tmpdir(), 'marsad-two-pollers-')), 'shared.sqlite')
  for (const [feed, size] of SIZES.entries()) {
    const server = await startLocalServer()
    servers.push(server)
    const body = rssFeed(`المصدر ${feed}`, stories(feed, size))
    server.route('/feed.xml', (_req, res) => {
      gate.ask(feed)
      void gate.opened.then(() => res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' }).end(body))
    })
    const added = await runCliInProcess(['--db', db, 'feeds', 'add', server.url('/feed.xml'), '--name', `المصدر ${feed}`, '--no-check'])
    if (added.code !== 0) throw new Error(`feeds add failed: ${added.stderr}`)
  }
})

it('two concurrent poll --once on one database lose nothing', { timeout: 180_000 }, async ({ onTestFinished }) => {
  const polls: MarsadProcess[] = [spawnMarsad(['--db', db, 'poll', '--once']), spawnMarsad(['--db', db, 'poll', '--once'])]
  onTestFinished(() => polls.forEach((p) => p.child.kill('SIGKILL'))) // if the test failed before they ended
  // A process waiting for the other also counts as in flight (it never asks while the other polls).
  for (const p of polls) void p.untilStderr((err) => err.includes(WAITING)).then(gate.open, () => {})
  const exits = await Promise.all(polls.map((p) => p.exited))

  const outputs = polls.map((p) => ({ stdout: p.stdout(), stderr: p.stderr() }))
  for (const output of outputs) expect(output.stdout.split('\n').filter((l) => l.startsWith('FAIL'))).toEqual([])
  expect(exits).toEqual([
    { code: 0, signal: null },
    { code: 0, signal: null },
  ])

  const store = new Store(openDatabase(db))
  try {
    const feeds = store.feeds.list()
    expect(feeds.map((f) => ({ lastError: f.lastError, failures: f.failures }))).toEqual(SIZES.map(() => ({ lastError: null, failures: 0 })))
    // Scheduled as after a success (the feed's interval, less at most 10 % jitter), not backed off.
    for (const f of feeds) expect(f.nextCheckAt).toBeGreaterThanOrEqual((f.lastOkAt ?? Infinity) + 0.9 * f.intervalMinutes * 60_000)
    const perGuid = store.db.prepare('SELECT guid, COUNT(*) AS n FROM articles GROUP BY guid').all() as { guid: string; n: number }[]
    expect(perGuid.filter((r) => r.n !== 1)).toEqual([])
    expect(perGuid.map((r) => r.guid).sort()).toEqual(SIZES.flatMap((size, feed) => stories(feed, size).map((s) => s.id)).sort())
    // Both reported every feed; the second found nothing new, whichever it was.
    const newCounts = outputs.map((o) => [...o.stdout.matchAll(/, (\d+) new,/g)].reduce((sum, m) => sum + Number(m[1]), 0))
    expect(newCounts.sort((a, b) => a - b)).toEqual([0, SIZES.reduce((a, b) => a + b)])
  } finally {
    store.close()
  }
  // One of them waited for the other, and said so once.
  expect(outputs.map((o) => o.stderr.split(WAITING).length - 1).sort()).toEqual([0, 1])
})
