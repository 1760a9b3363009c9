/** Feed and page HTML are stored compressed and read back as sent; rows stored before as text still read. */
import { describe, expect, it } from 'vitest'
import { storeOpener } from '../../support/databases'

const open = storeOpener()
const HTML = `<article><h1>توقيف خلية</h1>${'<p>أعلنت المديرية العامة للأمن العام توقيف خلية إرهابية في بيروت.</p>'.repeat(30)}</article>`

describe('stored HTML', () => {
  it('is kept compressed, a fraction of its size, and read back exactly', () => {
    const store = open()
    const feed = store.feeds.add('https://f.example/rss', 'مصدر', 0)
    const id = store.articles.insert({
      feedId: feed.id, source: 'مصدر', guid: 'g', url: null, title: 't', body: 'b', publishedAt: 0, publishedGuessed: false, fetchedAt: 0,
      feedHtml: HTML, fulltextHtml: `<main>${HTML}</main>`, fulltextSanitizer: 's1',
    }) as number
    const row = store.db.prepare('SELECT typeof(feed_html) AS type, length(feed_html) AS bytes FROM articles WHERE id = ?').get(id) as { type: string; bytes: number }
    expect(row.type).toBe('blob')
    expect(row.bytes).toBeLessThan(Buffer.byteLength(HTML) / 3)
    expect(store.articles.get(id)).toMatchObject({ feedHtml: HTML, fulltextHtml: `<main>${HTML}</main>`, fulltextSanitizer: 's1' })
  })

  it('reads HTML stored as text before compression', () => {
    const store = open()
    const feed = store.feeds.add('https://f.example/rss', 'مصدر', 0)
    const id = store.articles.insert({ feedId: feed.id, source: 'مصدر', guid: 'g', url: null, title: 't', body: 'b', publishedAt: 0, publishedGuessed: false, fetchedAt: 0 }) as number
    store.db.prepare('UPDATE articles SET feed_html = ? WHERE id = ?').run(HTML, id)
    expect(store.articles.get(id)?.feedHtml).toBe(HTML)
    expect(store.articles.get(id)?.fulltextHtml).toBeNull()
  })
})
