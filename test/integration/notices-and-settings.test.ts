/**
 * Notifications end to end, through the contract: a poll's hits become notices in a Marsad that
 * shows them (one burst, not one per article), hits queued by a terminal poll are told by the app,
 * a rescan tells nothing, and the settings and history round-trip, through the contract and the
 * CLI; with them the other settings (a new feed's interval, the theme, the desktop's life).
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest'
import { createService, type MarsadService } from '../../electron/core/app/service'
import type { OperationOutput } from '../../electron/core/contract/operations'
import type { MarsadEvent, NoticeView } from '../../electron/core/contract/types'
import { Store } from '../../electron/core/store/store'
import { rssFeed, workshopArticle } from '../support/feeds'
import { respond, startLocalServer, type LocalServer } from '../support/local-server'
import { runCliInProcess } from '../support/run-cli'

let server: LocalServer
const opened: MarsadService[] = []
const workshop = workshopArticle()
/** Three different workshop stories: each flags the security-workshops watchlist. */
const stories = (prefix: string) =>
  [1, 2, 3].map((n) => ({ id: `${prefix}-${n}`, title: `${workshop.title} (${prefix} ${n})`, body: `${workshop.body}\nالعدد ${prefix}${n}`, link: `https://news.example/${prefix}/${n}`, pubDate: 'Sat, 14 Feb 2015 09:30:00 GMT' }))

beforeAll(async () => {
  server = await startLocalServer()
  server.route('/first.xml', respond(rssFeed('المركزية', stories('a'))))
  server.route('/second.xml', respond(rssFeed('النهار', stories('b'))))
})
afterAll(() => server.close())
afterEach(() => opened.splice(0).forEach((s) => s.close()))

function open(dbPath: string): { service: MarsadService; notices: NoticeView[] } {
  const service = createService({ dbPath, matchThreads: 0 })
  opened.push(service)
  const notices: NoticeView[] = []
  service.onEvent((event: MarsadEvent) => {
    if (event.type === 'notice') notices.push(event.notice)
  })
  return { service, notices }
}

const newDatabase = (): string => join(mkdtempSync(join(tmpdir(), 'marsad-notices-')), 'm.sqlite')

describe('notices', () => {
  it('tells a poll\'s three hits as one notice, then a rescan tells nothing', async () => {
    const app = open(newDatabase())
    app.service.startNotifying()
    await app.service.call('addFeed', { url: server.url('/first.xml') })
    const [report] = (await app.service.call('refreshNow', {})) as OperationOutput<'refreshNow'>
    expect(report.newHits).toBe(3)
    // Each story flags more than one watchlist: it is told under its highest-scoring one, once.
    const [article] = (await app.service.call('listArticles', {})) as OperationOutput<'listArticles'>
    const best = [...article.hits].sort((a, b) => b.score - a.score)[0].watchlistId
    expect(article.hits.length).toBeGreaterThan(1)
    expect(app.notices.map((n) => [n.reason, n.count, n.watchlists.map((w) => w.id)])).toEqual([['burst', 3, [best]]])
    await app.service.call('rescan', {})
    expect(app.notices).toHaveLength(1)
    const history = (await app.service.call('noticeHistory', {})) as OperationOutput<'noticeHistory'>
    expect(history).toEqual([app.notices[0]])
  })

  it('leaves what a terminal poll queued to the app, which tells it once', async () => {
    const path = newDatabase()
    const terminal = open(path)
    await terminal.service.call('addFeed', { url: server.url('/second.xml') })
    await terminal.service.call('refreshNow', {})
    expect(terminal.notices).toEqual([])
    const app = open(path)
    app.service.startNotifying()
    expect(app.notices.map((n) => [n.reason, n.count])).toEqual([['burst', 3]])
    const again = open(path)
    again.service.startNotifying()
    expect(again.notices).toEqual([])
  })

  it('lets hits wait while nobody would see them (serve with no page open), then tells them all at once', async () => {
    const app = open(newDatabase())
    let watching = false
    app.service.startNotifying({ audience: () => watching })
    await app.service.call('addFeed', { url: server.url('/first.xml') })
    await app.service.call('refreshNow', {})
    expect(app.notices).toEqual([])
    watching = true
    await app.service.call('addFeed', { url: server.url('/second.xml') })
    await app.service.call('refreshNow', {})
    expect(app.notices.map((n) => [n.reason, n.count])).toEqual([['burst', 6]])
  })

  it('queues each feed\'s hits as soon as it is done: quitting in the middle of a round loses none of their notices', async () => {
    const path = newDatabase()
    server.route('/hangs.xml', () => {
      // Never answers: the round is still running when the app quits.
    })
    const first = open(path)
    await first.service.call('addFeed', { url: server.url('/first.xml') })
    await first.service.call('addFeed', { url: server.url('/hangs.xml'), check: false })
    const round = first.service.call('refreshNow', {}).catch(() => undefined)
    const look = Store.open(path)
    try {
      await expect.poll(() => look.notices.waiting().length).toBe(3)
    } finally {
      look.close()
    }
    first.service.close()
    opened.splice(opened.indexOf(first.service), 1)
    const again = open(path)
    again.service.startNotifying()
    expect(again.notices.map((n) => [n.reason, n.count])).toEqual([['burst', 3]])
    void round
  })

  it('keeps the analyst\'s notification settings, each watchlist\'s as it stands', async () => {
    const { service } = open(newDatabase())
    const changed = (await service.call('settings', {
      notifications: { quietHours: { from: 22 * 60, to: 7 * 60 }, pausedUntil: 5_000, watchlists: { 'counter-terrorism': { mode: 'digest', digestMinutes: 30 }, 'arrests-raids': { minScore: 4 } } },
    })) as OperationOutput<'settings'>
    expect(changed.notifications.quietHours).toEqual({ from: 1320, to: 420 })
    expect(changed.notifications.pausedUntil).toBe(5_000)
    const byId = new Map(changed.notifications.watchlists.map((w) => [w.id, w]))
    expect(byId.get('counter-terrorism')).toMatchObject({ mode: 'digest', digestMinutes: 30, minScore: 0 })
    expect(byId.get('arrests-raids')).toMatchObject({ mode: 'immediate', minScore: 4 })
    const reset = (await service.call('settings', { notifications: { quietHours: null, pausedUntil: null, watchlists: { 'counter-terrorism': null } } })) as OperationOutput<'settings'>
    expect(reset.notifications.quietHours).toBeNull()
    expect(reset.notifications.pausedUntil).toBeNull()
    expect(reset.notifications.watchlists.find((w) => w.id === 'counter-terrorism')).toMatchObject({ mode: 'immediate', digestMinutes: 60 })
    expect(reset.notifications.watchlists.find((w) => w.id === 'arrests-raids')).toMatchObject({ minScore: 4 })
  })

  it('refuses settings it cannot keep with a clear code', async () => {
    const { service } = open(newDatabase())
    await expect(service.call('settings', { notifications: { quietHours: { from: 60, to: 60 } } })).rejects.toMatchObject({ detail: { code: 'input.invalid', problem: 'empty_quiet_hours' } })
    await expect(service.call('settings', { notifications: { watchlists: { ct: { mode: 'loud' } } } })).rejects.toMatchObject({ detail: { code: 'input.invalid' } })
    await expect(service.call('settings', { notifications: { watchlists: { ct: { digestMinutes: 1 } } } })).rejects.toMatchObject({ detail: { code: 'input.invalid' } })
    await expect(service.call('settings', { retentionDays: 30, notifications: { watchlists: { 'counter-terorism': { mode: 'off' } } } })).rejects.toMatchObject({ detail: { code: 'watchlist.not_found', id: 'counter-terorism' } })
    expect(((await service.call('settings', {})) as OperationOutput<'settings'>).retentionDays).toBe(180)
    // A pause past a year ahead is refused: a date past JavaScript's last would break every clock showing it.
    await expect(service.call('settings', { notifications: { pausedUntil: 9e15 } })).rejects.toMatchObject({ detail: { code: 'input.invalid', field: 'notifications.pausedUntil' } })
    await expect(service.call('noticeHistory', { limit: 10_000 })).rejects.toMatchObject({ detail: { code: 'input.invalid' } })
  })
})

describe('marsad settings and marsad notices', () => {
  it('set and show the notification settings, which the app reads', async () => {
    const db = newDatabase()
    const set = await runCliInProcess(['--db', db, 'settings', '--quiet-hours', '22:00-07:00', '--notify', 'named-groups=digest', '--digest-minutes', 'named-groups=30', '--min-score', 'arrests-raids=4', '--pause', 'off'])
    expect(set.code).toBe(0)
    expect(set.stdout).toContain('notifications: on\nquiet hours: 22:00-07:00\n')
    expect(set.stdout).toContain('  named-groups: digest every 30 min\n')
    expect(set.stdout).toContain('  arrests-raids: immediate, score ≥ 4\n')
    const { service } = open(db)
    const stored = ((await service.call('settings', {})) as OperationOutput<'settings'>).notifications
    expect(stored.quietHours).toEqual({ from: 22 * 60, to: 7 * 60 })
    expect(stored.watchlists.find((w) => w.id === 'named-groups')).toMatchObject({ mode: 'digest', digestMinutes: 30 })
    const paused = await runCliInProcess(['--db', db, 'settings', '--pause', '60', '--quiet-hours', 'off', '--notify', 'named-groups=default'])
    expect(paused.stdout).toMatch(/notifications: paused until \d{4}-\d{2}-\d{2} \d{2}:\d{2} \+00:00\nquiet hours: none\n/)
    expect(paused.stdout).toContain('  named-groups: immediate\n')
  })

  it('refuses flags it cannot read with a usage error, changing nothing', async () => {
    const db = newDatabase()
    for (const args of [['--notify', 'named-groups=default', '--digest-minutes', 'named-groups=30'], ['--notify', 'named-groups=digest', '--notify', 'named-groups=default'], ['--quiet-hours', '22-07'], ['--notify', 'loud'], ['--notify', 'ct=loud'], ['--min-score', 'ct=-1'], ['--pause', 'soon'], ['--quiet-hours', '07:00-07:00']]) {
      const result = await runCliInProcess(['--db', db, 'settings', ...args])
      expect(result.code, args.join(' ')).toBe(2)
    }
    expect((await runCliInProcess(['--db', db, 'settings'])).stdout).toContain('quiet hours: none\n')
    const typo = await runCliInProcess(['--db', db, 'settings', '--notify', 'counter-terorism=off'])
    expect([typo.code, typo.stderr]).toEqual([2, 'marsad: no watchlist "counter-terorism" (marsad watchlists list shows their ids)\n'])
  })

  it('lists the notification history', async () => {
    const db = newDatabase()
    expect((await runCliInProcess(['--db', db, 'notices'])).stdout).toBe('no notices yet\n')
    const app = open(db)
    app.service.startNotifying()
    await app.service.call('addFeed', { url: server.url('/first.xml') })
    await app.service.call('refreshNow', {})
    const listed = await runCliInProcess(['--db', db, 'notices', '--utc'])
    expect(listed.stdout).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} \+00:00  shown    .+ — 3 hits \(a burst, told once\)\n$/)
    const json = JSON.parse((await runCliInProcess(['--db', db, 'notices', '--json'])).stdout) as NoticeView[]
    expect(json.map((n) => [n.outcome, n.reason, n.count])).toEqual([['shown', 'burst', 3]])
    expect((await runCliInProcess(['--db', db, 'notices', '--limit', '500'])).code).toBe(2)
  })
})

describe('the other settings', () => {
  it('starts a new feed at the analyst\'s poll interval, and leaves existing feeds theirs', async () => {
    const { service } = open(newDatabase())
    const before = (await service.call('addFeed', { url: server.url('/first.xml') })) as OperationOutput<'addFeed'>
    expect(before.intervalMinutes).toBe(15)
    expect(((await service.call('settings', { pollIntervalMinutes: 45 })) as OperationOutput<'settings'>).pollIntervalMinutes).toBe(45)
    const after = (await service.call('addFeed', { url: server.url('/second.xml') })) as OperationOutput<'addFeed'>
    expect(after.intervalMinutes).toBe(45)
    const feeds = (await service.call('listFeeds', {})) as OperationOutput<'listFeeds'>
    expect(feeds.map((f) => f.intervalMinutes).sort()).toEqual([15, 45])
    await expect(service.call('settings', { pollIntervalMinutes: 2 })).rejects.toMatchObject({ detail: { code: 'input.invalid' } })
  })

  it('sets the theme, a new feed\'s interval and the desktop\'s life from the CLI', async () => {
    const db = newDatabase()
    const set = await runCliInProcess(['--db', db, 'settings', '--poll-interval', '30', '--theme', 'dark', '--no-close-to-tray', '--start-at-login'])
    expect(set.code).toBe(0)
    expect(set.stdout).toContain('theme: dark\n')
    expect(set.stdout).toContain('new feeds poll every: 30 min\n')
    expect(set.stdout).toContain('desktop: close to tray off, start at login on\n')
    const { service } = open(db)
    expect((await service.call('settings', {})) as OperationOutput<'settings'>).toMatchObject({ pollIntervalMinutes: 30, display: { theme: 'dark' }, desktop: { closeToTray: false, startAtLogin: true, trayExplained: false } })
    // The same as settings get / settings set.
    expect((await runCliInProcess(['--db', db, 'settings', 'get'])).stdout).toBe((await runCliInProcess(['--db', db, 'settings'])).stdout)
    expect((await runCliInProcess(['--db', db, 'settings', 'set', '--theme', 'light'])).stdout).toContain('theme: light\n')
    for (const args of [['get', '--theme', 'dark'], ['set'], ['show'], ['--close-to-tray', '--no-close-to-tray'], ['--theme', 'night'], ['--poll-interval', 'often'], ['--poll-interval', '2']]) {
      expect((await runCliInProcess(['--db', db, 'settings', ...args])).code, args.join(' ')).toBe(2)
    }
  })

  it('stops and resumes polling on the timer where it runs, and says whether it does', async () => {
    const { service } = open(newDatabase())
    expect(await service.call('setPolling', { running: true })).toEqual({ running: false })
    const stop = service.startScheduling(60_000)
    expect(await service.call('setPolling', { running: false })).toEqual({ running: false })
    expect(await service.call('setPolling', { running: false })).toEqual({ running: false })
    expect(await service.call('setPolling', { running: true })).toEqual({ running: true })
    expect(await service.call('setPolling', { running: true })).toEqual({ running: true })
    // Stopped by its owner, it stays stopped: waking the machine does not start it again.
    stop()
    expect(await service.call('setPolling', { running: true })).toEqual({ running: false })
    service.startScheduling(60_000)
    expect(await service.call('setPolling', { running: false })).toEqual({ running: false })
    stop()
    expect(await service.call('setPolling', { running: true })).toEqual({ running: false })
  })
})

