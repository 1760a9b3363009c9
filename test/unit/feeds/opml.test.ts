import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MAX_OPML_FEEDS, OPML_STEP_WORK, OpmlError, parseOpml, parseOpmlYielding, readOpml, toOpml, type OpmlExportFeed } from '../../../electron/core/feeds/opml'

const ROOT = resolve(import.meta.dirname, '../../..')
const fixture = (name: string): string => readFileSync(resolve(ROOT, 'test/fixtures/opml', name), 'utf8')

/** The error parseOpml throws for `text`, checked to be an OpmlError. */
function opmlErrorOf(text: string): OpmlError {
  try {
    parseOpml(text)
  } catch (error) {
    expect(error).toBeInstanceOf(OpmlError)
    return error as OpmlError
  }
  throw new Error('parseOpml did not throw')
}

describe('parseOpml', () => {
  it('reads another reader’s export: Arabic names, nested folders, escaped characters', () => {
    const { feeds, skipped } = parseOpml(fixture('inoreader-export.opml'))
    expect(skipped).toEqual([])
    expect(feeds).toEqual([
      { url: 'https://www.enabbaladi.net/feed', name: 'عنب بلدي', category: 'أخبار سوريا' },
      { url: 'https://www.syria.tv/rss.xml', name: 'تلفزيون سوريا', category: 'أخبار سوريا' },
      { url: 'https://aawsat.com/feed', name: 'الشرق الأوسط', category: 'الخليج & اليمن' },
      // No text attribute: the title stands in; &amp; in the address is decoded.
      { url: 'https://example.org/ye/feed?lang=ar&section=news', name: 'صحيفة بلا text', category: 'الخليج & اليمن' },
      // Nested folder: the nearest enclosing outline names the category.
      { url: 'https://almasdaronline.com/rss', name: 'المصدر أونلاين', category: 'مجلد فرعي' },
      // Top level: no category key at all.
      { url: 'https://feeds.bbci.co.uk/arabic/rss.xml', name: 'BBC Arabic' },
    ])
    expect(feeds[5]).not.toHaveProperty('category')
  })

  it('accepts attribute-name case variants, skips and counts non-http, invalid and duplicate addresses', () => {
    const { feeds, skipped } = parseOpml(fixture('mixed-case.opml'))
    expect(feeds).toEqual([
      { url: 'https://lower.example/feed', name: 'Lower', category: 'Folder' },
      { url: 'http://upper.example/rss.xml', name: 'Upper', category: 'Folder' },
      { url: 'https://camel.example/atom', name: 'Camel', category: 'Folder' },
    ])
    expect(skipped).toEqual([
      { reason: 'not-http', value: 'feed://scheme.example/rss' },
      { reason: 'not-http', value: 'javascript:alert(1)' },
      { reason: 'not-http', value: 'file:///etc/passwd' },
      { reason: 'invalid-url', value: 'not a url' },
      // Same address once parsed (scheme and host are case-insensitive): the first one wins.
      { reason: 'duplicate', value: 'HTTPS://LOWER.example/feed' },
      { reason: 'missing-url', value: 'No address' },
    ])
  })

  it('walks outlines at any depth and keeps document order', () => {
    const depth = 50
    let inner = '<outline type="rss" text="deep" xmlUrl="https://deep.example/feed"/>'
    for (let i = depth; i >= 1; i--) inner = `<outline text="level ${i}">${inner}</outline>`
    const text = `<opml version="2.0"><body><outline text="first" xmlUrl="https://a.example/"/>${inner}<outline text="last" xmlUrl="https://z.example/"/></body></opml>`
    expect(parseOpml(text).feeds).toEqual([
      { url: 'https://a.example/', name: 'first' },
      { url: 'https://deep.example/feed', name: 'deep', category: `level ${depth}` },
      { url: 'https://z.example/', name: 'last' },
    ])
  })

  it('refuses an entity bomb before it expands, with a clear error', () => {
    const error = opmlErrorOf(fixture('entity-bomb.opml'))
    // Refused for declaring entities, which is checked before any parsing: nothing was expanded.
    expect(error.detail).toEqual({ code: 'opml.dtd_entities' })
    expect(error.message).toMatch(/<!ENTITY/)
    expect(error.message).not.toContain('\n')
    // Even one harmless-looking internal entity is refused: OPML has no use for them.
    expect(() => parseOpml('<!DOCTYPE opml [<!ENTITY x "https://x.example/">]><opml><body><outline xmlUrl="&x;"/></body></opml>')).toThrow(OpmlError)
  })

  it('refuses garbage, truncated XML and non-OPML XML with a one-line OpmlError', () => {
    const cases: [string, RegExp][] = [
      ['', /^malformed OPML: /],
      ['just some text', /^malformed OPML: /],
      ['{"feeds": ["https://a.example/"]}', /^malformed OPML: /],
      ['<html><body><p>a page<br></body></html>', /^malformed OPML: /],
      [fixture('truncated.opml'), /^malformed OPML: /],
      ['<opml><body><outline text="&nbsp;" xmlUrl="https://a.example/"/></body></opml>', /^malformed OPML: /],
      [fixture('not-opml.xml'), /^not an OPML file: no <opml> element$/],
    ]
    for (const [text, expected] of cases) {
      const error = opmlErrorOf(text)
      expect(error.message).toMatch(expected)
      expect(error.message).not.toMatch(/[\r\n]/)
      expect(error.name).toBe('OpmlError')
    }
  })

  it('keeps at most 5,000 feeds and reports the rest as over the limit', () => {
    const total = MAX_OPML_FEEDS + 25
    const outlines = Array.from({ length: total }, (_, i) => `<outline type="rss" text="f${i}" xmlUrl="https://feeds.example/${i}.xml"/>`)
    const { feeds, skipped } = parseOpml(`<opml version="2.0"><body>${outlines.join('')}</body></opml>`)
    expect(MAX_OPML_FEEDS).toBe(5_000)
    expect(feeds).toHaveLength(5_000)
    expect(feeds[4_999].url).toBe('https://feeds.example/4999.xml')
    expect(skipped).toHaveLength(25)
    expect(skipped.every((s) => s.reason === 'over-limit')).toBe(true)
    expect(skipped[0].value).toBe('https://feeds.example/5000.xml')
  })

  it('ignores outlines in <head> and tolerates outlines straight under <opml>', () => {
    const text = `<opml><head><outline xmlUrl="https://head.example/"/></head><outline text="loose" xmlUrl="https://loose.example/"/></opml>`
    expect(parseOpml(text)).toEqual({ feeds: [{ url: 'https://loose.example/', name: 'loose' }], skipped: [] })
  })
})

describe('reading OPML is linear in its length', () => {
  const feedOutline = (i: number) => `<outline type="rss" text="مصدر ${i}" xmlUrl="https://feeds.example/${i}.xml"/>`
  const flat = (n: number) => `<opml version="2.0"><body>${Array.from({ length: n }, (_, i) => feedOutline(i)).join('\n')}</body></opml>`
  const folders = (n: number) => {
    const groups = Array.from({ length: n / 50 }, (_, g) => `<outline text="مجلد ${g}">${Array.from({ length: 50 }, (_, i) => feedOutline(g * 50 + i)).join('')}</outline>`)
    return `<opml version="2.0"><body>${groups.join('\n')}</body></opml>`
  }
  /** `n` folders, each inside the one before, with a feed in the innermost. */
  const deep = (n: number) => {
    const open = Array.from({ length: n }, (_, i) => `<outline text="level ${i + 1}">`).join('')
    return `<opml version="2.0"><body>${open}${feedOutline(0)}${'</outline>'.repeat(n)}</body></opml>`
  }

  // jsdom, used before, was quadratic here: in a parent's child count (indexing its HTMLCollection)
  // and in depth (each insertion walks the ancestors). The reader's work count covers every token,
  // element and reference; doubling the file must at most double it.
  it.each([['many outlines side by side', flat], ['outlines in folders', folders], ['deeply nested folders', deep]])('work at most doubles when %s double', (_, make) => {
    const small = make(2_000)
    const large = make(4_000)
    const workSmall = readOpml(small).work
    const workLarge = readOpml(large).work
    expect(workSmall).toBeGreaterThan(0)
    expect(workSmall).toBeLessThanOrEqual(small.length)
    expect(workLarge).toBeLessThanOrEqual(2 * workSmall + 10)
  })

  it('reads all 16,000 outlines of a big file, in order, limit and all', () => {
    const { feeds, skipped } = parseOpml(folders(16_000))
    expect(feeds).toEqual(Array.from({ length: MAX_OPML_FEEDS }, (_, i) => ({ url: `https://feeds.example/${i}.xml`, name: `مصدر ${i}`, category: `مجلد ${Math.floor(i / 50)}` })))
    expect(skipped).toEqual(Array.from({ length: 16_000 - MAX_OPML_FEEDS }, (_, i) => ({ reason: 'over-limit', value: `https://feeds.example/${MAX_OPML_FEEDS + i}.xml` })))
  })

  it('reads folders nested 20,000 deep (jsdom overflowed its stack) without recursion', () => {
    expect(parseOpml(deep(20_000))).toEqual({ feeds: [{ url: 'https://feeds.example/0.xml', name: 'مصدر 0', category: 'level 20000' }], skipped: [] })
  })

  it('parseOpmlYielding gives the event loop a turn every step, and reads the same', async () => {
    const text = flat(6_000)
    const { result, work } = readOpml(text)
    let turns = 0
    let ticking = true
    const tick = () => {
      turns++
      if (ticking) setImmediate(tick)
    }
    setImmediate(tick)
    const yielded = await parseOpmlYielding(text, 1_000)
    ticking = false
    expect(yielded).toEqual(result)
    expect(work).toBeGreaterThan(20 * 1_000)
    expect(turns).toBeGreaterThanOrEqual(Math.floor(work / 1_000) - 1)
    expect(OPML_STEP_WORK).toBeGreaterThan(0)
    await expect(parseOpmlYielding('<opml><body>', 1)).rejects.toMatchObject({ detail: { code: 'opml.malformed' } })
  })
})

describe('toOpml', () => {
  const tricky: OpmlExportFeed[] = [
    { url: 'https://feeds.bbci.co.uk/arabic/rss.xml', name: 'بي بي سي عربي', category: 'دولية' },
    { url: 'https://a.example/rss?x=1&y=<2>', name: 'Tom & Jerry <"news"> \'daily\'', category: 'دولية' },
    { url: 'https://b.example/feed', name: 'الشرق & الغرب "معاً" <عاجل>', category: 'عربية & "محلية" <x>' },
    { url: 'https://c.example/feed', name: 'بلا تصنيف' },
    { url: 'https://d.example/feed', name: 'line\nbreak\tand tab', category: 'عربية & "محلية" <x>' },
  ]

  it('writes well-formed OPML 2.0 with escaped attributes and categories as nested outlines', () => {
    const xml = toOpml(tricky, 'مرصد & co')
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">')).toBe(true)
    expect(xml).toContain('<title>مرصد &amp; co</title>')
    expect(xml).toContain('text="Tom &amp; Jerry &lt;&quot;news&quot;&gt; &apos;daily&apos;"')
    expect(xml).toContain('xmlUrl="https://a.example/rss?x=1&amp;y=&lt;2&gt;"')
    expect(xml).toContain('<outline type="rss" text="بي بي سي عربي" title="بي بي سي عربي" xmlUrl="https://feeds.bbci.co.uk/arabic/rss.xml"/>')
    expect(xml).not.toMatch(/="[^"]*<[^"]*"/) // no raw < inside an attribute
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;|#\d+;)/) // no bare &
    // One folder per category, in order of first appearance.
    expect(xml.match(/<outline text="دولية" title="دولية">/g)).toHaveLength(1)
    expect(xml.match(/<outline text="عربية &amp; &quot;محلية&quot; &lt;x&gt;"/g)).toHaveLength(1)
    expect(toOpml(tricky)).toContain('<title>Marsad feeds</title>')
  })

  it('round-trips: parseOpml(toOpml(x)) gives x back, Arabic and XML specials included', () => {
    // The category groups are contiguous here, as toOpml groups them.
    const grouped = [tricky[0], tricky[1], tricky[2], tricky[4], tricky[3]]
    const { feeds, skipped } = parseOpml(toOpml(grouped))
    expect(skipped).toEqual([])
    expect(feeds).toStrictEqual(grouped)
  })

  it('groups interleaved categories, so the round trip returns the same feeds grouped', () => {
    const back = parseOpml(toOpml(tricky)).feeds
    expect(back).toHaveLength(tricky.length)
    expect(new Set(back.map((f) => JSON.stringify(f)))).toEqual(new Set(tricky.map((f) => JSON.stringify(f))))
  })

  it('drops characters XML cannot carry instead of producing an unreadable file', () => {
    const xml = toOpml([{ url: 'https://e.example/', name: 'bell\u0007 and \uD800lone' }])
    expect(parseOpml(xml).feeds).toEqual([{ url: 'https://e.example/', name: 'bell and lone' }])
  })

  it('an empty list is still a valid, empty OPML file', () => {
    expect(parseOpml(toOpml([]))).toEqual({ feeds: [], skipped: [] })
  })
})

describe('the shipped default feeds', () => {
  const text = readFileSync(resolve(ROOT, 'resources/default-feeds.opml'), 'utf8')

  it('parses with nothing skipped: at least 10 feeds, all https, all unique, all named and categorised', () => {
    const { feeds, skipped } = parseOpml(text)
    expect(skipped).toEqual([])
    expect(feeds.length).toBeGreaterThanOrEqual(10)
    for (const feed of feeds) {
      expect(new URL(feed.url).protocol).toBe('https:')
      expect(feed.name).toMatch(/[\u0600-\u06FF]/)
      expect(['دولية', 'عربية', 'محلية']).toContain(feed.category)
    }
    expect(new Set(feeds.map((f) => new URL(f.url).href)).size).toBe(feeds.length)
    expect(new Set(feeds.map((f) => f.name)).size).toBe(feeds.length)
  })

  it('says at the top that the addresses were never verified and may move', () => {
    expect(text.slice(0, 1_000)).toMatch(/Last verified by hand: never \(no date\)/)
    expect(text.slice(0, 1_000)).toMatch(/may/)
  })
})
