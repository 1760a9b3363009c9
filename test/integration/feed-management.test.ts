/** Subscribing for real: preview and discovery, edit, remove, OPML in and out, suggestions, dedupe. */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createService, type MarsadService } from '../../electron/core/app/service'
import type { OperationOutput } from '../../electron/core/contract/operations'
import { rssFeed, workshopArticle } from '../support/feeds'
import { respond, startLocalServer, type LocalServer } from '../support/local-server'

let server: LocalServer
let service: MarsadService
const workshop = workshopArticle()
const item = (id: string, link: string) => ({ id, title: workshop.title, body: workshop.body, link, pubDate: 'Sat, 14 Feb 2015 09:30:00 GMT' })

beforeAll(async () => {
  server = await startLocalServer()
  server.route('/a.xml', respond(rssFeed('المركزية', [item('a-1', 'https://news.example/2015/02/workshop')])))
  server.route('/b.xml', respond(rssFeed('النهار', [item('b-77', 'https://news.example/2015/02/workshop?utm_source=rss&utm_medium=feed')])))
  server.route('/home.xml', respond(rssFeed('الصفحة الرئيسية', [
    { id: 'h1', title: 'خبر أول عن الطقس', body: 'أمطار غزيرة', link: 'https://news.example/', pubDate: 'Sat, 14 Feb 2015 09:30:00 GMT' },
    { id: 'h2', title: 'خبر ثان عن الرياضة', body: 'فوز الفريق', link: 'https://news.example/', pubDate: 'Sat, 14 Feb 2015 10:30:00 GMT' },
  ])))
  server.route('/page.html', respond(`<!doctype html><html lang="ar" dir="rtl"><head><title>الموقع</title>
    <link rel="alternate" type="application/rss+xml" title="أخبار الموقع" href="/a.xml"></head><body>مرحبا</body></html>`, { 'Content-Type': 'text/html; charset=utf-8' }))
  service = createService({ dbPath: join(mkdtempSync(join(tmpdir(), 'marsad-feeds-')), 'm.sqlite') })
})
afterAll(async () => {
  service.close()
  await server.close()
})

const call = <N extends string>(op: N, input: unknown) => service.call(op, input)

describe('feed management', () => {
  it('previews a feed, and finds the feed a web page links to', async () => {
    expect(await call('previewFeed', { url: server.url('/a.xml') })).toEqual({ url: server.url('/a.xml'), title: 'المركزية', itemCount: 1, discovered: [] })
    const fromPage = (await call('previewFeed', { url: server.url('/page.html') })) as OperationOutput<'previewFeed'>
    expect(fromPage).toMatchObject({ url: server.url('/a.xml'), title: 'المركزية', itemCount: 1, discovered: [{ url: server.url('/a.xml'), title: 'أخبار الموقع' }] })
    expect(await call('listFeeds', {})).toEqual([])
  })

  it('subscribes to the discovered feed when given the page', async () => {
    const feed = (await call('addFeed', { url: server.url('/page.html') })) as OperationOutput<'addFeed'>
    expect(feed).toMatchObject({ url: server.url('/a.xml'), name: 'المركزية', title: 'المركزية', intervalMinutes: 15, fullText: false, encoding: null })
  })

  it('stores one story once when two feeds carry it, remembering both', async () => {
    await call('addFeed', { url: server.url('/b.xml'), name: 'النهار' })
    const reports = (await call('refreshNow', {})) as OperationOutput<'refreshNow'>
    expect(reports.map((r) => r.newArticles)).toEqual([1, 0])
    const [article] = (await call('listArticles', {})) as OperationOutput<'listArticles'>
    const detail = (await call('getArticle', { id: article.id })) as OperationOutput<'getArticle'>
    expect(detail?.seenIn).toEqual(['المركزية', 'النهار'])
    const counts = ((await call('listFeeds', {})) as OperationOutput<'listFeeds'>).map((f) => f.articleCount)
    expect(counts).toEqual([1, 1])
  })

  it('does not merge different stories that share a home-page link', async () => {
    const feed = (await call('addFeed', { url: server.url('/home.xml') })) as OperationOutput<'addFeed'>
    const [report] = (await call('refreshNow', { feedId: feed.id })) as OperationOutput<'refreshNow'>
    expect(report.newArticles).toBe(2)
  })

  it('names articles of a feed added unchecked after the feed title, not its host', async () => {
    server.route('/unchecked.xml', respond(rssFeed('أخبار اليوم', [{ id: 'u1', title: 'خبر جديد', body: 'نص', link: 'https://other.example/u1', pubDate: 'Sat, 14 Feb 2015 11:30:00 GMT' }])))
    const feed = (await call('addFeed', { url: server.url('/unchecked.xml'), check: false })) as OperationOutput<'addFeed'>
    expect(feed.name).toBe(new URL(server.origin).host)
    await call('refreshNow', { feedId: feed.id })
    const articles = (await call('listArticles', { feedId: feed.id })) as OperationOutput<'listArticles'>
    expect(articles.map((a) => a.source)).toEqual(['أخبار اليوم'])
    expect((await call('getArticle', { id: articles[0].id })) as OperationOutput<'getArticle'>).toMatchObject({ seenIn: ['أخبار اليوم'] })
  })

  it('matches the full article for a snippet-only feed with full text on', async () => {
    const page = readFileSync(new URL('../fixtures/pages/workshop-article.html', import.meta.url), 'utf8')
    server.route('/article/42', respond(page, { 'Content-Type': 'text/html; charset=utf-8' }))
    const snippet = (id: string) => ({ id, title: 'ورشة عمل في طرابلس', body: 'التفاصيل في الموقع', link: server.url(`/article/${id}`), pubDate: 'Sat, 14 Feb 2015 12:30:00 GMT' })
    server.route('/snippets.xml', respond(rssFeed('مقتطفات', [snippet('42')])))
    const feed = (await call('addFeed', { url: server.url('/snippets.xml') })) as OperationOutput<'addFeed'>
    await call('updateFeed', { id: feed.id, fullText: true })
    const [report] = (await call('refreshNow', { feedId: feed.id })) as OperationOutput<'refreshNow'>
    expect(report).toMatchObject({ ok: true, newArticles: 1, newHits: 1 })
    const [article] = (await call('listArticles', { feedId: feed.id })) as OperationOutput<'listArticles'>
    const detail = (await call('getArticle', { id: article.id })) as OperationOutput<'getArticle'>
    expect(detail?.body).toContain('تطوير التعاون المخابراتي بين الاجهزة اللبنانية')
    expect(detail?.body).not.toMatch(/السابق|التالي/)
    expect(detail?.hits.map((h) => h.watchlistId)).toContain('intelligence-cooperation')
  })

  it('edits a feed and refuses an unknown encoding', async () => {
    const [feed] = (await call('listFeeds', {})) as OperationOutput<'listFeeds'>
    const edited = await call('updateFeed', { id: feed.id, name: 'المركزية — بيروت', intervalMinutes: 60, encoding: 'cp1256', fullText: true })
    expect(edited).toMatchObject({ name: 'المركزية — بيروت', intervalMinutes: 60, encoding: 'windows-1256', fullText: true })
    await expect(call('updateFeed', { id: feed.id, encoding: 'klingon-8' })).rejects.toMatchObject({ detail: { code: 'feed.unknown_encoding', label: 'klingon-8' } })
    await expect(call('updateFeed', { id: feed.id, intervalMinutes: 1 })).rejects.toMatchObject({ detail: { code: 'input.invalid', field: 'intervalMinutes', problem: 'too_small', limit: 5 } })
    expect(await call('updateFeed', { id: feed.id, name: null, encoding: null })).toMatchObject({ name: 'المركزية', encoding: null })
  })

  it('exports OPML and imports it into another database; garbage OPML is refused whole', async () => {
    const { opml } = (await call('exportOpml', {})) as OperationOutput<'exportOpml'>
    const other = createService({ dbPath: join(mkdtempSync(join(tmpdir(), 'marsad-feeds-')), 'm.sqlite') })
    try {
      const first = await other.call('importOpml', { text: opml })
      expect(first).toEqual({ added: 5, existing: 0, skipped: [] })
      expect(await other.call('importOpml', { text: opml })).toEqual({ added: 0, existing: 5, skipped: [] })
      await expect(other.call('importOpml', { text: '<opml><body><outline xmlUrl="https://x/"' })).rejects.toMatchObject({ detail: { code: 'opml.malformed' } })
      expect(((await other.call('listFeeds', {})) as unknown[]).length).toBe(5)
    } finally {
      other.close()
    }
  })

  it('offers the shipped Arabic outlets without subscribing to them', async () => {
    const before = ((await call('listFeeds', {})) as unknown[]).length
    const { feeds } = (await call('suggestedFeeds', {})) as OperationOutput<'suggestedFeeds'>
    expect(feeds.length).toBeGreaterThanOrEqual(10)
    expect(feeds.every((f) => f.url.startsWith('https://') && f.name.length > 0)).toBe(true)
    expect(((await call('listFeeds', {})) as unknown[]).length).toBe(before)
  })

  it('removes a feed and keeps its articles', async () => {
    const [feed] = (await call('listFeeds', {})) as OperationOutput<'listFeeds'>
    const before = ((await call('listArticles', {})) as unknown[]).length
    expect(await call('removeFeed', { id: feed.id })).toEqual({ removed: true })
    expect(((await call('listArticles', {})) as unknown[]).length).toBe(before)
  })
})
