/**
 * End to end, notifications in a browser (serve mode): the notifications dialog keeps each
 * watchlist's policy and quiet hours through the contract, a poll's hits arrive as one Web
 * Notification once the page may show them, a click on it opens the flagged timeline of its
 * watchlist, and the history says what was sent and why — light and dark, checked by axe-core.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createService, type MarsadService } from '../../electron/core/app/service'
import type { OperationOutput } from '../../electron/core/contract/operations'
import { openAppInProcess, seriousViolations, type OpenApp } from '../support/browser'
import { afterPageTurn, holdAnswer } from '../support/held-answers'
import { PROJECT_ROOT } from '../support/cli'
import { rssFeed, workshopArticle } from '../support/feeds'
import { respond, startLocalServer, type LocalServer } from '../support/local-server'
import { runCliInProcess } from '../support/run-cli'

const ARTIFACTS = join(PROJECT_ROOT, 'test/artifacts')
const workshop = workshopArticle()
let feeds: LocalServer
let service: MarsadService
let dbPath: string
let app: OpenApp | undefined
let page: Page

/**
 * Records every Web Notification the page raises (and still raises it): the test reads what it
 * said and clicks it as the analyst would.
 */
function recordNotifications(): void {
  const Real = window.Notification
  const raised: { title: string; body: string; notification: Notification }[] = []
  class Recorded extends Real {
    constructor(title: string, options?: NotificationOptions) {
      super(title, options)
      raised.push({ title, body: options?.body ?? '', notification: this })
    }
  }
  Object.defineProperty(Recorded, 'permission', { get: () => Real.permission })
  Object.defineProperty(window, 'Notification', { value: Recorded, configurable: true, writable: true })
  Object.defineProperty(window, 'raisedNotifications', { value: raised })
}

beforeAll(async () => {
  feeds = await startLocalServer()
  const stories = [1, 2, 3].map((n) => ({ id: `w-${n}`, title: `${workshop.title} (${n})`, body: `${workshop.body}\nالعدد ${n}`, link: `https://news.example/w/${n}`, pubDate: 'Sat, 14 Feb 2015 09:30:00 GMT' }))
  feeds.route('/workshops.xml', respond(rssFeed('المركزية', stories)))
  dbPath = join(mkdtempSync(join(tmpdir(), 'marsad-notices-e2e-')), 'marsad.sqlite')
  service = createService({ dbPath, matchThreads: 0 })
  service.startNotifying()
  await service.call('addFeed', { url: feeds.url('/workshops.xml') })
  app = await openAppInProcess(service, { width: 1400, height: 950 })
  page = app.page
  await page.context().grantPermissions(['notifications'])
  await page.addInitScript(recordNotifications)
  await page.reload()
  await page.locator('[data-testid="settings-button"]').waitFor()
}, 120_000)

afterAll(async () => {
  await app?.close()
  service?.close()
  await feeds?.close()
})


/** The page light and then dark, each screenshot to test/artifacts and checked by axe-core; light again after. */
async function lookInBothSchemes(name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.screenshot({ path: join(ARTIFACTS, `${name}-${scheme}.png`) })
    expect(await seriousViolations(page), scheme).toEqual([])
  }
  await page.emulateMedia({ colorScheme: 'light' })
}

const stored = async () => ((await service.call('settings', {})) as OperationOutput<'settings'>).notifications
const row = (id: string) => page.locator(`[data-testid="notices-watchlist"][data-watchlist-id="${id}"]`)

describe('notifications in headless Chromium', () => {
  it('keeps each watchlist\'s policy and the quiet hours the analyst sets', async () => {
    await page.locator('[data-testid="settings-button"]').click()
    await row('named-groups').waitFor()
    expect(await page.locator('[data-testid="notices-permission"]').innerText()).toContain('مسموح بها')
    await row('named-groups').locator('[data-testid="notices-mode"]').selectOption('digest')
    await expect.poll(async () => (await stored()).watchlists.find((w) => w.id === 'named-groups')?.mode).toBe('digest')
    const digest = row('named-groups').locator('[data-testid="notices-digest"]')
    await expect.poll(() => digest.isEnabled()).toBe(true)
    await digest.fill('30')
    await digest.press('Enter')
    await expect.poll(async () => (await stored()).watchlists.find((w) => w.id === 'named-groups')?.digestMinutes).toBe(30)
    const minScore = row('arrests-raids').locator('[data-testid="notices-min-score"]')
    await minScore.fill('4')
    await minScore.blur()
    await expect.poll(async () => (await stored()).watchlists.find((w) => w.id === 'arrests-raids')?.minScore).toBe(4)
    await expect.poll(() => minScore.inputValue()).toBe('4')
    // A score that is no number is put back, not saved.
    await minScore.fill('')
    await minScore.blur()
    await expect.poll(() => minScore.inputValue()).toBe('4')
    expect((await stored()).watchlists.find((w) => w.id === 'arrests-raids')?.minScore).toBe(4)
    await page.locator('[data-testid="notices-quiet"]').check()
    await expect.poll(async () => (await stored()).quietHours).toEqual({ from: 22 * 60, to: 7 * 60 })
    await page.locator('[data-testid="notices-quiet-to"]').fill('06:30')
    await expect.poll(async () => (await stored()).quietHours).toEqual({ from: 22 * 60, to: 6 * 60 + 30 })
    await lookInBothSchemes('notices-settings')
    // Quiet hours off again, so the poll below is told at once whatever the hour of the run.
    await page.locator('[data-testid="notices-quiet"]').uncheck()
    await expect.poll(async () => (await stored()).quietHours).toBeNull()
    await page.locator('[data-testid="settings-close"]').click()
  })

  it('raises a poll\'s hits as one notification, which opens its watchlist\'s flagged timeline', async () => {
    await page.locator('[data-testid="refresh-button"]').click()
    const raised = () => page.evaluate(() => (window as unknown as { raisedNotifications: { title: string; body: string }[] }).raisedNotifications.map(({ title, body }) => ({ title, body })))
    await expect.poll(async () => (await raised()).length).toBe(1)
    const [notice] = (await service.call('noticeHistory', {})) as OperationOutput<'noticeHistory'>
    expect(notice).toMatchObject({ outcome: 'shown', reason: 'burst', count: 3 })
    const watchlist = notice.watchlists[0]
    expect(await raised()).toEqual([{ title: `مرصد — 3 إصابات جديدة في ${watchlist.name}`, body: 'وصلت دفعة واحدة' }])
    await page.evaluate(() => (window as unknown as { raisedNotifications: { notification: Notification }[] }).raisedNotifications[0].notification.onclick?.(new Event('click')))
    await expect.poll(() => page.locator('[data-testid="flagged-toggle"]').isChecked()).toBe(true)
    await expect.poll(() => page.locator(`[aria-pressed="true"][data-watchlist-id="${watchlist.id}"]`).count()).toBe(1)
  })

  it('follows a pause set elsewhere (the tray) while the settings are open, and resumes from them', async () => {
    await page.locator('[data-testid="settings-button"]').click()
    const state = page.locator('[data-testid="notices-pause-state"]')
    await expect.poll(() => state.innerText()).toBe('الإشعارات تعمل.')
    await service.call('settings', { notifications: { pausedUntil: Date.now() + 3_600_000 } })
    await expect.poll(() => state.innerText()).toMatch(/^الإشعارات متوقفة حتى /)
    await page.locator('[data-testid="notices-resume"]').click()
    await expect.poll(async () => ((await service.call('settings', {})) as OperationOutput<'settings'>).notifications.pausedUntil).toBeNull()
    await expect.poll(() => state.innerText()).toBe('الإشعارات تعمل.')
    await page.locator('[data-testid="settings-close"]').click()
  })

  it('shows the history: what was sent, when and why', async () => {
    await page.locator('[data-testid="settings-button"]').click()
    await page.locator('[data-testid="settings-tab-history"]').click()
    const entries = page.locator('[data-testid="notices-history-entry"]')
    await expect.poll(() => entries.count()).toBe(1)
    expect(await entries.first().getAttribute('data-outcome')).toBe('shown')
    expect(await entries.first().innerText()).toContain('دفعة واحدة بدل إشعار لكل مقال')
    await lookInBothSchemes('notices-history')
  })

  it('keeps the general and display settings the analyst sets, which the CLI then shows', async () => {
    await page.locator('[data-testid="settings-tab-general"]').click()
    const interval = page.locator('[data-testid="settings-poll-interval"]')
    await interval.fill('30')
    await interval.press('Enter')
    await expect.poll(async () => ((await service.call('settings', {})) as OperationOutput<'settings'>).pollIntervalMinutes).toBe(30)
    // The retention's save is stored at once but its answer reaches the page only after the
    // analyst has typed a User-Agent: that late answer must not put the old User-Agent back.
    const retentionSaved = await holdAnswer(page, 'settings', (body) => body.includes('"retentionDays"'))
    const retention = page.locator('[data-testid="settings-retention"]')
    await retention.fill('90')
    await retention.press('Enter')
    await retentionSaved.handled
    expect(((await service.call('settings', {})) as OperationOutput<'settings'>).retentionDays).toBe(90)
    const agent = page.locator('[data-testid="settings-user-agent"]')
    await agent.fill('FeedReader/2.0')
    await retentionSaved.release()
    // The answer has nothing to show (the field already says 90): let the page run what it set off.
    await afterPageTurn(page)
    expect(await agent.inputValue()).toBe('FeedReader/2.0')
    await agent.blur()
    await expect.poll(async () => ((await service.call('settings', {})) as OperationOutput<'settings'>).userAgent).toBe('FeedReader/2.0')
    // Not the desktop app: no tray or login settings here.
    expect(await page.locator('[data-testid="settings-close-to-tray"]').count()).toBe(0)
    await lookInBothSchemes('settings-general')
    await page.locator('[data-testid="settings-user-agent-default"]').click()
    await expect.poll(async () => {
      const now = (await service.call('settings', {})) as OperationOutput<'settings'>
      return now.userAgent === now.defaultUserAgent
    }).toBe(true)
    await page.locator('[data-testid="settings-tab-display"]').click()
    await page.locator('[data-testid="display-theme"]').selectOption('dark')
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
    await page.screenshot({ path: join(ARTIFACTS, 'settings-display-dark.png') })
    const cli = await runCliInProcess(['--db', dbPath, 'settings'])
    expect(cli.stdout).toContain('theme: dark\n')
    expect(cli.stdout).toContain('retention: 90 days\n')
    expect(cli.stdout).toContain('new feeds poll every: 30 min\n')
    expect(cli.stdout).toMatch(/^user-agent: .+ \(default\)\n/)
    // A setting changed through the contract elsewhere (another window) reaches this page too: settingsChanged.
    await service.call('settings', { display: { theme: 'light' } })
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light')
    await page.locator('[data-testid="settings-close"]').click()
  })
})
