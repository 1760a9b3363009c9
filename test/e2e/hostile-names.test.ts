/**
 * End to end, issue 8 finding 5 on screen: a feed named «Hostile \u202EFeed» whose story title
 * carries an override and an ESC. In the real renderer build (headless Chromium, the server
 * `marsad serve` runs, in this process) neither the feed list, the card, nor the reader shows the
 * override: a browser would print «deeF Hostile». Saves screenshots under test/artifacts/.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createService, type MarsadService } from '../../electron/core/app/service'
import { openAppInProcess, type OpenApp } from '../support/browser'
import { PROJECT_ROOT } from '../support/cli'
import { ARREST_STORY } from '../support/feeds'
import { respond, startLocalServer, type LocalServer } from '../support/local-server'

const ARTIFACTS = join(PROJECT_ROOT, 'test/artifacts')
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/

const hostileFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Hostile \u202EFeed</title><link>https://example.com/</link>
<item><title>${ARREST_STORY.title} &amp;#27;[31m\u202Eعاجل</title><link>${ARREST_STORY.link}</link><guid>${ARREST_STORY.id}</guid>
<pubDate>${ARREST_STORY.pubDate}</pubDate><description>\u202E${ARREST_STORY.body}</description></item>
</channel></rss>
`

let feeds: LocalServer
let service: MarsadService | undefined
let app: OpenApp | undefined

beforeAll(async () => {
  feeds = await startLocalServer()
  feeds.route('/hostile.xml', respond(hostileFeed, { 'Content-Type': 'application/rss+xml; charset=utf-8' }))
  service = createService({ dbPath: join(mkdtempSync(join(tmpdir(), 'marsad-e2e-hostile-')), 'marsad.sqlite') })
  await service.call('addFeed', { url: feeds.url('/hostile.xml'), check: false })
  const [report] = (await service.call('refreshNow', {})) as { ok: boolean }[]
  expect(report.ok).toBe(true)
  app = await openAppInProcess(service, { width: 1280, height: 800 })
}, 60_000)

afterAll(async () => {
  await app?.close()
  service?.close()
  await feeds?.close()
})

describe('a feed with a bidi override in its name and titles, on screen', () => {
  it('shows the feed name, the card and the reader without the override', async () => {
    const page = app!.page
    const name = page.locator('[data-testid="feed-name"]')
    await name.waitFor({ timeout: 20_000 })
    expect(await name.textContent()).toBe('Hostile Feed')

    const card = page.locator('[data-testid="article-card"]').first()
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
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.screenshot({ path: join(ARTIFACTS, 'hostile-names-dark.png') })
  })
})
