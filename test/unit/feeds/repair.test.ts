/**
 * Ill-formed feeds are read, not refused: the tolerant parse keeps every item it can and says why
 * it was needed; it agrees with the strict parse on well-formed feeds; it never expands entities;
 * its work grows with the input's length, not faster. And no control character reaches storage.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildFeedItem, hasText } from '../../../electron/core/feeds/feed-item'
import { MAX_DEPTH, parseLenientXml } from '../../../electron/core/feeds/lenient-xml'
import { FeedParseError, parseFeed } from '../../../electron/core/feeds/parse'
import { nestsDeeperThan, parseStrict } from '../../../electron/core/feeds/strict-parse'
import { parseTolerant } from '../../../electron/core/feeds/tolerant-parse'
import { rss, STORIES } from '../../support/feed-fixtures'

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url), 'utf8')

describe('ill-formed feeds keep their items', () => {
  it('a bare & in links and titles (?id=101&cat=2)', async () => {
    const feed = await parseFeed(fixture('illformed-ampersands.xml'))
    expect(feed.title).toBe('صوت الحدود & الأمن')
    expect(feed.items.map((i) => [i.title, i.url])).toEqual([
      ['توقيف مطلوبين في حملة دهم & تفتيش', 'https://amp.news.example/article.php?id=101&cat=2'],
      ['ضبط شحنة مخدرات في المرفأ', 'https://amp.news.example/article.php?id=102&cat=2'],
    ])
    expect(feed.items[1].body).toBe('ضبطت الجمارك شحنة مخدرات مخبأة داخل حاوية.')
    expect(feed.repaired).toMatchObject({ code: 'feed.repaired', reason: 'bare_ampersand' })
  })

  it('an unescaped HTML description with a <b> never closed and HTML <br>', async () => {
    const feed = await parseFeed(fixture('illformed-unclosed-html.xml'))
    expect(feed.items.map((i) => i.title)).toEqual(['إحباط محاولة تسلل عبر الحدود', 'مؤتمر حول أمن المعلومات'])
    expect(feed.items[0].body).toContain('أحبط الجيش محاولة تسلل')
    expect(feed.items[0].body).toContain('عند الفجر.')
    expect(feed.items[0].html).toBe('<p>أحبط الجيش <b>محاولة تسلل</p><p>مجموعة مسلحة<br>عند الفجر.</p>')
    expect(feed.repaired?.reason).toBe('unclosed_tag')
  })

  it('a document cut off mid-item, inside CDATA', async () => {
    const feed = await parseFeed(fixture('illformed-truncated.xml'))
    expect(feed.items.map((i) => i.title)).toEqual(['انفجار في مستودع ذخيرة دون إصابات', 'الأمن العام يحذر من رسائل احتيال'])
    expect(feed.items[1].body).toBe('حذر الأمن العام المواطنين من رسائل نصية')
    expect(feed.repaired?.reason).toBe('truncated')
  })

  it('<rss> without a version, after a comment and an XHTML doctype', async () => {
    const feed = await parseFeed(fixture('illformed-no-version.xml'))
    expect(feed.items.map((i) => [i.title, i.url])).toEqual([['المحكمة العسكرية تصدر أحكاما في قضية التفجير', 'https://old.news.example/?p=5501']])
    expect(feed.repaired).toEqual({ code: 'feed.repaired', reason: 'missing_version', detail: 'Feed not recognized as RSS 1 or 2.' })
  })

  it('ill-formed RSS 1.0 and Atom too', async () => {
    const rdf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><title>نشرة</title></channel>
      <item rdf:about="https://r.example/1?a=1&b=2"><title>خبر أول</title><link>https://r.example/1?a=1&b=2</link><dc:date>2015-02-16T08:00:00Z</dc:date><dc:creator>المحرر</dc:creator></item>
      <item><title>خبر ثان`
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>أطوم</title>
      <entry><id>urn:x:1</id><title>مداهمة & توقيف</title><link rel="alternate" href="https://a.example/1"/><published>2015-02-16T08:00:00Z</published>
      <author><name>مراسل</name></author><category term="أمن"/><content type="html">&lt;p&gt;نص&lt;/p&gt;</content></entry></feed>`
    const r = await parseFeed(rdf)
    expect(r.items.map((i) => i.title)).toEqual(['خبر أول', 'خبر ثان'])
    expect(r.items[0]).toMatchObject({ url: 'https://r.example/1?a=1&b=2', publishedAt: Date.UTC(2015, 1, 16, 8), author: 'المحرر' })
    const a = await parseFeed(atom)
    expect(a.items).toEqual([
      { guid: 'urn:x:1', url: 'https://a.example/1', title: 'مداهمة & توقيف', body: 'نص', html: '<p>نص</p>', publishedAt: Date.UTC(2015, 1, 16, 8), author: 'مراسل', categories: ['أمن'], imageUrl: null },
    ])
    expect(a.repaired?.reason).toBe('bare_ampersand')
  })

  it('<rss version="2.0"></rss> is an empty feed, not an internal error', async () => {
    expect(await parseFeed('<rss version="2.0"></rss>')).toEqual({ title: null, items: [] })
    expect(await parseFeed('<?xml version="1.0"?><rss version="2.0"><channel><title>قناة فارغة</title></channel></rss>')).toEqual({ title: 'قناة فارغة', items: [] })
  })

  it('still refuses entity declarations, and what holds no feed at all', async () => {
    await expect(parseFeed(fixture('entity-bomb.xml'))).rejects.toThrow(/DTD entities/)
    // Ill-formed *and* declaring entities: refused before either parser sees it.
    await expect(parseFeed('<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><item><title>&x; & </title>')).rejects.toThrow(/DTD entities/)
    await expect(parseFeed('<rss><<<&&&')).rejects.toThrow(FeedParseError)
  })

  it('one refused text never leaks into the next strict parse (a shared xml2js parser did)', async () => {
    await expect(parseStrict(fixture('illformed-ampersands.xml'))).rejects.toThrow(/entity name/)
    await expect(parseStrict(fixture('illformed-unclosed-html.xml'))).rejects.toThrow(/Unexpected close tag/)
  })

  it('never expands an entity, declared or not', () => {
    // The tolerant reader alone (parseFeed refuses <!ENTITY> before it): the reference stays text.
    const feed = parseTolerant('<!DOCTYPE rss [<!ENTITY x "EXPANDED">]><rss><channel><item><title>a &x; b &amp; c</title></item></channel></rss>')
    expect(feed?.items[0].title).toBe('a &x; b & c')
  })
})

describe('strict and tolerant parsers agree on well-formed feeds', () => {
  const feeds: Record<string, string> = {
    'full-rss.xml': fixture('full-rss.xml'),
    'full-atom.xml': fixture('full-atom.xml'),
    'atom-bad-date.xml': fixture('atom-bad-date.xml'),
    'rss1-rdf.xml': fixture('rss1-rdf.xml'),
    'arabic-month-dates.xml': fixture('arabic-month-dates.xml'),
    'feed matrix stories': rss('المصفوفة', [STORIES.cp1256Xml, STORIES.html, STORIES.dup, STORIES.control]),
  }
  for (const [name, xml] of Object.entries(feeds)) {
    it(name, async () => {
      const strict = await parseStrict(xml)
      const tolerant = parseTolerant(xml)
      const items = (fields: typeof strict.items): unknown[] => fields.map(buildFeedItem).filter(hasText)
      expect(items(strict.items).length).toBeGreaterThan(0)
      expect(items(tolerant?.items ?? [])).toEqual(items(strict.items))
      expect(tolerant?.title).toBe(strict.title)
    })
  }
})

describe('work grows with the length of the input', () => {
  // Unclosed tags and as many stray close tags: quadratic for sax and for htmlparser2's own Parser.
  const hostile = (n: number): string =>
    `<rss version="2.0"><channel><item><title>أول</title><description>${'<b>'.repeat(n)}${'</i>'.repeat(n)}نص</description></item>` +
    `<item><title>ثان</title></item></channel></rss>`

  it('100,000 unclosed tags: both items, the right reason', async () => {
    const feed = await parseFeed(hostile(100_000))
    expect(feed.items.map((i) => i.title)).toEqual(['أول', 'ثان'])
    expect(feed.items[0].body).toBe('نص')
    expect(feed.repaired?.reason).toBe('unclosed_tag')
  })

  it('keeps at most MAX_DEPTH levels, so the tree it builds stays linear in size', () => {
    const counts = [10_000, 20_000, 40_000].map((n) => parseLenientXml(hostile(n)).elementCount)
    expect(new Set(counts).size).toBe(1) // the nesting beyond MAX_DEPTH is flattened, whatever n
    expect(counts[0]).toBeLessThanOrEqual(MAX_DEPTH + 8)
  })

  it('sends deep nesting past the strict parser (whose stray-close recovery walks its stack)', () => {
    expect(nestsDeeperThan(hostile(300), 256)).toBe(true)
    expect(nestsDeeperThan('<b>x</i>'.repeat(300), 256)).toBe(true) // stray closes close nothing
    expect(nestsDeeperThan(fixture('full-rss.xml'), 256)).toBe(false)
    expect(nestsDeeperThan('<a><b/></a>'.repeat(10_000), 256)).toBe(false)
  })
})

describe('control characters never reach stored text', () => {
  it('drops ESC and the like from titles, bodies, authors, categories and the feed title; keeps newlines', async () => {
    const xml = `<rss version="2.0"><channel><title>قناة\u0007 الأخبار</title><item>
      <title>خبر&#x1B;[31m عاجل\u001B</title><author>مراسل\u0008</author><category>أمن\u0001</category>
      <description><![CDATA[<p>سطر\u008D أول</p><p>سطر ثان\u009D</p>]]></description></item></channel></rss>`
    const feed = await parseFeed(xml)
    expect(feed.title).toBe('قناة الأخبار')
    const [item] = feed.items
    expect(item.title).toBe('خبر[31m عاجل')
    expect(item.body).toBe('سطر أول\n\nسطر ثان')
    expect(item.author).toBe('مراسل')
    expect(item.categories).toEqual(['أمن'])
  })

  it('reads C1 references as the windows-1252 punctuation they stand for, as browsers do', async () => {
    const xml = `<rss version="2.0"><channel><item><title>&#147;بيان&#148; الوزارة&#133;</title><description>don\u0092t</description></item></channel></rss>`
    const [item] = (await parseFeed(xml)).items
    expect([item.title, item.body]).toEqual(['“بيان” الوزارة…', 'don’t'])
  })
})
