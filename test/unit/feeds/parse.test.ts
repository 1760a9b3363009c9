import { describe, expect, it } from 'vitest'
import { canonicalLink, FeedParseError, parseFeed } from '../../../electron/core/feeds/parse'
import { rssFeed, workshopArticle } from '../../support/feeds'

describe('feed parsing', () => {
  it('turns an RSS feed of the workshop article into plain-text items', async () => {
    const workshop = workshopArticle()
    const feed = await parseFeed(
      rssFeed('المركزية', [{ id: 'workshop-1', title: workshop.title, body: workshop.body, link: 'https://example.com/a?utm_source=x', pubDate: 'Sat, 14 Feb 2015 09:30:00 +0200' }]),
    )
    expect(feed.title).toBe('المركزية')
    expect(feed.items).toHaveLength(1)
    const [item] = feed.items
    expect(item.title).toBe('ورشة عمل في طرابلس الخميس حول تبادل المعلومات وملاحقة خلايا الارهاب')
    expect(item.body).toContain('تطوير التعاون المخابراتي بين الاجهزة اللبنانية')
    expect(item.body).not.toContain('<p>')
    expect(item.guid).toBe('workshop-1')
    expect(item.url).toBe('https://example.com/a')
    expect(item.publishedAt).toBe(Date.UTC(2015, 1, 14, 7, 30))
  })

  it('keeps text but never script from HTML in CDATA', async () => {
    const xml = `<rss version="2.0"><channel><title>t</title><item><title>عنوان &amp; خبر</title>
      <description><![CDATA[<p>فقرة <b>أولى</b></p><script>alert("x")</script><img src=x onerror="alert(1)"><p>فقرة ثانية</p>]]></description>
      </item></channel></rss>`
    const [item] = (await parseFeed(xml)).items
    expect(item.title).toBe('عنوان & خبر')
    expect(item.body).toBe('فقرة أولى\n\nفقرة ثانية')
  })

  it('falls back to null for an unparseable date without losing the item', async () => {
    const xml = `<rss version="2.0"><channel><title>t</title>
      <item><title>أ</title><link>https://e.com/1</link><pubDate>الاثنين ٣٢ شباط</pubDate></item>
      <item><title>ب</title><link>https://e.com/2</link><pubDate>Mon, 16 Feb 2015 08:00:00 GMT</pubDate></item>
      </channel></rss>`
    const items = (await parseFeed(xml)).items
    expect(items.map((i) => i.publishedAt)).toEqual([null, Date.UTC(2015, 1, 16, 8)])
    expect(items[0].guid).toBe('https://e.com/1')
  })

  it('identifies an item without guid or link by a hash of title and date', async () => {
    const xml = `<rss version="2.0"><channel><title>t</title><item><title>خبر</title></item></channel></rss>`
    const again = async (): Promise<string> => (await parseFeed(xml)).items[0].guid
    expect(await again()).toMatch(/^sha1:[0-9a-f]{40}$/)
    expect(await again()).toBe(await again())
  })

  it('refuses DTD entity declarations (billion laughs, XXE)', async () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><rss><channel><title>&b;</title></channel></rss>`
    await expect(parseFeed(bomb)).rejects.toThrow(/DTD entities/)
  })

  it('reports an HTML page or garbage as not a feed', async () => {
    await expect(parseFeed('<html><body>مرحبا</body></html>')).rejects.toThrow(FeedParseError)
    await expect(parseFeed('<rss><<<&&&')).rejects.toThrow(/malformed feed/)
  })

  it('parses Atom and RSS 1.0', async () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>أطوم</title>
      <entry><id>urn:1</id><title>خبر أطوم</title><link href="https://e.com/atom"/><updated>2015-02-16T10:00:00Z</updated><summary>ملخص</summary></entry></feed>`
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
      <channel><title>آر دي إف</title></channel><item rdf:about="https://e.com/r"><title>خبر</title><link>https://e.com/r</link><description>نص</description></item></rdf:RDF>`
    const a = await parseFeed(atom)
    expect(a.items[0]).toMatchObject({ guid: 'urn:1', title: 'خبر أطوم', body: 'ملخص', publishedAt: Date.UTC(2015, 1, 16, 10) })
    const r = await parseFeed(rdf)
    expect(r.items[0]).toMatchObject({ title: 'خبر', body: 'نص', url: 'https://e.com/r' })
  })

  it('strips tracking parameters and fragments from links', () => {
    expect(canonicalLink(' https://e.com/a?id=3&utm_medium=rss&fbclid=z#top ')).toBe('https://e.com/a?id=3')
    expect(canonicalLink('javascript:alert(1)')).toBeNull()
  })
})
