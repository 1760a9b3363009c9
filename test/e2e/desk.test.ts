/**
 * End to end, the analyst's desk: search, triage (read on open, star, note, dismiss), the keys,
 * the export of the view, light and dark themes, and axe-core's check of the page — on a real
 * SQLite file of the fixture articles flagged by the shipped watchlists, served by the server
 * `marsad serve` runs, in headless Chromium. Screenshots go to test/artifacts.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createService, type MarsadService } from '../../electron/core/app/service'
import { Store } from '../../electron/core/store/store'
import { openAppInProcess, seriousViolations, type OpenApp } from '../support/browser'
import { PROJECT_ROOT } from '../support/cli'
import { fixtureArticles } from '../support/feeds'

const ARTIFACTS = join(PROJECT_ROOT, 'test/artifacts')
let service: MarsadService
let dbPath: string
let app: OpenApp | undefined
let page: Page

beforeAll(async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'marsad-desk-e2e-')), 'marsad.sqlite')
  dbPath = path
  const store = Store.open(path)
  const feed = store.feeds.add('https://desk.example/rss', 'المركزية', 0)
  const now = Date.now()
  fixtureArticles().forEach((a, i) =>
    store.articles.insert({ feedId: feed.id, source: 'المركزية', guid: a.id, url: a.link, title: a.title, body: a.body, publishedAt: now - i * 3_600_000, publishedGuessed: false, fetchedAt: now }),
  )
  store.close()
  service = createService({ dbPath: path })
  await service.call('rescan', {})
  app = await openAppInProcess(service, { width: 1400, height: 950 })
  page = app.page
  await page.locator('[data-testid="article-card"]').first().waitFor()
}, 120_000)

afterAll(async () => {
  await app?.close()
  service?.close()
})

/** How many articles the timeline lists once loaded; -1 while it loads (it empties first), so no wait stops on that. */
const shown = async (): Promise<number> => {
  if ((await page.locator('[data-testid="timeline"][aria-busy="false"], .empty').count()) === 0) return -1
  return Number(/\d+/.exec(await page.locator('[data-testid="article-count"]').innerText())?.[0] ?? -1)
}
const card = (id: number) => page.locator(`[data-testid="article-card"][data-article-id="${id}"]`)
const loadedCards = () => page.locator('[data-testid="timeline"][aria-busy="false"] [data-testid="article-card"]')

/**
 * Types a search and waits for the view it makes: its own page answered, then shown (the view
 * before it, not yet replaced while the search settles, may satisfy `expected` too).
 */
async function search(text: string, expected: (n: number) => boolean): Promise<void> {
  const answered = page.waitForResponse((response) => {
    if (!response.url().includes('/api/call/listArticles')) return false
    const body = response.request().postData() ?? ''
    return text.trim() ? body.includes(`"search":${JSON.stringify(text.trim())}`) : !body.includes('"search"')
  })
  await page.locator('[data-testid="search-input"]').fill(text)
  await answered
  await expect.poll(shown).toSatisfy(expected)
}


describe('the analyst desk in headless Chromium', () => {
  it('searches in any spelling and marks what it found', async () => {
    await search('الارهاب', (n) => n > 0 && n < 19)
    const marks = loadedCards().first().locator('mark[data-color="#f59e0b"]')
    expect(await marks.count()).toBeGreaterThan(0)
    expect((await marks.allInnerTexts()).join(' ').replace(/[\u064B-\u0652\u0640]/g, '')).toMatch(/[اإأ]رهاب/)
    await page.screenshot({ path: join(ARTIFACTS, 'desk-search.png') })
    await search('', (n) => n === 19)
  })

  it('reads an article on opening it, stars it and notes it from the reader', async () => {
    const first = loadedCards().first()
    const id = Number(await first.getAttribute('data-article-id'))
    expect(await first.getAttribute('data-read')).toBe('false')
    const unreadBefore = Number(/\d+/.exec(await page.locator('[data-testid="filter-unread"]').innerText())?.[0])
    await first.click()
    await expect.poll(() => card(id).getAttribute('data-read')).toBe('true')
    await expect.poll(async () => Number(/\d+/.exec(await page.locator('[data-testid="filter-unread"]').innerText())?.[0])).toBe(unreadBefore - 1)
    await page.locator('[data-testid="triage-star"]').click()
    await expect.poll(() => card(id).getAttribute('data-starred')).toBe('true')
    await page.locator('[data-testid="triage-note"]').fill('للمتابعة مع فريق التحليل')
    await page.locator('[data-testid="triage-note-save"]').click()
    await card(id).locator('[data-testid="card-note"]').waitFor()
    await page.locator('[data-testid="filter-starred"]').click()
    await expect.poll(shown).toBe(1)
    await page.screenshot({ path: join(ARTIFACTS, 'desk-triage.png') })
    await page.locator('[data-testid="filter-starred"]').click()
    await expect.poll(shown).toBe(19)
  })

  it('moves with j and k, dismisses with x, and lists the keys with ?', async () => {
    const open = await page.locator('[data-testid="reader"]').getAttribute('data-article-id')
    await page.keyboard.press('Escape')
    // Closing the reader gives focus back to the article's card.
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-testid="article-card"]')?.getAttribute('data-article-id'))).toBe(open)
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON')
    await page.locator('[data-testid="flagged-toggle"]').check()
    await expect.poll(shown).toSatisfy((n: number) => n > 0 && n < 19)
    const flagged = await shown()
    const ids = (await loadedCards().evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-article-id'))))).slice(0, 3)
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await page.keyboard.press('j')
    await expect.poll(() => page.locator('[data-testid="reader"]').getAttribute('data-article-id')).toBe(String(ids[0]))
    await page.keyboard.press('j')
    await expect.poll(() => page.locator('[data-testid="reader"]').getAttribute('data-article-id')).toBe(String(ids[1]))
    await page.keyboard.press('k')
    await expect.poll(() => page.locator('[data-testid="reader"]').getAttribute('data-article-id')).toBe(String(ids[0]))
    await page.keyboard.press('x')
    await expect.poll(shown).toBe(flagged - 1)
    // The reader, still open on it, shows the «not relevant» marks the dismissal set.
    const marked = page.locator('[data-testid="reader"] [data-testid="mark-row"]')
    await expect.poll(() => marked.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-verdict')))).toSatisfy(
      (verdicts: (string | null)[]) => verdicts.length > 0 && verdicts.every((v) => v === 'not_relevant'),
    )
    await expect.poll(() => card(ids[0]).count()).toBe(0)
    await page.keyboard.press('?')
    await page.locator('[data-testid="keyboard-help"]').waitFor()
    await page.keyboard.press('Escape')
    await expect.poll(() => page.locator('[data-testid="keyboard-help"]').count()).toBe(0)
    await page.keyboard.press('/')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('search-input')
  })

  it('exports exactly the view it shows', async () => {
    await search('الأمن', (n) => n > 0)
    const expected = await shown()
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="export-button"]').click()])
    const csv = readFileSync((await download.path()) as string, 'utf8')
    const rows = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n').slice(1)
    expect(rows).toHaveLength(expected)
    expect(rows.every((row) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d,/.test(row))).toBe(true)
    await search('', (n) => n > 0)
  })

  it('shows times in the chosen zone, month names, digits and with the Hijri date, and keeps the choice', async () => {
    await page.locator('[data-testid="display-button"]').click()
    await page.locator('[data-testid="display-settings"]').waitFor()
    await page.locator('[data-testid="display-zone"]').selectOption('Asia/Baghdad')
    await page.locator('[data-testid="display-months"]').selectOption('levant')
    await page.locator('[data-testid="display-digits"]').selectOption('arab')
    await page.locator('[data-testid="display-hijri"]').check()
    await expect.poll(() => page.locator('[data-testid="zone-label"]').innerText()).toContain('Asia/Baghdad +03:00')
    const heading = page.locator('[data-testid="day-heading"]').first()
    await expect.poll(() => heading.innerText()).toMatch(/^(اليوم|أمس) — .+، [٠-٩]+ (كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين)[^—]* [٠-٩]{4} — [٠-٩]+ .+ [٠-٩]{4} هـ$/)
    await expect.poll(() => loadedCards().first().locator('[data-testid="article-time"]').innerText()).toMatch(/^[٠-٩]{2}:[٠-٩]{2}$/)
    await page.screenshot({ path: join(ARTIFACTS, 'desk-display-settings.png') })
    await page.locator('[data-testid="settings-close"]').click()
    expect((await service.call('settings', {})) as object).toMatchObject({ display: { timeZone: 'Asia/Baghdad', hijri: true, monthNames: 'levant', digits: 'arab' } })
    await page.reload()
    await expect.poll(() => page.locator('[data-testid="zone-label"]').innerText()).toContain('Asia/Baghdad')
    await service.call('settings', { display: { timeZone: null, hijri: false, monthNames: 'egypt', digits: 'latn' } })
    await page.reload()
    await loadedCards().first().waitFor()
  })

  it('lists what was stored since the last look', async () => {
    // This page looked when it loaded; a story arrives, and the next look sees it as new.
    const store = Store.open(dbPath)
    const feed = store.feeds.list()[0]
    store.articles.insert({ feedId: feed.id, source: 'المركزية', guid: 'after-look', url: null, title: 'خبر وصل بعد آخر نظرة', body: 'نص الخبر', publishedAt: 1_000, publishedGuessed: false, fetchedAt: Date.now() + 1 })
    store.close()
    await page.reload()
    const chip = page.locator('[data-testid="filter-new"]')
    await expect.poll(() => chip.innerText()).toMatch(/1$/)
    await chip.click()
    await expect.poll(shown).toBe(1)
    expect(await loadedCards().first().locator('[data-testid="article-title"]').innerText()).toBe('خبر وصل بعد آخر نظرة')
    await chip.click()
    await expect.poll(shown).toBe(20)
  })

  it('offers a skip link first, and has no serious or critical accessibility problem, light or dark', async () => {
    await page.locator('[data-testid="flagged-toggle"]').uncheck()
    await expect.poll(shown).toBe(20) // the dismissed article too (only the flagged view leaves it out), and the new one
    // A fresh page: the first Tab reaches the skip link, which takes focus to the timeline.
    await page.reload()
    await loadedCards().first().waitFor()
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('skip-link')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('timeline-main')
    // With the reader open too: its facts, triage and marks are checked with the timeline.
    await loadedCards().first().click()
    await page.locator('[data-testid="triage"]').waitFor()
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
      const [r, g, b] = (/\d+/g[Symbol.match](background) ?? []).map(Number)
      expect((r + g + b) / 3, `${scheme} background ${background}`)[scheme === 'dark' ? 'toBeLessThan' : 'toBeGreaterThan'](128)
      await page.screenshot({ path: join(ARTIFACTS, `desk-timeline-${scheme}.png`) })
      expect(await seriousViolations(page), scheme).toEqual([])
    }
  })
})
