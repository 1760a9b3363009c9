import { describe, expect, it } from 'vitest'
import { defaultMatcher as matcher, defaultWatchlistFile } from '../../support/default-watchlists'
import { fixtureArticles, WORKSHOP_ID } from '../../support/feeds'

const { watchlists } = defaultWatchlistFile
const articles = fixtureArticles()

/** The weekday of an RFC 822 date in its own time zone, computed from the date itself. */
function weekdayAtItsOffset(rfc822: string): string {
  const [, sign, hours, minutes] = /([+-])(\d{2})(\d{2})$/.exec(rfc822) ?? []
  const offsetMs = (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) * 60_000
  return new Date(Date.parse(rfc822) + offsetMs).toUTCString().slice(0, 3)
}

const IDS = ['counter-terrorism', 'security-workshops', 'intelligence-cooperation', 'arrests-raids', 'named-groups']

describe('default watchlists', () => {
  it('ship the five watchlists, named in Arabic', () => {
    expect(watchlists.map((w) => w.id)).toEqual(IDS)
    for (const w of watchlists) expect(w.name).toMatch(/^[\u0600-\u06ff\s]+$/u)
  })

  it('mix Arabic and English terms', () => {
    const queries = watchlists.flatMap((w) => w.terms.map((t) => t.query))
    expect(queries.some((q) => /[\u0600-\u06ff]/u.test(q))).toBe(true)
    expect(queries.some((q) => /\b(ISIS|terrorism)\b/.test(q))).toBe(true)
  })
})

describe('article fixtures', () => {
  it('are well-formed: unique ids, example.com links, RFC 822 dates, known watchlists', () => {
    expect(new Set(articles.map((a) => a.id)).size).toBe(articles.length)
    for (const a of articles) {
      expect(a.title.trim()).not.toBe('')
      expect(a.body.trim()).not.toBe('')
      expect(a.link).toMatch(/^https:\/\/example\.com\//)
      expect(a.pubDate).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$/)
      expect(weekdayAtItsOffset(a.pubDate)).toBe(a.pubDate.slice(0, 3))
      for (const id of a.expected) expect(IDS).toContain(id)
    }
  })

  it('cover unrelated and on-topic news, and the workshop article', () => {
    expect(articles.filter((a) => a.expected.length === 0).length).toBeGreaterThanOrEqual(8)
    expect(articles.filter((a) => a.expected.length > 0 && a.id !== WORKSHOP_ID).length).toBeGreaterThanOrEqual(6)
    const workshop = articles.find((a) => a.id === WORKSHOP_ID)
    expect(workshop?.title).toBe('ورشة عمل في طرابلس الخميس حول تبادل المعلومات وملاحقة خلايا الارهاب')
    expect(workshop?.expected).toEqual(expect.arrayContaining(['counter-terrorism', 'security-workshops', 'intelligence-cooperation']))
  })
})

describe('default watchlists on the article fixtures', () => {
  it.each(articles.map((a) => [a.id, a] as const))('%s hits exactly its expected watchlists', (_id, article) => {
    const hits = matcher.match(article)
    expect(hits.map((h) => h.watchlistId).sort()).toEqual([...article.expected].sort())
    for (const hit of hits) {
      expect(hit.spans.length).toBeGreaterThan(0)
      for (const span of hit.spans) {
        const text = article[span.field]
        expect(span.start).toBeGreaterThanOrEqual(0)
        expect(span.end).toBeLessThanOrEqual(text.length)
        expect(text.slice(span.start, span.end)).toMatch(/^[\p{L}\p{N}]/u)
      }
    }
  })
})
