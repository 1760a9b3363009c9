/**
 * End to end, subscriptions: local feeds over HTTP → the server `marsad serve` runs, on an empty
 * database → the real renderer build in headless Chromium. Everything goes through the UI the
 * analyst uses: first-run suggestions, add with a preview, OPML import, a failing feed, the edit
 * dialog, and the reader's sanitized formatted view. Saves screenshots under test/artifacts/.
 *
 * The server runs in this process without serve's 30 s scheduler, so every poll is one the UI
 * asked for (a scheduled one would add a failed attempt to the failing feed whenever this file
 * runs slowly). The real `marsad serve` process is opened by timeline.test.ts.
 */
import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createService, type MarsadService } from '../../electron/core/app/service'
import { openAppInProcess, type OpenApp } from '../support/browser'
import { PROJECT_ROOT } from '../support/cli'
import { fixtureArticles, WORKSHOP_ID, workshopArticle } from '../support/feeds'
import { respond, startLocalServer, type LocalServer } from '../support/local-server'

const ARTIFACTS = join(PROJECT_ROOT, 'test/artifacts')
const workshop = workshopArticle()
let feeds: LocalServer
let service: MarsadService | undefined
let app: OpenApp | undefined
let page: Page

interface Item {
  readonly id: string
  readonly title: string
  readonly link: string
  readonly pubDate: string
  readonly html: string
  readonly author?: string
  readonly categories?: readonly string[]
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** RSS 2.0 with content:encoded HTML, dc:creator and categories, as news sites publish them. */
function rss(title: string, items: readonly Item[]): string {
  const entries = items.map(
    (item) => `
    <item>
      <title>${escapeXml(item.title)}</title>
      <link>${escapeXml(item.link)}</link>
      <guid isPermaLink="false">${escapeXml(item.id)}</guid>
      <pubDate>${item.pubDate}</pubDate>${item.author ? `\n      <dc:creator>${escapeXml(item.author)}</dc:creator>` : ''}${(item.categories ?? []).map((c) => `\n      <category>${escapeXml(c)}</category>`).join('')}
      <content:encoded><![CDATA[${item.html}]]></content:encoded>
    </item>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${escapeXml(title)}</title>
    <link>https://example.com/</link>
    <language>ar</language>${entries.join('')}
  </channel>
</rss>
`
}

/** The workshop article as a site would send it: formatting, plus everything a hostile feed could try. */
function workshopHtml(): string {
  const { paragraphs } = workshop
  return [
    '<h3>ورشة في طرابلس</h3>',
    `<p><strong>${paragraphs[0]}</strong></p>`,
    '<script>window.__marsadXss = "script"</script>',
    '<img src="https://evil.test/x.png" onerror="window.__marsadXss = \'img\'">',
    ...paragraphs.slice(1, 3).map((p) => `<p style="color:red" onclick="window.__marsadXss = 'click'">${p}</p>`),
    `<blockquote>${paragraphs[3] ?? paragraphs[1]}</blockquote>`,
    '<ul><li>التعاون المخابراتي</li><li>مكافحة الارهاب</li></ul>',
    '<svg><script>window.__marsadXss = "svg"</script></svg>',
    '<p><a href="https://www.example.com/workshop">المصدر</a> · <a href="JaVaScRiPt:window.__marsadXss=\'link\'">رابط خبيث</a></p>',
    '<iframe src="https://evil.test/"></iframe><form action="https://evil.test/"><input name="q"></form>',
  ].join('')
}

const WORKSHOP_ITEM: Item = {
  id: WORKSHOP_ID,
  title: workshop.title,
  link: 'https://example.com/workshop',
  pubDate: new Date(Date.now() - 3_600_000).toUTCString(),
  html: workshopHtml(),
  author: 'المحرر الأمني',
  categories: ['أمن', 'لبنان'],
}

const OTHERS: Item[] = fixtureArticles()
  .filter((a) => a.id !== WORKSHOP_ID)
  .slice(0, 6)
  .map((a, index) => ({
    id: a.id,
    title: a.title,
    link: a.link,
    pubDate: new Date(Date.now() - (index + 2) * 3_600_000).toUTCString(),
    html: a.body
      .split(/\n+/)
      .map((p) => `<p>${p}</p>`)
      .join(''),
  }))

const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`)
const feedItem = (name: string) => page.locator('[data-testid="feed-item"]', { has: page.locator('[data-testid="feed-name"]', { hasText: name }) })
const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, name) })

async function preview(feedUrl: string): Promise<void> {
  await byTestId('add-feed-url').fill(feedUrl)
  await byTestId('add-feed-submit').click()
}

/**
 * Run in the page: from now on, records in window.__marsadActive every element put into the
 * document (or changed) that could run script: a script, an element that loads something (its
 * error handler fires later, when the load fails), an on* handler, a javascript: URL. The app's
 * own UI has none of these, so anything recorded came from a feed.
 */
function recordActiveContent(): void {
  const active: string[] = []
  const LOADS_OR_RUNS = 'script, img, image, svg, iframe, frame, object, embed, video, audio, source, link, meta, base'
  const check = (root: Element): void => {
    for (const el of [root, ...root.querySelectorAll('*')]) {
      const handlerOrUrl = [...el.attributes].some((a) => a.name.toLowerCase().startsWith('on') || /^\s*javascript:/i.test(a.value))
      if (handlerOrUrl || el.matches(LOADS_OR_RUNS)) active.push(el.outerHTML.slice(0, 200))
    }
  }
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes' && record.target instanceof Element) check(record.target)
      for (const node of record.addedNodes) if (node instanceof Element) check(node)
    }
  }).observe(document, { subtree: true, childList: true, attributes: true })
  ;(window as unknown as { __marsadActive: string[] }).__marsadActive = active
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true })
  const db = join(mkdtempSync(join(tmpdir(), 'marsad-e2e-feeds-')), 'marsad.sqlite')
  feeds = await startLocalServer()
  const xml = { 'Content-Type': 'application/rss+xml; charset=utf-8' }
  feeds.route('/rss', respond(rss('المركزية', [WORKSHOP_ITEM, ...OTHERS.slice(0, 4)]), xml))
  // The same workshop story, delivered by a second outlet: stored once, «وصل من» both.
  feeds.route('/news.rss', respond(rss('أخبار لبنان', [WORKSHOP_ITEM, ...OTHERS.slice(4)]), xml))
  feeds.route(
    '/page.html',
    respond(
      `<!doctype html><html lang="ar"><head><title>المركزية</title>
      <link rel="alternate" type="application/rss+xml" title="المركزية — الأخبار" href="/rss">
      <link rel="alternate" type="application/rss+xml" title="أخبار لبنان" href="/news.rss">
      </head><body><p>موقع إخباري</p></body></html>`,
      { 'Content-Type': 'text/html; charset=utf-8' },
    ),
  )
  // /gone.rss is not routed: the local server answers 404.
  service = createService({ dbPath: db })
  app = await openAppInProcess(service, { width: 1280, height: 800 })
  page = app.page
  await page.evaluate(() => document.fonts.ready)
}, 120_000)

afterAll(async () => {
  await app?.close()
  await service?.whenIdle()
  service?.close()
  await feeds?.close()
})

describe('subscriptions in headless Chromium', () => {
  it('offers the suggested outlets on first run, grouped by category, none checked', async () => {
    await byTestId('first-run').waitFor()
    const checks = byTestId('suggestion-check')
    await expect.poll(() => checks.count()).toBeGreaterThan(5)
    expect(await byTestId('suggestion-group').count()).toBeGreaterThan(1)
    for (const checked of await checks.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).checked))) expect(checked).toBe(false)
    expect(await byTestId('suggestions-subscribe').isDisabled()).toBe(true)
    expect(await byTestId('feeds-empty').isVisible()).toBe(true)
    expect(await byTestId('feed-item').count()).toBe(0)
    await shot('feeds-first-run.png')
  })

  it('shows why a URL cannot be previewed, in Arabic, with the core message', async () => {
    await preview(feeds.url('/gone.rss'))
    await expect.poll(() => byTestId('add-feed-error').innerText()).toMatch(/^تعذّرت المعاينة: .*404/)
    expect(await byTestId('feed-preview').count()).toBe(0)
  })

  it('previews a web page, lists the feeds it links to, and subscribes to the chosen one: its articles appear', async () => {
    await preview(feeds.url('/page.html'))
    await expect.poll(() => byTestId('preview-discovered').innerText()).toBe('وُجدت 2 خلاصات في الصفحة')
    expect(await byTestId('preview-choice').count()).toBe(2)
    expect(await byTestId('preview-summary').innerText()).toBe('العنوان: المركزية · عدد المواد: 5')
    expect(await byTestId('add-feed-error').count()).toBe(0)
    await shot('feeds-preview.png')
    await byTestId('add-feed-subscribe').click()
    await page.locator('[data-testid="article-card"]', { hasText: workshop.title }).waitFor({ timeout: 20_000 })
    await expect.poll(() => byTestId('article-card').count(), { timeout: 10_000 }).toBe(5)
    expect(await byTestId('first-run').count()).toBe(0)
    await expect.poll(() => feedItem('المركزية').locator('[data-testid="feed-count"]').innerText(), { timeout: 10_000 }).toBe('5')
    expect(await feedItem('المركزية').getAttribute('data-status')).toBe('ok')
    expect(await byTestId('feed-preview').count()).toBe(0)
  })

  it('subscribes to a second feed under the name given', async () => {
    await preview(feeds.url('/news.rss'))
    await expect.poll(() => byTestId('preview-summary').innerText()).toBe('العنوان: أخبار لبنان · عدد المواد: 3')
    expect(await byTestId('preview-discovered').count()).toBe(0)
    await byTestId('add-feed-name').fill('أخبار لبنان اليوم')
    await byTestId('add-feed-subscribe').click()
    await expect.poll(() => feedItem('أخبار لبنان اليوم').locator('[data-testid="feed-count"]').innerText().catch(() => ''), { timeout: 20_000 }).toBe('3')
    await expect.poll(() => byTestId('article-card').count(), { timeout: 10_000 }).toBe(7)
  })

  it('imports OPML, and shows a failing feed with its error, failures and next attempt', async () => {
    const opml = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>من قارئ آخر</title></head><body>
  <outline type="rss" text="مصدر معطّل" xmlUrl="${feeds.url('/gone.rss')}"/>
  <outline type="rss" text="المركزية" xmlUrl="${feeds.url('/rss')}"/>
  <outline type="rss" text="بلا بروتوكول" xmlUrl="ftp://example.com/feed"/>
</body></opml>`
    await byTestId('opml-file').setInputFiles({ name: 'feeds.opml', mimeType: 'text/x-opml', buffer: Buffer.from(opml) })
    await expect.poll(() => byTestId('opml-result').innerText().catch(() => '')).toMatch(/^أُضيفت 1 خلاصات، موجودة مسبقًا: 1، تُجوهلت: 1/)
    const failing = feedItem('مصدر معطّل')
    await failing.waitFor()
    await failing.locator('[data-testid="feed-refresh"]').click()
    await expect.poll(() => failing.getAttribute('data-status'), { timeout: 20_000 }).toBe('error')
    expect(await failing.locator('[data-testid="feed-error"]').innerText()).toMatch(/404/)
    expect(await failing.locator('[data-testid="feed-retry"]').innerText()).toMatch(/^محاولات فاشلة: 1 · المحاولة التالية: (\d{2}:\d{2}|.*، \d{2}:\d{2})$/)
    const color = await failing.locator('[data-testid="feed-error"]').evaluate((el) => getComputedStyle(el).color)
    expect(color).toBe('rgb(179, 38, 30)')
    await failing.scrollIntoViewIfNeeded()
    await shot('feeds-panel-error.png')
  })

  it('edits a feed: the encoding is saved, and the panel and the dialog show it', async () => {
    const feed = feedItem('المركزية')
    await feed.locator('[data-testid="feed-edit"]').click()
    const dialog = byTestId('feed-edit-dialog')
    await dialog.waitFor()
    expect(await byTestId('feed-edit-encoding').inputValue()).toBe('')
    expect(await byTestId('feed-edit-encoding').locator('option:checked').innerText()).toBe('تلقائي')
    await byTestId('feed-edit-encoding').selectOption('windows-1256')
    await byTestId('feed-edit-interval').fill('60')
    await byTestId('feed-edit-fulltext').check()
    await shot('feeds-edit-dialog.png')
    await byTestId('feed-edit-save').click()
    await dialog.waitFor({ state: 'detached' })
    await expect.poll(() => feed.locator('[data-testid="feed-encoding"]').innerText().catch(() => '')).toBe('الترميز: windows-1256')
    await feed.locator('[data-testid="feed-edit"]').click()
    await dialog.waitFor()
    expect(await byTestId('feed-edit-encoding').inputValue()).toBe('windows-1256')
    expect(await byTestId('feed-edit-interval').inputValue()).toBe('60')
    expect(await byTestId('feed-edit-fulltext').isChecked()).toBe(true)
    expect(await byTestId('feed-edit-name').inputValue()).toBe('المركزية')
    await byTestId('feed-edit-cancel').click()
    await dialog.waitFor({ state: 'detached' })
  })

  it('reader: author, categories, «وصل من» both feeds, highlights by default, and the sanitized formatted text', async () => {
    await page.evaluate(recordActiveContent)
    await page.locator('[data-testid="article-card"]', { hasText: workshop.title }).click()
    await expect.poll(() => byTestId('reader-seen-in').innerText().catch(() => '')).toBe('المركزية، أخبار لبنان اليوم')
    expect(await byTestId('reader-author').innerText()).toBe('المحرر الأمني')
    expect(await byTestId('reader-category').allInnerTexts()).toEqual(['أمن', 'لبنان'])
    // The default view is the plain text the matches point into, with its <mark>s.
    expect(await byTestId('reader-body').locator('mark').count()).toBeGreaterThan(3)
    expect(await byTestId('reader-html').count()).toBe(0)
    expect(await byTestId('reader-view-highlighted').getAttribute('aria-pressed')).toBe('true')
    await shot('feeds-reader.png')

    await byTestId('reader-view-formatted').click()
    const html = byTestId('reader-html')
    await html.waitFor()
    expect(await html.locator('h3').innerText()).toBe('ورشة في طرابلس')
    expect(await html.locator('strong').count()).toBe(1)
    expect(await html.locator('blockquote').count()).toBe(1)
    expect(await html.locator('li').allInnerTexts()).toEqual(['التعاون المخابراتي', 'مكافحة الارهاب'])
    const safe = html.locator('a[href="https://www.example.com/workshop"]')
    expect(await safe.getAttribute('target')).toBe('_blank')
    expect(await safe.getAttribute('rel')).toBe('noopener noreferrer')
    expect(await html.locator('a', { hasText: 'رابط خبيث' }).getAttribute('href')).toBeNull()
    expect(await html.locator('script, img, svg, iframe, form, input, style, [style], [onclick], [onerror]').count()).toBe(0)
    expect(await html.evaluate((el) => el.innerHTML)).not.toMatch(/javascript:|__marsadXss|evil\.test/i)
    // Nothing ran, and nothing that could run later (an image's onerror once its load fails) was
    // ever in the page, even for a moment: no need to wait and see whether something fires.
    expect(await page.evaluate(() => (window as unknown as { __marsadXss?: string }).__marsadXss)).toBeUndefined()
    expect(await page.evaluate(() => (window as unknown as { __marsadActive: string[] }).__marsadActive)).toEqual([])
    await byTestId('reader-view-toggle').evaluate((el) => el.scrollIntoView({ block: 'start' }))
    await shot('feeds-reader-formatted.png')

    await byTestId('reader-view-highlighted').click()
    await expect.poll(() => byTestId('reader-body').locator('mark').count()).toBeGreaterThan(3)
    await byTestId('reader-close').click()
  })

  it('removes a feed after confirmation, keeping its articles', async () => {
    const before = await byTestId('article-card').count()
    const feed = feedItem('أخبار لبنان اليوم')
    await feed.locator('[data-testid="feed-remove"]').click()
    expect(await feed.locator('[data-testid="feed-remove-confirm"]').innerText()).toContain('تبقى المقالات المخزنة')
    await feed.locator('[data-testid="feed-remove-yes"]').click()
    await expect.poll(() => feedItem('أخبار لبنان اليوم').count()).toBe(0)
    await expect.poll(() => byTestId('poll-status').innerText()).toContain('أُلغي الاشتراك في «أخبار لبنان اليوم»')
    expect(await byTestId('article-card').count()).toBe(before)
  })
})
