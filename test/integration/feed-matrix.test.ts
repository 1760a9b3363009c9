/**
 * The feed matrix: one local server, one database, every kind of feed a real Arabic news list
 * contains (legacy code pages, BOMs, compression, validators, redirects, throttling, gone, slow,
 * huge, bombs, broken XML and dates, hostile HTML, duplicates, a lying charset) subscribed at
 * once and polled together. Each case is then checked, and with it that no other feed suffered.
 */
import { mkdtempSync } from 'node:fs'
import type { IncomingHttpHeaders } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createService, type MarsadService } from '../../electron/core/app/service'
import type { ArticleDetail, ArticleSummary, FeedView, PollReport } from '../../electron/core/contract/types'
import {
  brotli, conditional, CONTROL_TITLE, FILE_STORIES, fixtureFeed, gzip, gzipBomb, HOSTILE_HTML, hostOf, iso88596, oversizedFeed, probesHeldTogether,
  redirect, rss, STORIES as S, trickle, utf16leWithBom, utf8WithBom, windows1256, WORKSHOP, type Expected, type ProbeSpan,
} from '../support/feed-fixtures'
import { respond, startLocalServer, type LocalServer, type Route } from '../support/local-server'

const LIMITS = { timeoutMs: 1500, maxBytes: 256 * 1024, maxRedirects: 5 }
const T0 = Date.UTC(2025, 0, 6, 8, 0)
const HOUR = 3_600_000
const RSS = { 'Content-Type': 'application/rss+xml' }
const P = WORKSHOP.paragraphs

// What the server saw: every request, the probes' busy spans, the trickle's hang-ups.
const requests: { path: string; host: string; headers: IncomingHttpHeaders }[] = []
const probeSpans: ProbeSpan[] = []
// A probe's span is measured in requests seen: the ones that arrived while it was held are
// requests.slice(start, end). Its partner, a probe of the other host, is awaited well past the
// client's timeout, so a probe answered alone shows as a failed poll too.
const heldProbe = probesHeldTogether({ clock: () => requests.length, safetyMs: 10_000, onSpan: (span) => probeSpans.push(span) })
let trickleHangUps = 0
let mislabeledEdition: 1 | 2 = 1
const bomb = gzipBomb()

interface MatrixFeed { key: string; name: string; path: string; route: Route; stores: readonly Expected[]; host?: 'localhost' }
// Probes first, alternating hosts, so that without the per-host rule they would all start at once.
const MATRIX: MatrixFeed[] = [
  ...S.probes.map((s, i) => ({ key: `probe-${i}`, name: `موجز ${i}`, path: `/probe/${i}.xml`, route: heldProbe(rss(`موجز ${i}`, [s])), stores: [s], host: i % 2 ? ('localhost' as const) : undefined })),
  { key: 'cp1256-xml', name: 'المركزية', path: '/cp1256-xml.xml', route: respond(windows1256(rss('المركزية', [S.cp1256Xml], '<?xml version="1.0" encoding="windows-1256"?>')), RSS), stores: [S.cp1256Xml] },
  { key: 'cp1256-bare', name: 'النهار', path: '/cp1256-bare.xml', route: respond(windows1256(rss('النهار', [S.cp1256Bare], '')), RSS), stores: [S.cp1256Bare] },
  { key: 'iso-header', name: 'السفير', path: '/iso-header.xml', route: respond(iso88596(rss('السفير', [S.isoHeader], '<?xml version="1.0"?>')), { 'Content-Type': 'text/xml; charset=ISO-8859-6' }), stores: [S.isoHeader] },
  { key: 'iso-xml', name: 'اللواء', path: '/iso-xml.xml', route: respond(iso88596(rss('اللواء', [S.isoXml], '<?xml version="1.0" encoding="ISO-8859-6"?>')), RSS), stores: [S.isoXml] },
  { key: 'utf16', name: 'الديار', path: '/utf16.xml', route: respond(utf16leWithBom(rss('الديار', [S.utf16], '<?xml version="1.0" encoding="UTF-16"?>')), RSS), stores: [S.utf16] },
  { key: 'utf8-bom', name: 'الجمهورية', path: '/utf8-bom.xml', route: respond(utf8WithBom(rss('الجمهورية', [S.utf8Bom], '<?xml version="1.0" encoding="windows-1256"?>')), RSS), stores: [S.utf8Bom] },
  { key: 'gzip', name: 'الأخبار', path: '/gzip.xml', route: respond(gzip(rss('الأخبار', [S.gzip])), { ...RSS, 'Content-Encoding': 'gzip' }), stores: [S.gzip] },
  { key: 'br', name: 'المستقبل', path: '/br.xml', route: respond(brotli(rss('المستقبل', [S.br])), { ...RSS, 'Content-Encoding': 'br' }), stores: [S.br] },
  { key: 'etag', name: 'الشرق', path: '/etag.xml', route: conditional({ etag: '"v1-etag"' }, rss('الشرق', [S.etag])), stores: [S.etag] },
  { key: 'lastmod', name: 'البلد', path: '/lastmod.xml', route: conditional({ lastModified: 'Sat, 14 Feb 2015 10:00:00 GMT' }, rss('البلد', [S.lastmod])), stores: [S.lastmod] },
  { key: 'moved', name: 'الحياة', path: '/moved/old.xml', route: redirect(301, '/moved/step.xml'), stores: [S.moved] },
  { key: 'temp', name: 'الشرق الأوسط', path: '/temp/old.xml', route: redirect(302, '/temp/step.xml'), stores: [S.temp] },
  { key: 'loop', name: 'دوامة', path: '/loop/a.xml', route: redirect(301, '/loop/b.xml'), stores: [] },
  { key: 'busy', name: 'مزدحم', path: '/busy.xml', route: respond('slow down', { 'Retry-After': '3600' }, 429), stores: [] },
  { key: 'gone', name: 'موقع مغلق', path: '/gone.xml', route: respond('gone', {}, 410), stores: [] },
  { key: 'trickle', name: 'بطيء', path: '/trickle.xml', route: trickle(() => trickleHangUps++), stores: [] },
  { key: 'huge', name: 'ثرثار', path: '/huge.xml', route: respond(oversizedFeed(LIMITS.maxBytes), RSS), stores: [] },
  { key: 'bomb', name: 'قنبلة', path: '/bomb.xml', route: respond(bomb, { ...RSS, 'Content-Encoding': 'gzip' }), stores: [] },
  { key: 'control', name: 'الوطن', path: '/control.xml', route: respond(rss('الوطن', [S.control]), RSS), stores: [{ ...S.control, title: CONTROL_TITLE.clean }] },
  { key: 'atom', name: 'وكالة الأنباء', path: '/atom.xml', route: respond(fixtureFeed('atom-bad-date.xml'), { 'Content-Type': 'application/atom+xml' }), stores: FILE_STORIES.atom },
  { key: 'rdf', name: 'نشرة الأمن الإقليمي', path: '/rdf.xml', route: respond(fixtureFeed('rss1-rdf.xml'), { 'Content-Type': 'application/rdf+xml' }), stores: FILE_STORIES.rdf },
  { key: 'entities', name: 'مفخخ', path: '/entities.xml', route: respond(fixtureFeed('entity-bomb.xml'), RSS), stores: [] },
  { key: 'html', name: 'الرأي', path: '/html.xml', route: respond(rss('الرأي', [S.html]), RSS), stores: [S.html] },
  { key: 'months', name: 'الوكالة الوطنية', path: '/months.xml', route: respond(fixtureFeed('arabic-month-dates.xml'), RSS), stores: FILE_STORIES.months },
  { key: 'dup-a', name: 'القدس العربي', path: '/dup-a.xml', route: respond(rss('القدس العربي', [S.dup]), RSS), stores: [S.dup] },
  { key: 'dup-b', name: 'العربي الجديد', path: '/dup-b.xml', route: respond(rss('العربي الجديد', [{ ...S.dup, guid: 'b-77', link: 'https://news.example/2015/02/plan' }]), RSS), stores: [S.dup] },
  { key: 'mislabeled', name: 'المدن', path: '/mislabeled.xml', stores: [], route: (req, res) => {
    const item = mislabeledEdition === 1 ? S.mislabeled1 : S.mislabeled2
    respond(windows1256(rss('المدن', [item], '<?xml version="1.0" encoding="windows-1256"?>')), { 'Content-Type': 'application/rss+xml; charset=utf-8' })(req, res)
  } },
]
const EXTRA_ROUTES: Record<string, Route> = {
  '/moved/step.xml': redirect(308, '/moved/final.xml'),
  '/moved/final.xml': respond(rss('الحياة', [S.moved]), RSS),
  '/temp/step.xml': redirect(301, '/temp/final.xml'),
  '/temp/final.xml': respond(rss('الشرق الأوسط', [S.temp]), RSS),
  '/loop/b.xml': redirect(302, '/loop/a.xml'),
}
const GOOD = MATRIX.filter((f) => f.stores.length > 0)

let server: LocalServer
let service: MarsadService
let clock = T0
const ids: Record<string, number> = {}
let reports1: PollReport[], reports2: PollReport[], feeds1: FeedView[], countAfter1: number, countAfter2: number

const call = async <T,>(op: string, input: unknown): Promise<T> => (await service.call(op, input)) as T
const listArticles = () => call<ArticleSummary[]>('listArticles', { limit: 5000 })
const feedNow = async (key: string) => (await call<FeedView[]>('listFeeds', {})).find((f) => f.id === ids[key]) as FeedView
const reportOf = (reports: PollReport[], key: string) => reports.find((r) => r.feedId === ids[key])
const requestsTo = (path: string) => requests.filter((r) => r.path === path)

/** The one article with this exact title, every expected paragraph inside its plain body. */
async function stored(e: Expected, articles?: ArticleSummary[]): Promise<ArticleDetail> {
  const matches = (articles ?? (await listArticles())).filter((a) => a.title === e.title)
  expect(matches, e.title).toHaveLength(1)
  const detail = (await call<ArticleDetail | null>('getArticle', { id: matches[0].id })) as ArticleDetail
  for (const p of e.paragraphs) expect(detail.body).toContain(p)
  return detail
}

/** Every good feed polled fine and has its articles, with their exact Arabic text. */
async function goodFeedsIntact(): Promise<void> {
  const [articles, feeds] = [await listArticles(), await call<FeedView[]>('listFeeds', {})]
  for (const f of GOOD) {
    expect(reportOf(reports1, f.key), f.key).toMatchObject({ ok: true })
    const feed = feeds.find((v) => v.id === ids[f.key])
    expect(feed, f.key).toMatchObject({ lastError: null, failures: 0, disabledReason: null, articleCount: f.stores.length })
    for (const e of f.stores) await stored(e, articles)
  }
}

beforeAll(async () => {
  server = await startLocalServer()
  const track = (route: Route): Route => (req, res) => {
    requests.push({ path: new URL(req.url ?? '/', 'http://x').pathname, host: hostOf(req), headers: req.headers })
    // No keep-alive: the checks below run long stretches without yielding to timers, and a pooled
    // socket whose server-side idle timeout fires late would be reset under the next request.
    res.setHeader('Connection', 'close')
    route(req, res)
  }
  for (const f of MATRIX) server.route(f.path, track(f.route))
  for (const [path, route] of Object.entries(EXTRA_ROUTES)) server.route(path, track(route))
  service = createService({ dbPath: join(mkdtempSync(join(tmpdir(), 'marsad-matrix-')), 'm.sqlite'), limits: LIMITS, now: () => clock, random: () => 0.5 })
  const localhost = server.origin.replace('127.0.0.1', 'localhost')
  for (const f of MATRIX) {
    ids[f.key] = (await call<FeedView>('addFeed', { url: (f.host ? localhost : server.origin) + f.path, name: f.name, check: false })).id
  }
  reports1 = await call('refreshNow', {})
  feeds1 = await call('listFeeds', {})
  countAfter1 = (await listArticles()).length
  clock = T0 + HOUR
  reports2 = await call('refreshNow', {})
  countAfter2 = (await listArticles()).length
})
afterAll(async () => {
  service?.close()
  await server?.close()
})

describe('feed matrix: every kind of feed polled together', () => {
  it('reports every feed in feed order, the good ones ok with their articles', async () => {
    expect(reports1.map((r) => r.feedId)).toEqual(MATRIX.map((f) => ids[f.key]))
    await goodFeedsIntact()
  })

  it.each([
    ['windows-1256 with an XML declaration', 'cp1256-xml'],
    ['windows-1256 with no declaration and no HTTP charset', 'cp1256-bare'],
    ['ISO-8859-6 declared only in the HTTP Content-Type', 'iso-header'],
    ['ISO-8859-6 declared only in the XML declaration', 'iso-xml'],
    ['UTF-16LE with a BOM', 'utf16'],
    ['UTF-8 with a BOM (the BOM beats a stale windows-1256 declaration)', 'utf8-bom'],
    ['gzip', 'gzip'],
    ['br', 'br'],
  ])('%s: the Arabic text arrives intact', async (_label, key) => {
    const feed = MATRIX.find((f) => f.key === key) as MatrixFeed
    expect(reportOf(reports1, key)).toMatchObject({ ok: true, fetched: 1, newArticles: 1 })
    for (const e of feed.stores) expect((await stored(e)).title).not.toMatch(/[\uFFFD?]|Ø|Ù/)
    await goodFeedsIntact()
  })

  it.each([
    ['etag', 'if-none-match', '"v1-etag"'],
    ['lastmod', 'if-modified-since', 'Sat, 14 Feb 2015 10:00:00 GMT'],
  ])('%s: the second poll is conditional, the 304 stores nothing and moves lastCheckedAt', async (key, header, value) => {
    expect(requestsTo(`/${key}.xml`).map((r) => r.headers[header])).toEqual([undefined, value])
    expect(reportOf(reports2, key)).toMatchObject({ ok: true, notModified: true, fetched: 0, newArticles: 0 })
    expect(feeds1.find((f) => f.id === ids[key])?.lastCheckedAt).toBe(T0)
    expect(await feedNow(key)).toMatchObject({ lastCheckedAt: T0 + HOUR, lastError: null, articleCount: 1 })
    await goodFeedsIntact()
  })

  it('301 → 308: the feed now lives at the final URL; 302 → 301: it keeps its URL', async () => {
    expect(reportOf(reports1, 'moved')?.url).toBe(server.url('/moved/final.xml'))
    expect((await feedNow('moved')).url).toBe(server.url('/moved/final.xml'))
    expect(requestsTo('/moved/old.xml')).toHaveLength(1) // the second poll went straight to the new address
    expect((await feedNow('temp')).url).toBe(server.url('/temp/old.xml'))
    expect(requestsTo('/temp/old.xml')).toHaveLength(2)
    await goodFeedsIntact()
  })

  it('a redirect loop is an error stored on the feed', async () => {
    expect(reportOf(reports1, 'loop')).toMatchObject({ ok: false, error: { code: 'feed.redirect_loop', url: server.url('/loop/a.xml') } })
    expect(await feedNow('loop')).toMatchObject({ lastError: { code: 'feed.redirect_loop', url: server.url('/loop/a.xml') }, failures: 2, articleCount: 0 })
    await goodFeedsIntact()
  })

  it('429 with Retry-After: 3600 stores the error and waits at least an hour', async () => {
    const busy = feeds1.find((f) => f.id === ids.busy) as FeedView
    expect(busy).toMatchObject({ lastError: { code: 'feed.http_status', status: 429 }, failures: 1, disabledReason: null })
    expect(busy.nextCheckAt).toBeGreaterThanOrEqual(T0 + 3600 * 1000)
    await goodFeedsIntact()
  })

  it('410 disables the feed; a later refresh of all skips it while the others poll', async () => {
    expect(reportOf(reports1, 'gone')).toMatchObject({ ok: false, error: { code: 'feed.gone' } })
    expect(await feedNow('gone')).toMatchObject({ disabledReason: { code: 'feed.gone' }, nextCheckAt: null })
    expect(requestsTo('/gone.xml')).toHaveLength(1)
    expect(reportOf(reports2, 'gone')).toBeUndefined()
    expect(reports2.map((r) => r.feedId)).toEqual(MATRIX.filter((f) => f.key !== 'gone').map((f) => ids[f.key]))
    await goodFeedsIntact()
  })

  it('a server trickling bytes is cut off at the timeout and the socket closed', async () => {
    // The total timeout ended it (not a read error, not the cap), and the server saw the hang-up.
    expect(reportOf(reports1, 'trickle')).toMatchObject({ ok: false, error: { code: 'feed.timeout', seconds: LIMITS.timeoutMs / 1000 } })
    await vi.waitFor(() => expect(trickleHangUps).toBe(requestsTo('/trickle.xml').length))
    await goodFeedsIntact()
  })

  it('a body over the cap, and a gzip bomb whose compressed size is under it, both stop at the cap', async () => {
    expect(bomb.length).toBeLessThan(LIMITS.maxBytes)
    for (const key of ['huge', 'bomb']) {
      expect(reportOf(reports1, key), key).toMatchObject({ ok: false, error: { code: 'feed.too_large', limitBytes: expect.any(Number) } })
      expect(await feedNow(key)).toMatchObject({ articleCount: 0, lastError: { code: 'feed.too_large' } })
    }
    expect((await listArticles()).filter((a) => a.title.startsWith('خبر حشو'))).toEqual([])
    await goodFeedsIntact()
  })

  it('invalid XML characters in a title are stripped and the article is stored', async () => {
    await stored({ title: CONTROL_TITLE.clean, paragraphs: [P[2]] })
    expect((await listArticles()).filter((a) => /[\u0001\u000B]/.test(a.title))).toEqual([])
    await goodFeedsIntact()
  })

  it('an Atom entry with an impossible date is kept, its date marked as guessed', async () => {
    const [good1, bad, good2] = await Promise.all(FILE_STORIES.atom.map((e) => stored(e)))
    expect([good1.publishedAt, good1.publishedGuessed]).toEqual([Date.UTC(2015, 1, 16, 8, 0), false])
    expect([bad.publishedAt, bad.publishedGuessed]).toEqual([T0, true])
    expect([good2.publishedAt, good2.publishedGuessed]).toEqual([Date.UTC(2015, 1, 16, 7, 15), false])
    await goodFeedsIntact()
  })

  it('RSS 1.0 / RDF: items, dc:date and dc:creator', async () => {
    const [depot, paris] = await Promise.all(FILE_STORIES.rdf.map((e) => stored(e)))
    expect(depot).toMatchObject({ publishedAt: Date.UTC(2015, 1, 13, 9, 0), publishedGuessed: false, author: 'مراسل الشؤون الأمنية' })
    expect(paris).toMatchObject({ publishedAt: Date.UTC(2015, 1, 12, 16, 45), publishedGuessed: false })
    await goodFeedsIntact()
  })

  it('a DTD entity bomb is refused and nothing of it is stored', async () => {
    expect(reportOf(reports1, 'entities')).toMatchObject({ ok: false, error: { code: 'feed.dtd_entities' } })
    expect(await feedNow('entities')).toMatchObject({ articleCount: 0, lastError: { code: 'feed.dtd_entities' } })
    expect((await listArticles()).filter((a) => a.title.includes('مفخخ') || a.title.includes('lol'))).toEqual([])
    await goodFeedsIntact()
  })

  it('HTML in CDATA: the plain body has the paragraphs and nothing executable; contentHtml is kept as sent', async () => {
    const article = await stored({ title: S.html.title, paragraphs: [P[3], P[4], 'التفاصيل'] })
    expect(article.body).not.toMatch(/script|document|cookie|evil|onerror|alert|javascript|[<>]/)
    expect(article.contentHtml).toBe(HOSTILE_HTML)
    await goodFeedsIntact()
  })

  it('Arabic month names in pubDate are read (شباط, فبراير)', async () => {
    const [amman, release] = await Promise.all(FILE_STORIES.months.map((e) => stored(e)))
    expect([amman.publishedAt, amman.publishedGuessed]).toEqual([Date.UTC(2015, 1, 14, 9, 30), false])
    expect([release.publishedAt, release.publishedGuessed]).toEqual([Date.UTC(2015, 1, 15, 18, 5), false])
    await goodFeedsIntact()
  })

  it('the same story in two feeds (one link with utm_ parameters) is stored once, seen in both', async () => {
    const article = await stored(S.dup)
    expect(article.url).toBe('https://news.example/2015/02/plan')
    expect([...article.seenIn].sort()).toEqual(['القدس العربي', 'العربي الجديد'].sort())
    expect([reportOf(reports1, 'dup-a')?.newArticles, reportOf(reports1, 'dup-b')?.newArticles]).toEqual([1, 0])
    await goodFeedsIntact()
  })

  it('one request at a time per host, while two hosts are polled in parallel', () => {
    // Two polls of four probes, two per host.
    expect(probeSpans).toHaveLength(2 * S.probes.length)
    expect(probeSpans.filter((s) => s.host === 'localhost')).toHaveLength(S.probes.length)
    // No other request reached a probe's host while the probe was held…
    for (const span of probeSpans) expect(requests.slice(span.start, span.end).filter((r) => r.host === span.host), span.host).toEqual([])
    // …while each was held until a probe of the other host was held too: never answered alone.
    expect(probeSpans.filter((s) => !s.together)).toEqual([])
  })

  it('the second poll of everything stores nothing twice', async () => {
    for (const f of GOOD) expect(reportOf(reports2, f.key), f.key).toMatchObject({ ok: true, newArticles: 0 })
    expect(countAfter2).toBe(countAfter1)
    await goodFeedsIntact()
  })

  it('a windows-1256 feed served as charset=utf-8 is read as windows-1256, and the feed says the charset lied', async () => {
    const first = await stored(S.mislabeled1)
    expect((await feedNow('mislabeled')).notices).toEqual([{ code: 'feed.charset_overridden', declared: 'utf-8', used: 'windows-1256', reason: 'invalid_bytes' }])
    // Set by hand, the encoding is the analyst's choice: nothing to notice any more.
    expect(await call('updateFeed', { id: ids.mislabeled, encoding: 'windows-1256' })).toMatchObject({ encoding: 'windows-1256' })
    mislabeledEdition = 2
    expect(await call('refreshNow', { feedId: ids.mislabeled })).toMatchObject([{ ok: true, fetched: 1, newArticles: 1 }])
    await stored(S.mislabeled2)
    expect((await feedNow('mislabeled')).notices).toEqual([])
    expect((await listArticles()).map((a) => a.id)).toContain(first.id) // nothing already stored is lost
    await goodFeedsIntact()
  })
})
