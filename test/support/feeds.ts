/** Builds real-looking RSS feeds from the Arabic article fixtures (the seed article among them). */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export interface FixtureArticle {
  readonly id: string
  readonly title: string
  readonly body: string
  readonly link: string
  readonly pubDate: string
  readonly topic: string
  readonly expected: readonly string[]
}

export const SEED_PATH = fileURLToPath(new URL('../../../shared/seed/000_989f3b4769ccd3d9.txt', import.meta.url))

export function seedArticle(): { title: string; body: string } {
  const [title, ...rest] = readFileSync(SEED_PATH, 'utf8').split('\n')
  return { title: title.trim(), body: rest.join('\n').trim() }
}

export function fixtureArticles(): FixtureArticle[] {
  return JSON.parse(readFileSync(new URL('../fixtures/articles.json', import.meta.url), 'utf8')) as FixtureArticle[]
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
