/**
 * Feeds a strict reader would lose, polled for real: ill-formed XML and charsets that lie, served
 * over loopback HTTP into a real SQLite file. Every item is stored with its exact Arabic text, and
 * each feed's view says what had to be worked around (the renderer words it; see feeds.test.ts).
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createService, type MarsadService } from '../../electron/core/app/service'
import type { ArticleDetail, ArticleSummary, FeedView, PollReport } from '../../electron/core/contract/types'
import { fixtureFeed, rss, story, windows1256, WORKSHOP } from '../support/feed-fixtures'
import { respond, startLocalServer, type LocalServer } from '../support/local-server'

const P = WORKSHOP.paragraphs
const lying1256 = story('lying-1256', 'القبض على مطلوب بجرم إطلاق نار في البقاع', [P[2]])
const lying1252 = story('lying-1252', 'ورشة تدريبية حول أمن الحدود البحرية', [P[3]])
const lyingLatin1 = story('lying-latin1', 'الجيش يفكك عبوة ناسفة قرب طريق عام', [P[4]])

interface Case { readonly path: string; readonly body: Uint8Array | string; readonly contentType: string; readonly titles: readonly string[]; readonly notices: readonly unknown[] }
const CASES: Record<string, Case> = {
  ampersands: {
    path: '/amp.xml', body: fixtureFeed('illformed-ampersands.xml'), contentType: 'application/rss+xml',
    titles: ['توقيف مطلوبين في حملة دهم & تفتيش', 'ضبط شحنة مخدرات في المرفأ'],
    notices: [{ code: 'feed.repaired', reason: 'bare_ampersand', detail: 'Invalid character in entity name', line: 5 }], // the fifth line: lines count from 1
  },
  unclosed: {
    path: '/unclosed.xml', body: fixtureFeed('illformed-unclosed-html.xml'), contentType: 'application/rss+xml',
    titles: ['إحباط محاولة تسلل عبر الحدود', 'مؤتمر حول أمن المعلومات'],
    notices: [expect.objectContaining({ code: 'feed.repaired', reason: 'unclosed_tag' })],
  },
  truncated: {
    path: '/truncated.xml', body: fixtureFeed('illformed-truncated.xml'), contentType: 'application/rss+xml',
    titles: ['انفجار في مستودع ذخيرة دون إصابات', 'الأمن العام يحذر من رسائل احتيال'],
    notices: [expect.objectContaining({ code: 'feed.repaired', reason: 'truncated' })],
  },
  noVersion: {
    path: '/no-version.xml', body: fixtureFeed('illformed-no-version.xml'), contentType: 'application/rss+xml',
    titles: ['المحكمة العسكرية تصدر أحكاما في قضية التفجير'],
    notices: [expect.objectContaining({ code: 'feed.repaired', reason: 'missing_version' })],
  },
  // windows-1256 bytes, no XML declaration, served as UTF-8: the bytes decide.
  lying1256: {
    path: '/lying-1256.xml', body: windows1256(rss('الأنباء', [lying1256], '')), contentType: 'application/rss+xml; charset=utf-8',
    titles: [lying1256.title],
    notices: [{ code: 'feed.charset_overridden', declared: 'utf-8', used: 'windows-1256', reason: 'invalid_bytes' }],
  },
  // windows-1256 Arabic under a Latin label.
  lying1252: {
    path: '/lying-1252.xml', body: windows1256(rss('الساحل', [lying1252], '<?xml version="1.0" encoding="windows-1252"?>')), contentType: 'text/xml',
    titles: [lying1252.title],
    notices: [{ code: 'feed.charset_overridden', declared: 'windows-1252', used: 'windows-1256', reason: 'arabic_bytes' }],
  },
  // UTF-8 under a server default of ISO-8859-1.
  lyingLatin1: {
    path: '/lying-latin1.xml', body: Buffer.from(rss('الطريق', [lyingLatin1]), 'utf8'), contentType: 'text/xml; charset=ISO-8859-1',
    titles: [lyingLatin1.title],
    notices: [{ code: 'feed.charset_overridden', declared: 'windows-1252', used: 'utf-8', reason: 'utf8_bytes' }],
  },
  empty: { path: '/empty.xml', body: '<rss version="2.0"></rss>', contentType: 'application/rss+xml', titles: [], notices: [] },
}

let server: LocalServer
let service: MarsadService
let reports: PollReport[]
const ids: Record<string, number> = {}
const call = async <T,>(op: string, input: unknown): Promise<T> => (await service.call(op, input)) as T

beforeAll(async () => {
  server = await startLocalServer()
  for (const c of Object.values(CASES)) server.route(c.path, respond(c.body, { 'Content-Type': c.contentType }))
  service = createService({ dbPath: join(mkdtempSync(join(tmpdir(), 'marsad-repair-')), 'r.sqlite'), now: () => Date.UTC(2025, 0, 6, 8), random: () => 0.5 })
  for (const [key, c] of Object.entries(CASES)) ids[key] = (await call<FeedView>('addFeed', { url: server.url(c.path), check: false })).id
  reports = await call('refreshNow', {})
})

afterAll(async () => {
  await service?.close()
  await server?.close()
})

describe('feeds a strict reader would lose, polled over HTTP', () => {
  for (const [key, c] of Object.entries(CASES)) {
    it(`${key}: every item stored with its exact text, and the feed says what was worked around`, async () => {
      expect(reports.find((r) => r.feedId === ids[key])).toMatchObject({ ok: true, fetched: c.titles.length, newArticles: c.titles.length })
      const articles = await call<ArticleSummary[]>('listArticles', { feedId: ids[key] })
      expect(articles.map((a) => a.title).sort()).toEqual([...c.titles].sort())
      const feed = (await call<FeedView[]>('listFeeds', {})).find((f) => f.id === ids[key])
      expect(feed).toMatchObject({ lastError: null, failures: 0, notices: c.notices })
    })
  }

  it('the bodies read right too: paragraphs of the lying charsets, the text of the repaired HTML', async () => {
    const body = async (title: string): Promise<string> => {
      const [summary] = (await call<ArticleSummary[]>('listArticles', { limit: 100 })).filter((a) => a.title === title)
      return ((await call<ArticleDetail | null>('getArticle', { id: summary.id })) as ArticleDetail).body
    }
    expect(await body(lying1256.title)).toContain(P[2])
    expect(await body(lying1252.title)).toContain(P[3])
    expect(await body(lyingLatin1.title)).toContain(P[4])
    expect(await body('إحباط محاولة تسلل عبر الحدود')).toContain('أحبط الجيش محاولة تسلل')
  })
})
