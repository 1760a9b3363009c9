/**
 * End to end: a real feed over HTTP → the CLI (in-process) → a real SQLite file → `marsad serve`
 * (a real process) → the real renderer build in headless Chromium. Checks what the analyst sees
 * and saves a screenshot.
 */
import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openApp, type OpenApp } from '../support/browser'
import { PROJECT_ROOT } from '../support/cli'
import { fixtureArticles, rssFeed, WORKSHOP_ID, workshopArticle } from '../support/feeds'
import { respond, startLocalServer, type LocalServer } from '../support/local-server'
import { runCliInProcess } from '../support/run-cli'

const ARTIFACTS = join(PROJECT_ROOT, 'test/artifacts')
const workshop = workshopArticle()
let feeds: LocalServer
let app: OpenApp | undefined
let page: Page

beforeAll(async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'marsad-e2e-')), 'marsad.sqlite')
  feeds = await startLocalServer()
  const others = fixtureArticles().filter((a) => a.id !== WORKSHOP_ID).slice(0, 10)
  const items = [{ id: WORKSHOP_ID, title: workshop.title, body: workshop.body, link: 'https://example.com/workshop', pubDate: new Date().toUTCString() }, ...others]
  feeds.route('/rss', respond(rssFeed('المركزية', items), { 'Content-Type': 'application/rss+xml; charset=utf-8' }))
  expect((await runCliInProcess(['--db', db, 'feeds', 'add', feeds.url('/rss'), '--name', 'المركزية'])).code).toBe(0)
  expect((await runCliInProcess(['--db', db, 'poll', '--once'])).stdout).toMatch(/^ok/)
  app = await openApp(db, { width: 1280, height: 900 })
  page = app.page
  await page.locator('[data-testid="article-card"]').first().waitFor()
}, 120_000)

afterAll(async () => {
  await app?.close()
  await feeds?.close()
})

/**
 * The data-flagged values of the cards shown once the timeline has loaded: empty while it loads
 * (a spinner stands in for the list then), so a wait on it cannot stop on the loading state.
 */
async function shownFlags(): Promise<Set<string | null>> {
  const cards = page.locator('[data-testid="timeline"][aria-busy="false"] [data-testid="article-card"]')
  return new Set(await cards.evaluateAll((elements) => elements.map((el) => el.getAttribute('data-flagged'))))
}

describe('the timeline in headless Chromium', () => {
  it('is laid out right to left, in Arabic, with the bundled font', async () => {
    expect(await page.getAttribute('html', 'dir')).toBe('rtl')
    expect(await page.getAttribute('html', 'lang')).toBe('ar')
    const direction = await page.locator('[data-testid="article-card"]').first().evaluate((el) => getComputedStyle(el).direction)
    expect(direction).toBe('rtl')
    const fontLoaded = await page.evaluate(async () => {
      await document.fonts.ready
      return document.fonts.check('16px "Noto Naskh Arabic"', 'الإرهاب')
    })
    expect(fontLoaded).toBe(true)
  })

  it('shows the workshop article flagged, with its watchlists and highlighted matches', async () => {
    const card = page.locator('[data-testid="article-card"]', { hasText: workshop.title })
    await expect.poll(() => card.count()).toBe(1)
    expect(await card.getAttribute('data-flagged')).toBe('true')
    const text = await card.innerText()
    for (const name of ['مكافحة الإرهاب', 'ورش ومؤتمرات أمنية']) expect(text).toContain(name)
    const marks = await card.locator('mark').allInnerTexts()
    expect(marks).toEqual(expect.arrayContaining(['الارهاب']))
    // The highlight sits at the right end of a right-to-left line of the title.
    const titleBox = await card.locator('mark', { hasText: 'ورشة عمل' }).first().boundingBox()
    const cardBox = await card.boundingBox()
    expect(titleBox && cardBox && titleBox.x > cardBox.x + cardBox.width / 2).toBe(true)
  })

  it('shows unrelated articles unflagged, and hides them with the flagged-only toggle', async () => {
    await expect.poll(shownFlags).toEqual(new Set(['true', 'false']))
    mkdirSync(ARTIFACTS, { recursive: true })
    await page.screenshot({ path: join(ARTIFACTS, 'timeline.png') })
    await page.locator('[data-testid="flagged-toggle"]').click()
    // Not just "no unflagged card": while the flagged-only page loads there is no card at all.
    await expect.poll(shownFlags).toEqual(new Set(['true']))
    await page.screenshot({ path: join(ARTIFACTS, 'timeline-flagged.png') })
  })

  it('replaces the watchlists from a file and re-flags the archive, refusing a bad file', async () => {
    await page.locator('[data-testid="flagged-toggle"]').uncheck()
    await expect.poll(shownFlags).toEqual(new Set(['true', 'false']))
    const target = page.locator('[data-testid="article-card"][data-flagged="false"]').first()
    const id = await target.getAttribute('data-article-id')
    const title = (await target.locator('[data-testid="article-title"]').innerText()).trim()
    const word = title.split(/\s+/).find((w) => w.length >= 4) as string
    await page.locator('[data-testid="watchlists-file"]').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ watchlists: [{ id: 'x', name: 'x', terms: ['"غير مغلق'] }] })),
    })
    // Said in Arabic, position included: no English reaches the Arabic UI.
    await expect.poll(() => page.locator('[data-testid="error-banner"]').innerText()).toContain(
      'تعذّر استيراد قوائم المراقبة: القائمة «x»: علامة اقتباس بلا إغلاق عند الموضع 0 في الاستعلام «"غير مغلق»',
    )
    await page.screenshot({ path: join(ARTIFACTS, 'watchlists-refused.png') })
    await page.locator('[data-testid="watchlists-file"]').setInputFiles({
      name: 'probe.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ watchlists: [{ id: 'probe', name: 'قائمة تجريبية', terms: [`=${word}`] }] })),
    })
    await expect.poll(() => page.locator('[data-testid="poll-status"]').innerText(), { timeout: 15_000 }).toMatch(/اكتملت إعادة فحص الأرشيف/)
    const card = page.locator(`[data-testid="article-card"][data-article-id="${id}"]`)
    await expect.poll(() => card.getAttribute('data-flagged'), { timeout: 10_000 }).toBe('true')
    expect(await card.locator('[data-testid="hit-badge-name"]').allInnerTexts()).toEqual(['قائمة تجريبية'])
    await page.screenshot({ path: join(ARTIFACTS, 'watchlists-imported.png') })
  })
})
