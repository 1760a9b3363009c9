/**
 * End to end, issue 8 on screen, in the real renderer build (headless Chromium, the server
 * `marsad serve` runs, in this process):
 * - a feed named «Hostile \u202EFeed» whose story title carries an override and an ESC: neither
 *   the feed list, the card, nor the reader shows the override (a browser would print «deeF
 *   Hostile»);
 * - a feed that is ill-formed (a bare & in a link) and lies about its charset (windows-1256 bytes
 *   served as utf-8) is read, and its entry in the feed list says what was repaired and read;
 * - a database holding a watchlist that cannot be built (saved by an older Marsad) opens, and the
 *   watchlists panel says the shipped set is in force;
 * - an article repeating a watchlist word hundreds of times opens with its first highlights and
 *   says how many more matched.
 * One browser and one service for all of it. Saves screenshots under test/artifacts/.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createService, type MarsadService } from '../../electron/core/app/service'
import { MAX_SPANS_PER_TERM } from '../../electron/core/rules/matcher'
import { openAppInProcess, type OpenApp } from '../support/browser'
import { PROJECT_ROOT } from '../support/cli'
import { windows1256 } from '../support/feed-fixtures'
import { ARREST_STORY } from '../support/feeds'
import { respond, startLocalServer, type LocalServer } from '../support/local-server'

const ARTIFACTS = join(PROJECT_ROOT, 'test/artifacts')
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/
const REPEATS = 250

const hostileFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Hostile \u202EFeed</title><link>https://example.com/</link>
<item><title>${ARREST_STORY.title} &amp;#27;[31m\u202Eعاجل</title><link>${ARREST_STORY.link}</link><guid>${ARREST_STORY.id}</guid>
<pubDate>${ARREST_STORY.pubDate}</pubDate><description>\u202E${ARREST_STORY.body}</description></item>
</channel></rss>
`

const LYING_TITLE = 'مداهمة في البقاع: توقيف مطلوبين بجرم الإرهاب'

/** A CMS's feed: a bare & in the link's query string, windows-1256 bytes, a header saying utf-8. */
const lyingFeed = windows1256(`<?xml version="1.0"?>
<rss version="2.0"><channel><title>الوكالة الوطنية</title><link>https://nna.example/</link>
<item><title>${LYING_TITLE}</title><link>https://nna.example/news?id=1&cat=2</link><guid>nna-1</guid>
<pubDate>${ARREST_STORY.pubDate}</pubDate><description>دهمت وحدة من الجيش منزلًا في البقاع وأوقفت مطلوبين بجرم الإرهاب.</description></item>
</channel></rss>
`)

/** One long item: the same arrest sentence again and again (a flood, or a CMS gone wrong). */
const floodFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>مصدر مكرر</title><link>https://flood.example/</link>
<item><title>نشرة مكررة</title><link>https://flood.example/news/1</link><guid>flood-1</guid>
<pubDate>Sat, 14 Feb 2015 08:00:00 GMT</pubDate><description>${'أوقفت القوى الأمنية مطلوبًا بجرم الإرهاب. '.repeat(REPEATS)}</description></item>
</channel></rss>
`

let feeds: LocalServer
let service: MarsadService | undefined
let app: OpenApp | undefined

beforeAll(async () => {
  feeds = await startLocalServer()
  feeds.route('/hostile.xml', respond(hostileFeed, { 'Content-Type': 'application/rss+xml; charset=utf-8' }))
  feeds.route('/lying.xml', respond(lyingFeed, { 'Content-Type': 'application/rss+xml; charset=utf-8' }))
  feeds.route('/flood.xml', respond(floodFeed, { 'Content-Type': 'application/rss+xml; charset=utf-8' }))
  const dbPath = join(mkdtempSync(join(tmpdir(), 'marsad-e2e-hostile-feeds-')), 'marsad.sqlite')
  createService({ dbPath }).close()
  // What an older Marsad could save: a NEAR chain it validated but that cannot be built.
  const chain = Array.from({ length: 5_001 }, (_, i) => (i % 2 === 0 ? 'قبضت' : 'على')).join(' NEAR/2 ')
  const raw = new Database(dbPath)
  raw.prepare('UPDATE watchlists SET definition = json_set(definition, ?, ?) WHERE position = 0').run('$.terms[0].query', chain)
  raw.close()
  service = createService({ dbPath })
  await service.call('addFeed', { url: feeds.url('/hostile.xml'), check: false })
  await service.call('addFeed', { url: feeds.url('/lying.xml'), check: false })
  await service.call('addFeed', { url: feeds.url('/flood.xml'), check: false })
  const reports = (await service.call('refreshNow', {})) as { ok: boolean }[]
  expect(reports.map((r) => r.ok)).toEqual([true, true, true])
  app = await openAppInProcess(service, { width: 1280, height: 800 })
}, 60_000)

afterAll(async () => {
  await app?.close()
  service?.close()
  await feeds?.close()
})

describe('hostile feeds and files, on screen', () => {
  it('shows a feed name, a card and the reader without bidi overrides or control characters', async () => {
    const page = app!.page
    const name = page.locator('[data-testid="feed-name"]', { hasText: 'Hostile' })
    await name.waitFor({ timeout: 20_000 })
    expect(await name.textContent()).toBe('Hostile Feed')

    const card = page.locator('[data-testid="article-card"]', { hasText: 'Hostile' })
    await card.waitFor({ timeout: 20_000 })
    const cardText = (await card.textContent()) ?? ''
    expect(cardText).not.toMatch(UNSAFE)
    expect(await card.locator('[data-testid="article-source"]').textContent()).toBe('Hostile Feed')
    expect(await card.locator('[data-testid="article-title"]').textContent()).toBe(`${ARREST_STORY.title} [31mعاجل`)

    await card.click()
    const body = page.locator('[data-testid="reader-body"]')
    await body.waitFor({ timeout: 20_000 })
    const reader = (await page.locator('[data-testid="reader"]').textContent()) ?? ''
    expect(reader).not.toMatch(UNSAFE)
    expect(reader).toContain(ARREST_STORY.body)
    // The whole page, hidden attributes (title, aria-label) included.
    expect(await page.evaluate(() => document.body.innerHTML)).not.toMatch(UNSAFE)
    await page.screenshot({ path: join(ARTIFACTS, 'hostile-names.png') })
  })

  it('reads the lying, ill-formed feed and says what it repaired and which charset it used', async () => {
    const page = app!.page
    const entry = page.locator('[data-testid="feed-item"]', { hasText: 'الوكالة الوطنية' })
    await entry.waitFor({ timeout: 20_000 })
    const notices = await entry.locator('[data-testid="feed-notice"]').allTextContents()
    expect(notices.join('\n')).toContain('windows-1256')
    expect(notices.join('\n')).toContain('أُصلحت')
    await expect.poll(() => page.locator('[data-testid="article-title"]', { hasText: LYING_TITLE }).count()).toBe(1)
  })

  it('says the stored watchlists could not be used and the shipped ones are in force', async () => {
    const problem = app!.page.locator('[data-testid="watchlists-problem"]')
    await problem.waitFor({ timeout: 20_000 })
    expect(await problem.textContent()).toContain('القوائم الافتراضية')
    await app!.page.screenshot({ path: join(ARTIFACTS, 'hostile-feeds.png') })
  })

  it('opens the flooded article with its first highlights and the count of the rest', async () => {
    const page = app!.page
    await page.locator('[data-testid="article-card"]', { hasText: 'نشرة مكررة' }).click()
    const more = page.locator('[data-testid="reader-omitted-spans"]')
    await more.waitFor({ timeout: 20_000 })
    const omitted = Number(/\d+/.exec((await more.textContent()) ?? '')?.[0])
    // Each term kept its first MAX_SPANS_PER_TERM highlights and counted the rest; every
    // repetition is either highlighted or counted.
    expect(omitted).toBeGreaterThan(0)
    const marked = await page.locator('[data-testid="reader-body"] mark').count()
    expect(marked).toBeGreaterThanOrEqual(MAX_SPANS_PER_TERM)
    expect(marked + omitted).toBeGreaterThanOrEqual(REPEATS)
    await page.screenshot({ path: join(ARTIFACTS, 'hostile-feeds-reader.png') })
  })
})
