/**
 * The User-Agent every monitored site sees: neutral by default (it names the program, not what
 * the program watches for), and the analyst's own when set — sent on feed, preview and page fetches.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createService, type MarsadService } from '../../electron/core/app/service'
import type { OperationOutput } from '../../electron/core/contract/operations'
import { USER_AGENT } from '../../electron/core/feeds/fetch'
import { rssFeed } from '../support/feeds'
import { runCliInProcess } from '../support/run-cli'
import { startLocalServer, type LocalServer } from '../support/local-server'

let server: LocalServer
let service: MarsadService
/** The User-Agent of each request, in order. */
const seen: string[] = []

beforeAll(async () => {
  server = await startLocalServer()
  const feed = rssFeed('مصدر', [{ id: 'u1', title: 'خبر', body: 'نص', link: 'https://news.example/u1', pubDate: 'Sat, 14 Feb 2015 09:30:00 GMT' }])
  server.route('/feed.xml', (req, res) => {
    seen.push(String(req.headers['user-agent']))
    res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' }).end(feed)
  })
  service = createService({ dbPath: join(mkdtempSync(join(tmpdir(), 'marsad-ua-')), 'm.sqlite') })
})
afterAll(async () => {
  service.close()
  await server.close()
})

const settings = (input: unknown) => service.call('settings', input) as Promise<OperationOutput<'settings'>>

describe('the User-Agent', () => {
  it('by default names Marsad and nothing about what it monitors', async () => {
    expect(USER_AGENT).toMatch(/^Marsad\/[\d.]+$/)
    expect(USER_AGENT).not.toMatch(/security|monitor|arab|news|watch/i)
    seen.length = 0
    await service.call('addFeed', { url: server.url('/feed.xml') })
    await service.call('refreshNow', {})
    expect(seen).toEqual([USER_AGENT, USER_AGENT])
    expect(await settings({})).toMatchObject({ userAgent: USER_AGENT, defaultUserAgent: USER_AGENT })
  })

  it('is the analyst’s own once set, for every later fetch, and back to the default with null', async () => {
    const custom = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0'
    expect(await settings({ userAgent: custom })).toMatchObject({ userAgent: custom, defaultUserAgent: USER_AGENT })
    seen.length = 0
    await service.call('previewFeed', { url: server.url('/feed.xml') })
    await service.call('refreshNow', {})
    expect(seen).toEqual([custom, custom])
    expect(await settings({ userAgent: null })).toMatchObject({ userAgent: USER_AGENT })
    seen.length = 0
    await service.call('refreshNow', {})
    expect(seen).toEqual([USER_AGENT])
  })

  it.each([
    ['a control character (header injection)', 'Marsad\r\nX-Evil: 1', 'not_printable_ascii'],
    ['non-ASCII', 'مرصد/1.0', 'not_printable_ascii'],
    ['over 256 characters', 'M'.repeat(257), 'user_agent_too_long'],
  ])('refuses %s and keeps the one in force', async (_what, userAgent, problem) => {
    await expect(settings({ userAgent })).rejects.toMatchObject({ detail: { code: 'input.invalid', field: 'userAgent', problem } })
    expect((await settings({})).userAgent).toBe(USER_AGENT)
  })
})

describe('marsad settings', () => {
  const firstLine = (out: string) => out.split('\n')[0]

  it('shows the User-Agent, sets it, refuses a bad one and goes back to the default', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'marsad-ua-cli-')), 'm.sqlite')
    expect(firstLine((await runCliInProcess(['--db', db, 'settings'])).stdout)).toBe(`user-agent: ${USER_AGENT} (default)`)
    const set = await runCliInProcess(['--db', db, 'settings', '--user-agent', 'FeedReader/2.0'])
    expect(set.code).toBe(0)
    expect(firstLine(set.stdout)).toBe('user-agent: FeedReader/2.0')
    expect(firstLine((await runCliInProcess(['--db', db, 'settings'])).stdout)).toBe('user-agent: FeedReader/2.0')
    const bad = await runCliInProcess(['--db', db, 'settings', '--user-agent', 'قارئ'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/userAgent/)
    expect(firstLine((await runCliInProcess(['--db', db, 'settings', '--default-user-agent'])).stdout)).toBe(`user-agent: ${USER_AGENT} (default)`)
  })

  it('sets how times and dates are shown, keeps what it was not told, and refuses an unknown zone', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'marsad-display-cli-')), 'm.sqlite')
    expect((await runCliInProcess(['--db', db, 'settings'])).stdout).toContain('time zone: system\nhijri date: not shown\nmonth names: egypt\ndigits: western\n')
    await runCliInProcess(['--db', db, 'settings', '--time-zone', 'Asia/Beirut', '--hijri', '--month-names', 'levant'])
    const shown = await runCliInProcess(['--db', db, 'settings', '--digits', 'arabic'])
    expect(shown.stdout).toContain('time zone: Asia/Beirut\nhijri date: shown\nmonth names: levant\ndigits: arabic\n')
    const bad = await runCliInProcess(['--db', db, 'settings', '--time-zone', 'Mars/Olympus'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/timeZone/)
    expect((await runCliInProcess(['--db', db, 'settings', '--time-zone', 'system'])).stdout).toContain('time zone: system\n')
  })

  it('sets how long articles nothing keeps are kept, reports the storage, and prunes', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'marsad-retention-cli-')), 'm.sqlite')
    expect((await runCliInProcess(['--db', db, 'settings'])).stdout).toContain('retention: 180 days\n')
    expect((await runCliInProcess(['--db', db, 'settings', '--retention-days', 'never'])).stdout).toContain('retention: for ever\n')
    expect((await runCliInProcess(['--db', db, 'settings', '--retention-days', '3'])).code).toBe(2)
    expect((await runCliInProcess(['--db', db, 'settings', '--retention-days', '30'])).stdout).toContain('retention: 30 days\n')
    const report = await runCliInProcess(['--db', db, 'storage'])
    expect(report.stdout).toMatch(/^articles: 0\nsize: \d+\.\d MB/)
    expect(report.stdout).toContain('retention: 30 days after storing')
    expect((await runCliInProcess(['--db', db, 'prune'])).stdout).toBe('removed 0 articles\n')
  })
})
