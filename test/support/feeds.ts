/**
 * The Arabic article fixtures (test/fixtures/articles.json, the workshop article among them) and
 * real-looking RSS feeds built from them.
 */
import { readFileSync } from 'node:fs'

export interface FixtureArticle {
  readonly id: string
  readonly title: string
  readonly body: string
  readonly link: string
  readonly pubDate: string
  readonly topic: string
  readonly expected: readonly string[]
}

export function fixtureArticles(): FixtureArticle[] {
  return JSON.parse(readFileSync(new URL('../fixtures/articles.json', import.meta.url), 'utf8')) as FixtureArticle[]
}

/** The id, in articles.json, of the article most tests are built on. */
export const WORKSHOP_ID = 'workshop'

export interface WorkshopArticle {
  readonly title: string
  /** The body as a scraped page gives it: the report's paragraphs, then the site's tail lines. */
  readonly body: string
  /** The report alone, one paragraph each. */
  readonly paragraphs: readonly string[]
  /** The unrelated headlines the site prints under «السابق» and «التالي». */
  readonly tail: { readonly previous: string; readonly next: string }
}

/**
 * Our own report (written for these tests, not copied from a site) on a security workshop in
 * Tripoli, in the style of a Lebanese outlet: unhamzated spelling (الارهاب، الامني، الاوروبيون),
 * “curly quotes” around names, long sentences, and the site's chrome left at the end of the body
 * as scrapers get it: «السابق», an unrelated headline, «التالي», another one.
 *
 * What tests rely on: the default watchlists flag it on all five lists (the title alone carries
 * «ورشة عمل» and «الارهاب»); its six paragraphs are all long (over 160 characters, so never taken
 * for chrome); paragraphs 0–1 have curly quotes (windows-1256 has them) and 2–5 fit ISO-8859-6;
 * test/fixtures/pages/workshop-article.html is the same report inside a full news page.
 */
export function workshopArticle(): WorkshopArticle {
  const article = fixtureArticles().find((a) => a.id === WORKSHOP_ID)
  if (!article) throw new Error(`articles.json has no "${WORKSHOP_ID}" article`)
  const lines = article.body.split(/\n+/).map((l) => l.trim())
  const at = lines.indexOf('السابق')
  const [, previous, nextLabel, next, ...extra] = lines.slice(at)
  if (at < 0 || nextLabel !== 'التالي' || !previous || !next || extra.length > 0) {
    throw new Error(`the "${WORKSHOP_ID}" body must end with السابق / headline / التالي / headline`)
  }
  return { title: article.title, body: article.body, paragraphs: lines.slice(0, at), tail: { previous, next } }
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** RSS 2.0 with bodies as HTML paragraphs in CDATA, as most Arabic news sites publish them. */
export function rssFeed(title: string, articles: readonly Pick<FixtureArticle, 'id' | 'title' | 'body' | 'link' | 'pubDate'>[]): string {
  const items = articles
    .map(
      (a) => `
    <item>
      <title>${escapeXml(a.title)}</title>
      <link>${escapeXml(a.link)}</link>
      <guid isPermaLink="false">${escapeXml(a.id)}</guid>
      <pubDate>${a.pubDate}</pubDate>
      <description><![CDATA[${a.body
        .split(/\n+/)
        .map((p) => `<p>${p}</p>`)
        .join('')}]]></description>
    </item>`,
    )
    .join('')
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>${escapeXml(title)}</title>
    <link>https://example.com/</link>
    <language>ar</language>${items}
  </channel>
</rss>
`
}

/** One short flagged story (the default watchlists flag it), for tests that need a feed with a hit and nothing more. */
export const ARREST_STORY = {
  id: 'arrest-1',
  title: 'توقيف خلية ارهابية في طرابلس',
  body: 'اوقفت مديرية المخابرات في الجيش خلية ارهابية تابعة لتنظيم داعش في طرابلس.',
  link: 'https://news.example/arrest-1',
  pubDate: 'Sat, 14 Feb 2015 07:30:00 GMT',
} as const
