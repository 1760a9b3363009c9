/**
 * Raw feed HTML and sanitized full-text HTML live in columns of their own: migration 5 moves a
 * version-4 file's shared column, ingest fills each from its source, the article view says which
 * one the formatted view gets.
 */
import { describe, expect, it } from 'vitest'
import { toDetail } from '../../../electron/core/app/article-views'
import { FULLTEXT_SANITIZER } from '../../../electron/core/feeds/fulltext'
import type { ItemWithFullText } from '../../../electron/core/monitor/full-text'
import { ingestItems } from '../../../electron/core/monitor/ingest'
import { Matcher } from '../../../electron/core/rules/matcher'
import { MIGRATIONS } from '../../../electron/core/store/migrations'
import { databaseAt, storeOpener } from '../../support/databases'

const open = storeOpener()


/** What a feed sends: markup a reader must never render as is. */
const FEED_HTML = '<p onclick="steal()">أوقفت دورية من الجيش مطلوباً بجرم إرهاب</p><script>alert(1)</script><img src=x onerror=alert(2)>'
/** What a version-4 full-text fetch stored in the same column: DOMPurify's output, indistinguishable by form. */
const OLD_FULLTEXT_HTML = '<p>أوقفت دورية من الجيش في منطقة البقاع مطلوباً بجرم الانتماء إلى تنظيم إرهابي.</p>\n<p>وأحيل الموقوف إلى القضاء المختص.</p>'

describe('migration 5: raw feed HTML apart from sanitized full text', () => {
  it("keeps a version-4 file's HTML, whatever made it, as raw feed HTML: nothing is trusted that was not marked", () => {
    const { path, raw } = databaseAt(4)
    raw.prepare("INSERT INTO feeds (id, url, added_at, full_text) VALUES (1, 'https://almarkazia.example/rss', 0, 0), (2, 'https://annahar.example/rss', 0, 1)").run()
    const insert = raw.prepare(
      `INSERT INTO articles (feed_id, source, guid, url, title, body, published_at, fetched_at, content_hash, content_html)
       VALUES (?, ?, ?, ?, ?, ?, 1, 1, ?, ?)`,
    )
    insert.run(1, 'المركزية', 'a1', 'https://almarkazia.example/a1', 'توقيف مطلوب', 'أوقفت دورية من الجيش مطلوباً بجرم إرهاب', 'h1', FEED_HTML)
    insert.run(2, 'النهار', 'n1', 'https://annahar.example/n1', 'توقيف في البقاع', 'أوقفت دورية من الجيش في منطقة البقاع', 'h2', OLD_FULLTEXT_HTML)
    insert.run(1, 'المركزية', 'a2', 'https://almarkazia.example/a2', 'حالة الطقس', '', null, null)
    raw.close()

    const store = open(path)
    const [a1, n1, a2] = [1, 2, 3].map((id) => store.articles.get(id)!)
    expect([a1.feedHtml, a1.fulltextHtml, a1.fulltextSanitizer]).toEqual([FEED_HTML, null, null])
    expect([n1.feedHtml, n1.fulltextHtml, n1.fulltextSanitizer]).toEqual([OLD_FULLTEXT_HTML, null, null])
    expect([a2.feedHtml, a2.fulltextHtml]).toEqual([null, null])
    // Nothing else about the articles changed.
    expect([a1.body, n1.title, a2.title, n1.contentHash]).toEqual(['أوقفت دورية من الجيش مطلوباً بجرم إرهاب', 'توقيف في البقاع', 'حالة الطقس', 'h2'])
    // The reader is told the HTML is the feed's, i.e. raw.
    expect(toDetail(n1, [], new Map())).toMatchObject({ contentHtml: OLD_FULLTEXT_HTML, contentHtmlSource: 'feed' })
    expect(toDetail(a2, [], new Map())).toMatchObject({ contentHtml: null, contentHtmlSource: null })
    const columns = (store.db.prepare('PRAGMA table_info(articles)').all() as { name: string }[]).map((c) => c.name)
    expect(columns).not.toContain('content_html')
  })
})

describe('ingest: each HTML in its own column', () => {
  const item = (guid: string, fullText?: ItemWithFullText['fullText']): ItemWithFullText => ({
    guid,
    url: `https://almarkazia.example/2015/02/${guid}`,
    title: 'توقيف مطلوب بجرم إرهاب',
    body: fullText ? 'أوقفت دورية من الجيش في منطقة البقاع مطلوباً بجرم الانتماء إلى تنظيم إرهابي.' : 'أوقفت دورية من الجيش مطلوباً بجرم إرهاب',
    html: FEED_HTML,
    publishedAt: Date.UTC(2015, 1, 14, 9, 30),
    author: null,
    categories: [],
    imageUrl: null,
    ...(fullText ? { fullText } : {}),
  })

  it('keeps the feed HTML raw and the page HTML sanitized, labelled with its sanitizer; the view prefers the page', async () => {
    const { path, raw } = databaseAt(MIGRATIONS.length)
    raw.close()
    const store = open(path)
    const feed = store.feeds.add('https://almarkazia.example/rss', 'المركزية', 0)
    const page = { html: OLD_FULLTEXT_HTML, sanitizer: FULLTEXT_SANITIZER }
    await ingestItems(store, new Matcher([]), { id: feed.id, source: 'المركزية' }, [item('page-read', page), item('snippet-only')], 1)
    const [read, snippet] = store.timeline
      .page({ filter: {}, sort: 'time', limit: 10 })
      .map((row) => store.articles.get(row.id)!)
      .sort((a, b) => a.id - b.id)

    expect([read.feedHtml, read.fulltextHtml, read.fulltextSanitizer]).toEqual([FEED_HTML, OLD_FULLTEXT_HTML, FULLTEXT_SANITIZER])
    expect([snippet.feedHtml, snippet.fulltextHtml, snippet.fulltextSanitizer]).toEqual([FEED_HTML, null, null])
    expect(toDetail(read, [], new Map())).toMatchObject({ contentHtml: OLD_FULLTEXT_HTML, contentHtmlSource: 'page' })
    expect(toDetail(snippet, [], new Map())).toMatchObject({ contentHtml: FEED_HTML, contentHtmlSource: 'feed' })
    expect(FULLTEXT_SANITIZER).toMatch(/^dompurify \d+\.\d+\.\d+; marsad-fulltext\/\d+$/)
  })
})
