/**
 * When a polled feed is next due: its interval (less jitter) after the good read that was recorded,
 * not after the fetch. Parsing and matching a long feed take seconds on a busy machine; a next check
 * counted from the fetch came before lastOkAt + interval (the two-pollers test failed so under load).
 */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { pollFeed } from '../../../electron/core/monitor/poll'
import { nextCheckAfterSuccess } from '../../../electron/core/monitor/schedule'
import { Matcher } from '../../../electron/core/rules/matcher'
import { storeOpener } from '../../support/databases'
import { startLocalServer, type LocalServer } from '../../support/local-server'

const newStore = storeOpener()
let server: LocalServer
beforeAll(async () => void (server = await startLocalServer()))
afterAll(async () => server?.close())

const RSS = '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>المركزية</title><item><title>خبر</title><guid>g1</guid></item></channel></rss>'

it('counts the next check from the good read it records, for a new read and for a 304', async () => {
  server.route('/scheduled.xml', (req, res) => {
    if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end()
    res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8', ETag: '"v1"' }).end(RSS)
  })
  const store = newStore()
  const { id } = store.feeds.add(server.url('/scheduled.xml'), 'المركزية', 0)
  // Every reading of the clock is a second later: time passes between the fetch and the commit.
  let clock = Date.UTC(2026, 0, 1)
  const deps = { store, matcher: () => new Matcher([]), now: () => (clock += 1_000), random: () => 0.5 }
  const gap = (feedId: number) => {
    const feed = store.feeds.get(feedId)
    if (!feed?.lastOkAt || feed.nextCheckAt === null) throw new Error('no good read recorded')
    return { gap: feed.nextCheckAt - feed.lastOkAt, interval: nextCheckAfterSuccess(0, feed.intervalMinutes, () => 0.5) }
  }
  for (const expected of ['read', 'not modified']) {
    const feed = store.feeds.get(id)
    if (!feed) throw new Error('feed gone')
    const { report } = await pollFeed(deps, feed)
    expect(report.ok, expected).toBe(true)
    expect(report.notModified ?? false, expected).toBe(expected === 'not modified')
    const { gap: measured, interval } = gap(id)
    expect(measured, expected).toBe(interval)
  }
})
