/**
 * Ill-formed feeds are read, not refused: the tolerant parse keeps every item it can and says why
 * it was needed; it agrees with the strict parse on well-formed feeds; it never expands entities;
 * its work grows with the input's length, not faster. And no control character reaches storage.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { englishMessage } from '../../../electron/core/errors/english'
import type { ErrorDetail } from '../../../electron/core/errors/problems'
import { buildFeedItem, hasText, type ItemFields } from '../../../electron/core/feeds/feed-item'
import { htmlToText } from '../../../electron/core/feeds/html-text'
import { isElement, MAX_DEPTH, parseLenientXml, type XmlNode } from '../../../electron/core/feeds/lenient-xml'
import { FeedParseError, parseFeed } from '../../../electron/core/feeds/parse'
import { parseStrict, STRICT_MAX_DEPTH } from '../../../electron/core/feeds/strict-parse'
import { parseTolerant } from '../../../electron/core/feeds/tolerant-parse'
import { outlineXml } from '../../../electron/core/feeds/xml-outline'
import { arabicErrorText } from '../../../src/lib/errors'
import { rss, STORIES } from '../../support/feed-fixtures'

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url), 'utf8')
const built = (fields: readonly ItemFields[]): unknown[] => fields.map(buildFeedItem).filter(hasText)
const channel = (items: string, ns = ''): string => `<rss version="2.0"${ns}><channel><title>الأخبار الأمنية</title>${items}</channel></rss>`

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

  it('an <item> left unclosed ends at the next <item>: every item kept, not the first alone', async () => {
    const feed = await parseFeed(channel(`
      <item><title>توقيف مطلوب في البقاع</title><link>https://amn.example/1</link><description>أوقفت دورية مطلوباً بجرم سرقة.</description>
      <item><title>ضبط مخدرات في المرفأ</title><link>https://amn.example/2</link><description>ضبطت الجمارك حاوية.</description>
      <item><title>تفكيك عبوة ناسفة</title><link>https://amn.example/3</link><description>فكك الجيش عبوة.</description></item>`))
    expect(feed.items.map((i) => [i.title, i.url, i.body])).toEqual([
      ['توقيف مطلوب في البقاع', 'https://amn.example/1', 'أوقفت دورية مطلوباً بجرم سرقة.'],
      ['ضبط مخدرات في المرفأ', 'https://amn.example/2', 'ضبطت الجمارك حاوية.'],
      ['تفكيك عبوة ناسفة', 'https://amn.example/3', 'فكك الجيش عبوة.'],
    ])
    expect(feed.repaired?.reason).toBe('unclosed_tag')
  })

  it('an unclosed <title> ends at the next field: the link and description are the item\'s', async () => {
    const feed = await parseFeed(`<rss version="2.0"><channel><title>الأخبار الأمنية<link>https://amn.example/</link>
      <item><title>اشتباك مسلح على الحدود<link>https://amn.example/4</link><description>&lt;p&gt;أفادت مصادر أمنية بوقوع اشتباك.&lt;/p&gt;</description><pubDate>Mon, 16 Feb 2015 08:00:00 GMT</pubDate></item></channel></rss>`)
    expect(feed.title).toBe('الأخبار الأمنية') // the channel's own title, left open too
    expect(feed.items).toEqual([expect.objectContaining({
      title: 'اشتباك مسلح على الحدود', url: 'https://amn.example/4', body: 'أفادت مصادر أمنية بوقوع اشتباك.', publishedAt: Date.UTC(2015, 1, 16, 8),
    })])
  })

  it('<enclosure>, <media:content> and Atom\'s <link href> without /> hold nothing after them', async () => {
    const media = ' xmlns:media="http://search.yahoo.com/mrss/"'
    const r = await parseFeed(channel(`
      <item><title>صور من موقع الانفجار</title><enclosure url="https://amn.example/blast.jpg" type="image/jpeg"><link>https://amn.example/5</link><description>أضرار في المباني المجاورة.</description></item>
      <item><title>فيديو المداهمة</title><media:content url="https://amn.example/raid.jpg" medium="image"><link>https://amn.example/6</link><description>داهمت القوة مستودعاً.</description></item>`, media))
    expect(r.items.map((i) => [i.title, i.url, i.body, i.imageUrl])).toEqual([
      ['صور من موقع الانفجار', 'https://amn.example/5', 'أضرار في المباني المجاورة.', 'https://amn.example/blast.jpg'],
      ['فيديو المداهمة', 'https://amn.example/6', 'داهمت القوة مستودعاً.', 'https://amn.example/raid.jpg'],
    ])
    const a = await parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><title>أطوم</title>
      <entry><title>توقيف خلية</title><link rel="alternate" href="https://amn.example/7"><id>urn:amn:7</id><summary>أوقفت شعبة المعلومات خلية.</summary></entry></feed>`)
    expect(a.items.map((i) => [i.guid, i.url, i.body])).toEqual([['urn:amn:7', 'https://amn.example/7', 'أوقفت شعبة المعلومات خلية.']])
  })

  it('escaped and raw HTML mixed in one description read as one HTML, no literal tags in the text', async () => {
    const feed = await parseFeed(channel('<item><title>بيان الجيش</title><description>&lt;p&gt;خبر&lt;/p&gt; <br> تفاصيل</description></item>'))
    const [item] = feed.items
    expect(item.html).toBe('<p>خبر</p> <br> تفاصيل')
    expect(item.body).toBe(htmlToText('<p>خبر</p> <br> تفاصيل'))
    expect(item.body).toBe('خبر\n\nتفاصيل')
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
    // The strict path renames Atom's date tags for rss-parser: the tags, not text in CDATA that looks like one.
    'an Atom summary quoting <updated> in CDATA': `<feed xmlns="http://www.w3.org/2005/Atom"><title>أطوم</title><entry><id>urn:amn:8</id><title>تعديل البيان</title>
      <updated>2015-02-16T08:00:00Z</updated><summary type="html"><![CDATA[<p>أضيف وسم <updated> إلى البيان</p>]]></summary></entry></feed>`,
  }
  for (const [name, xml] of Object.entries(feeds)) {
    it(name, async () => {
      const strict = await parseStrict(xml)
      const tolerant = parseTolerant(xml)
      expect(built(strict.items).length).toBeGreaterThan(0)
      expect(built(tolerant?.items ?? [])).toEqual(built(strict.items))
      expect(tolerant?.title).toBe(strict.title)
    })
  }

  // Well-formed XML that rss-parser reads only in part: a field's elements dropped, items it does
  // not look for. parseFeed then takes the tolerant reading, reports no repair, and both agree.
  const partly: Record<string, [xml: string, expected: ReadonlyArray<[title: string, body: string]>]> = {
    'an Atom title of type xhtml': [
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>أطوم</title><entry><id>urn:amn:9</id>
        <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">عاجل: <b>توقيف</b> مطلوب</div></title><link href="https://amn.example/9"/></entry></feed>`,
      [['عاجل: توقيف مطلوب', '']],
    ],
    'raw HTML in an RSS description': [channel('<item><title>مداهمة</title><description>قبل <b>وسط</b> بعد</description></item>'), [['مداهمة', 'قبل وسط بعد']]],
    'XHTML in content:encoded': [
      channel('<item><title>تقرير</title><content:encoded><p>فقرة <b>أولى</b></p><p>فقرة ثانية</p></content:encoded></item>', ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'),
      [['تقرير', 'فقرة أولى\n\nفقرة ثانية']],
    ],
    '<item> outside <channel>': [
      '<rss version="2.0"><channel><title>الأخبار</title><item><title>داخل القناة</title></item></channel><item><title>خارج القناة</title></item></rss>',
      [['داخل القناة', ''], ['خارج القناة', '']],
    ],
    '<Item> in capitals': ['<rss version="2.0"><channel><title>الأخبار</title><Item><Title>خبر بأحرف كبيرة</Title></Item></channel></rss>', [['خبر بأحرف كبيرة', '']]],
  }
  for (const [name, [xml, expected]] of Object.entries(partly)) {
    it(`${name}: read whole, not reported as repaired`, async () => {
      const feed = await parseFeed(xml)
      expect(feed.items.map((i) => [i.title, i.body])).toEqual(expected)
      expect(feed.repaired).toBeUndefined()
      expect(built(parseTolerant(xml)?.items ?? [])).toEqual(feed.items)
      expect(built(parseTolerant(xml, { wellFormed: true })?.items ?? [])).toEqual(feed.items)
    })
  }
})

describe('notices say what was repaired, and where', () => {
  const nested = (levels: number): string =>
    channel(`<item><title>تقرير مطوّل</title><description>${'<div>'.repeat(levels)}نص التقرير${'</div>'.repeat(levels)}</description></item>`)

  it('a well-formed feed nested deeper than the strict parser goes: too_deep, worded in both languages', async () => {
    const feed = await parseFeed(nested(STRICT_MAX_DEPTH + 50))
    expect(feed.items.map((i) => [i.title, i.body])).toEqual([['تقرير مطوّل', 'نص التقرير']])
    expect(feed.repaired).toEqual({ code: 'feed.repaired', reason: 'too_deep', detail: `Elements nest deeper than ${STRICT_MAX_DEPTH} levels` })
    expect(arabicErrorText(feed.repaired as ErrorDetail)).toBe('أُصلحت الخلاصة: وسوم متداخلة بعمق يتجاوز 256 مستوى')
    expect(englishMessage(feed.repaired as ErrorDetail)).toMatch(/^feed repaired: elements nested deeper than 256 levels/)
    // Deep and ill-formed stays an unclosed tag.
    expect((await parseFeed(nested(STRICT_MAX_DEPTH + 50).replace('</description>', ''))).repaired?.reason).toBe('unclosed_tag')
  })

  it('markup inside CDATA or a comment is text, not nesting: no repair', async () => {
    const cdata = channel(`<item><title>تقرير</title><description><![CDATA[${'<div>'.repeat(300)}نص]]></description><!-- ${'<b>'.repeat(300)} --></item>`)
    const feed = await parseFeed(cdata)
    expect(feed.items.map((i) => [i.title, i.body])).toEqual([['تقرير', 'نص']])
    expect(feed.repaired).toBeUndefined()
  })

  it('counts lines from 1, as an editor does, and says the line', async () => {
    // The fixture's first bare & is on its fifth line (the channel's title).
    const xml = fixture('illformed-ampersands.xml')
    expect(xml.split('\n')[4]).toContain('صوت الحدود & الأمن')
    const { repaired } = await parseFeed(xml)
    expect(repaired).toEqual({ code: 'feed.repaired', reason: 'bare_ampersand', detail: 'Invalid character in entity name', line: 5 })
    expect(arabicErrorText(repaired as ErrorDetail)).toBe('أُصلحت الخلاصة: رمز & غير مهرَّب في نصها أو روابطها (السطر 5)')
    expect(englishMessage(repaired as ErrorDetail)).toBe('feed repaired: a bare & (as in ?id=1&cat=2) (line 5: Invalid character in entity name)')
    // A malformed feed's first line is line 1, not 0 (which the Arabic wording left unsaid).
    const refused = await parseFeed('<rss><<<&&&').catch((err: FeedParseError) => err.detail)
    expect(refused).toMatchObject({ code: 'feed.malformed', line: 1 })
    expect(arabicErrorText(refused as ErrorDetail)).toMatch(/\(السطر 1، العمود \d+\)$/)
  })
})

describe('work grows with the length of the input', () => {
  // Unclosed tags and as many stray close tags: quadratic for sax and for htmlparser2's own Parser.
  const hostile = (n: number): string =>
    `<rss version="2.0"><channel><item><title>أول</title><description>${'<b>'.repeat(n)}${'</i>'.repeat(n)}نص</description></item>` +
    `<item><title>ثان</title></item></channel></rss>`
  /** Twice the input must cost at most about twice the work. */
  const linear = (work: (n: number) => number, n: number): void => {
    const [small, large] = [work(n), work(2 * n)]
    expect(small).toBeGreaterThan(0)
    expect(large / small).toBeLessThan(2.1)
  }

  it('100,000 unclosed tags: both items, the right reason, sax never run, linear work', async () => {
    const feed = await parseFeed(hostile(100_000))
    expect(feed.items.map((i) => [i.title, i.body])).toEqual([['أول', 'نص'], ['ثان', '']])
    // Refused by the depth guard (whose words these are), not after sax walked its stack 10^10 times.
    expect(feed.repaired).toEqual({ code: 'feed.repaired', reason: 'unclosed_tag', detail: `Elements nest deeper than ${STRICT_MAX_DEPTH} levels` })
    linear((n) => outlineXml(hostile(n)).work, 50_000)
    linear((n) => parseLenientXml(hostile(n)).work, 50_000)
  })

  it('keeps at most MAX_DEPTH levels, so the tree it builds stays linear in size', () => {
    const shape = (nodes: readonly XmlNode[], depth = 1): { depth: number; elements: number } => {
      let deepest = 0
      let elements = 0
      for (const node of nodes.filter(isElement)) {
        const below = shape(node.children, depth + 1)
        deepest = Math.max(deepest, below.depth)
        elements += 1 + below.elements
      }
      return { depth: Math.max(depth - 1, deepest), elements }
    }
    const shapes = [10_000, 20_000, 40_000].map((n) => shape(parseLenientXml(hostile(n)).roots))
    expect(new Set(shapes.map((s) => JSON.stringify(s))).size).toBe(1) // the nesting beyond MAX_DEPTH is flattened, whatever n
    expect(shapes[0].depth).toBeLessThanOrEqual(MAX_DEPTH)
    expect(shapes[0].elements).toBeLessThanOrEqual(MAX_DEPTH + 8)
  })

  it('20,000 items none of them closed: every one read (each nested in the one before, one was), in linear work', async () => {
    const items = (n: number): string => channel(Array.from({ length: n }, (_, k) => `<item><title>خبر رقم ${k}</title><link>https://amn.example/${k}`).join(''))
    const feed = await parseFeed(items(20_000))
    expect(feed.items).toHaveLength(20_000)
    expect([feed.items[0].title, feed.items[19_999].url]).toEqual(['خبر رقم 0', 'https://amn.example/19999'])
    linear((n) => parseLenientXml(items(n)).work, 20_000)
  })

  it('sends deep nesting past the strict parser, counting as sax stacks tags', () => {
    const depth = (xml: string): number => outlineXml(xml).depth
    expect(depth(hostile(300))).toBeGreaterThan(STRICT_MAX_DEPTH)
    expect(depth('<b>x</i>'.repeat(300))).toBeGreaterThan(STRICT_MAX_DEPTH) // stray closes close nothing
    expect(depth('<B>x</b>'.repeat(300))).toBeGreaterThan(STRICT_MAX_DEPTH) // nor does a close in another case, for sax
    expect(depth(fixture('full-rss.xml'))).toBeLessThan(10)
    expect(depth('<a><b/></a>'.repeat(10_000))).toBe(1)
    expect(depth(`<a><![CDATA[${'<b>'.repeat(300)}]]><!-- ${'<i>'.repeat(300)} --></a>`)).toBe(1)
  })

  it('an Atom date tag never closed (<published x…): found in one pass, the entry still read', async () => {
    // A regex scanning from each `<published ` to the next `>` rescanned the rest of the text for
    // each of them: 0.4 s at 60 KB, 5.7 s at 240 KB. The tokenizer reads each character once.
    const broken = (n: number): string => `<feed xmlns="http://www.w3.org/2005/Atom"><title>أطوم</title><entry><title>خبر عاجل</title>${'<published x'.repeat(n)}`
    for (const n of [5_000, 10_000, 20_000]) linear((k) => outlineXml(broken(k) + '<updated>'.repeat(k)).work, n)
    expect(outlineXml(broken(20_000)).dateNames).toHaveLength(1)
    expect((await parseFeed(broken(20_000))).items.map((i) => i.title)).toEqual(['خبر عاجل'])
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
