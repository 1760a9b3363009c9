/**
 * End to end, answers that come late (held back here, so it happens every run) or fail never
 * undo what the analyst did meanwhile: a reload read before a star does not take the star off the card; a
 * reload and «المزيد» together keep every page and leave the timeline idle; a note typed on while
 * the first part saves is kept; «غير مقروء» pressed before opening's read:true answers still
 * leaves the article unread, and answering after the view was marked read does not make it unread
 * again; an address typed while a feed subscribes is not cleared.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page, Request } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createService, type MarsadService } from '../../electron/core/app/service'
import type { OperationOutput } from '../../electron/core/contract/operations'
import { Store } from '../../electron/core/store/store'
import { openAppInProcess, type OpenApp } from '../support/browser'
import { rssFeed, workshopArticle } from '../support/feeds'
import { afterPageTurn, holdAnswer } from '../support/held-answers'
import { respond, startLocalServer, type LocalServer } from '../support/local-server'

/** More than one page of the timeline (500), so «المزيد» has something to load. */
const STORED = 620
let feeds: LocalServer
let service: MarsadService
let app: OpenApp | undefined
let page: Page

beforeAll(async () => {
  feeds = await startLocalServer()
  const workshop = workshopArticle()
  feeds.route('/later.xml', respond(rssFeed('اللاحقة', [{ id: 'l-1', title: workshop.title, body: workshop.body, link: 'https://later.example/1', pubDate: 'Sat, 14 Feb 2015 09:30:00 GMT' }])))
  const path = join(mkdtempSync(join(tmpdir(), 'marsad-late-e2e-')), 'marsad.sqlite')
  const store = Store.open(path)
  const feed = store.feeds.add('https://archive.example/rss', 'المركزية', 0)
  const now = Date.now()
  for (let i = 0; i < STORED; i++) {
    store.articles.insert({ feedId: feed.id, source: 'المركزية', guid: `g${i}`, url: null, title: `خبر رقم ${i}`, body: `نص الخبر رقم ${i}`, publishedAt: now - i * 60_000, publishedGuessed: false, fetchedAt: now })
  }
  store.close()
  service = createService({ dbPath: path, matchThreads: 0 })
  app = await openAppInProcess(service, { width: 1400, height: 950 })
  page = app.page
  // A step that cannot happen fails on its own, well inside the test's 30 s, and leaves no action
  // pending to land in the next test.
  page.setDefaultTimeout(15_000)
}, 120_000)

afterAll(async () => {
  await app?.close()
  await service?.whenIdle()
  service?.close()
  await feeds?.close()
})

const timeline = () => page.locator('[data-testid="timeline"]')
// Only the cards near the top: the timeline is virtualized, and a card further down may not be in
// the page until it is scrolled to.
const card = (n: number) => page.locator('[data-testid="article-card"]').filter({ has: page.getByText(`خبر رقم ${n}`, { exact: true }) })
const listed = async (): Promise<number> => Number(/\d+/.exec(await page.locator('[data-testid="article-count"]').innerText())?.[0] ?? -1)
const stored = async (n: number) => {
  const id = Number(await card(n).getAttribute('data-article-id'))
  return ((await service.call('getArticle', { id })) as OperationOutput<'getArticle'>)?.triage
}
/** The timeline's first page of a reload (not «المزيد», which sends `after`). */
const reloading = (body: string): boolean => !body.includes('"after"')
/** A rescan ends with one (debounced) reload of the timeline. */
const rescanThenReload = () => service.call('rescan', {})

beforeEach(async () => {
  await page.reload()
  await page.locator('[data-testid="timeline"][aria-busy="false"] [data-testid="article-card"]').first().waitFor()
})

// A test that failed before releasing its answer leaves no route behind for the next one.
afterEach(() => page.unrouteAll({ behavior: 'ignoreErrors' }))

describe('late answers in headless Chromium', () => {
  it('keeps the star and the read a triage gave while a reload read before it was under way', async () => {
    const reload = await holdAnswer(page, 'listArticles', reloading)
    await rescanThenReload()
    await reload.handled
    // The held reload must be the last one, or a newer reload would put the star right by itself.
    const laterReloads: string[] = []
    const countReloads = (request: Request) => void (request.url().endsWith('/api/call/listArticles') && laterReloads.push(request.postData() ?? ''))
    page.on('request', countReloads)
    await card(0).locator('[data-testid="article-open"]').click()
    await page.locator('[data-testid="triage-star"]').click()
    await expect.poll(async () => (await stored(0))?.starred).toBe(true)
    await reload.release()
    await page.locator('[data-testid="timeline"][aria-busy="false"]').waitFor()
    await expect.poll(() => card(0).getAttribute('data-starred')).toBe('true')
    expect(await card(0).getAttribute('data-read')).toBe('true')
    page.off('request', countReloads)
    expect(laterReloads).toEqual([])
    await page.locator('[data-testid="reader-close"]').click()
  })

  it('loads «المزيد» asked during a reload, and the timeline ends idle', async () => {
    expect(await listed()).toBe(500)
    const reload = await holdAnswer(page, 'listArticles', reloading)
    await rescanThenReload()
    await reload.handled
    await page.locator('[data-testid="load-more"]').click()
    await reload.release()
    await expect.poll(listed).toBe(STORED)
    await expect.poll(() => timeline().getAttribute('aria-busy')).toBe('false')
  })

  it('keeps the page «المزيد» asked for when a reload comes while it loads', async () => {
    const more = await holdAnswer(page, 'listArticles', (body) => !reloading(body))
    await page.locator('[data-testid="load-more"]').click()
    await more.handled
    const reloaded = page.waitForResponse((response) => response.url().endsWith('/api/call/listArticles') && reloading(response.request().postData() ?? ''))
    await rescanThenReload()
    await reloaded
    await more.release()
    await expect.poll(() => timeline().getAttribute('aria-busy')).toBe('false')
    await expect.poll(listed).toBe(STORED)
  })

  it('keeps «المزيد» asked during a reload when another reload replaces it', async () => {
    const firstReload = await holdAnswer(page, 'listArticles', (body) => reloading(body) && body.includes('"limit":500'))
    await rescanThenReload()
    await firstReload.handled
    const withMore = await holdAnswer(page, 'listArticles', (body) => reloading(body) && body.includes('"limit":1000'))
    await page.locator('[data-testid="load-more"]').click()
    await withMore.handled
    const secondReload = page.waitForResponse((response) => response.url().endsWith('/api/call/listArticles') && response.request().postData() !== null && reloading(response.request().postData() ?? ''))
    await rescanThenReload()
    await secondReload
    await withMore.release()
    await firstReload.release()
    await expect.poll(() => timeline().getAttribute('aria-busy')).toBe('false')
    await expect.poll(listed).toBe(STORED)
  })

  it('keeps the note typed on while its first part saves', async () => {
    await card(3).locator('[data-testid="article-open"]').click()
    const note = page.locator('[data-testid="triage-note"]')
    await note.fill('الأولى')
    const saving = await holdAnswer(page, 'updateArticle', (body) => body.includes('"note"'))
    await page.locator('[data-testid="triage-note-save"]').click()
    await saving.handled
    await note.pressSequentially(' والثانية')
    await saving.release()
    // The save has answered once its button is free again; the rest of the note is still unsaved.
    await expect.poll(() => page.locator('[data-testid="triage-note-save"]').isEnabled()).toBe(true)
    expect(await note.inputValue()).toBe('الأولى والثانية')
    expect((await stored(3))?.note).toBe('الأولى')
    await page.locator('[data-testid="reader-close"]').click()
  })

  it('leaves an article unread when «غير مقروء» is pressed before opening’s read answers', async () => {
    const opening = await holdAnswer(page, 'updateArticle', (body) => body.includes('"read":true'))
    await card(5).locator('[data-testid="article-open"]').click()
    await opening.handled
    await page.locator('[data-testid="triage-read"]').click()
    await opening.release()
    await expect.poll(async () => (await stored(5))?.read).toBe(false)
    await expect.poll(() => card(5).getAttribute('data-read')).toBe('false')
    await page.locator('[data-testid="reader-close"]').click()
  })

  it('keeps what marking the view read stored when an earlier «غير مقروء» answers after it', async () => {
    await card(1).locator('[data-testid="article-open"]').click()
    await expect.poll(async () => (await stored(1))?.read).toBe(true)
    const unread = await holdAnswer(page, 'updateArticle', (body) => body.includes('"read":false'))
    await page.locator('[data-testid="triage-read"]').click()
    await unread.handled
    await page.locator('[data-testid="mark-view-read"]').click()
    await expect.poll(() => card(1).getAttribute('data-read')).toBe('true')
    expect((await stored(1))?.read).toBe(true)
    // The late answer (read: false, true when it was made) is handled, then the counts are read.
    const countsAfterAnswer = page.waitForRequest('**/api/call/timelineCounts')
    await unread.release()
    await countsAfterAnswer
    await afterPageTurn(page)
    expect(await card(1).getAttribute('data-read')).toBe('true')
    expect(await page.locator('[data-testid="triage-read"]').getAttribute('aria-pressed')).toBe('false')
    await page.locator('[data-testid="reader-close"]').click()
  })

  it('keeps a note that could not be saved in its box, with the reason', async () => {
    await card(2).locator('[data-testid="article-open"]').click()
    await page.route('**/api/call/updateArticle', (route) => route.abort())
    const note = page.locator('[data-testid="triage-note"]')
    await note.fill('لم تُحفظ بعد')
    await page.locator('[data-testid="triage-note-save"]').click()
    await page.locator('[data-testid="triage"] [role="alert"]').waitFor()
    expect(await page.locator('[data-testid="triage"] [role="alert"]').innerText()).toMatch(/^تعذّر الحفظ: /)
    expect(await note.inputValue()).toBe('لم تُحفظ بعد')
    await page.locator('[data-testid="reader-close"]').click()
  })

  it('shows what is stored when two changes in a row both fail, the earlier one first', async () => {
    await card(4).locator('[data-testid="article-open"]').click()
    await expect.poll(async () => (await stored(4))?.read).toBe(true)
    // Both are sent before either fails: the star fails first, then «غير مقروء».
    let failRead = (): void => undefined
    const readFails = new Promise<void>((resolve) => (failRead = resolve))
    let sendRead = (): void => undefined
    const readSent = new Promise<void>((resolve) => (sendRead = resolve))
    await page.route('**/api/call/updateArticle', async (route) => {
      if ((route.request().postData() ?? '').includes('"read"')) {
        sendRead()
        await readFails
      } else await readSent
      await route.abort()
    })
    const starFailed = page.waitForEvent('requestfailed', (request) => (request.postData() ?? '').includes('"starred"'))
    await page.locator('[data-testid="triage-star"]').click()
    await page.locator('[data-testid="triage-read"]').click()
    await starFailed
    failRead()
    await page.locator('[data-testid="triage"] [role="alert"]').waitFor()
    await expect.poll(() => page.locator('[data-testid="triage-star"]').getAttribute('aria-pressed')).toBe('false')
    expect(await page.locator('[data-testid="triage-read"]').getAttribute('aria-pressed')).toBe('false')
    expect(await card(4).getAttribute('data-starred')).toBe('false')
    expect(await card(4).getAttribute('data-read')).toBe('true')
    expect(await stored(4)).toMatchObject({ starred: false, read: true })
    await page.locator('[data-testid="reader-close"]').click()
  })

  it('keeps an address typed while a feed subscribes', async () => {
    const url = page.locator('[data-testid="add-feed-url"]')
    await url.fill(feeds.url('/later.xml'))
    await page.locator('[data-testid="add-feed-submit"]').click()
    const subscribing = await holdAnswer(page, 'addFeed')
    await page.locator('[data-testid="add-feed-subscribe"]').click()
    await subscribing.handled
    expect(((await service.call('listFeeds', {})) as OperationOutput<'listFeeds'>).map((feed) => feed.url)).toContain(feeds.url('/later.xml'))
    await url.fill('https://next.example/rss')
    // Once the answer is in, the new feed is fetched at once, in the same turn as the form hears of it.
    const fetchingTheNewFeed = page.waitForRequest('**/api/call/refreshNow')
    await subscribing.release()
    await fetchingTheNewFeed
    await afterPageTurn(page)
    expect(await url.inputValue()).toBe('https://next.example/rss')
    // The panel lists it (with what the page said, should it not).
    const panel = async () => ({ feeds: await page.locator('[data-testid="feed-item"]').count(), said: await page.locator('[role="alert"], [data-testid="poll-status"]').allInnerTexts() })
    await expect.poll(panel).toMatchObject({ feeds: 2 })
  })
})
