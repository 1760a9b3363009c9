/**
 * The first reading of a feed: rss-parser's parseString (xml2js over sax in strict mode), its
 * items turned into the ItemFields that ./feed-item.ts builds items from. It throws on anything
 * that is not well-formed XML, and on shapes rss-parser does not expect.
 */
import Parser from 'rss-parser'
import type { ItemFields, MediaRef } from './feed-item'

interface MediaElement {
  readonly $?: MediaRef
}

type RawItem = Omit<Parser.Item, 'categories'> & {
  'content:encoded'?: string
  id?: string
  summary?: string
  author?: string
  date?: unknown
  'marsad-categories'?: unknown[]
  'marsad-published'?: string
  'marsad-updated'?: string
  'media:content'?: MediaElement[]
  'media:thumbnail'?: MediaElement[]
}

/**
 * A parser per call: xml2js keeps state on its instance and, after an error, sax goes on reading
 * the rest of the text into it; a shared instance was seen to hand one call's result to another.
 */
const newParser = (): Parser<Record<string, unknown>, RawItem> => new Parser<Record<string, unknown>, RawItem>({
  customFields: {
    item: [
      'content:encoded', 'summary', 'id', 'author', 'marsad-published', 'marsad-updated',
      // Atom's <category term="…"/> too, which rss-parser leaves out of `categories`.
      ['category', 'marsad-categories', { keepArray: true }],
      ['media:content', 'media:content', { keepArray: true }],
      ['media:thumbnail', 'media:thumbnail', { keepArray: true }],
    ],
  },
})

/**
 * rss-parser turns Atom <published>/<updated> into Dates itself and throws on a bad one, losing
 * the whole feed. Renamed, they reach us as text and one bad date costs only that date.
 */
function shelterAtomDates(xml: string): string {
  return xml.replace(/<(\/?)(published|updated)(\s[^>]*)?>/g, '<$1marsad-$2$3>')
}

export interface StrictFeed {
  readonly title: string
  readonly items: readonly ItemFields[]
}

/** Deeper than any feed: past it, sax's cost per stray close tag (a walk down its stack) adds up. */
export const STRICT_MAX_DEPTH = 256

export async function parseStrict(xml: string): Promise<StrictFeed> {
  // sax recovers from a close tag that matches nothing by searching its whole stack, so 100,000
  // unclosed tags and as many stray closes cost it 10^10 steps. Such text goes to the tolerant parser.
  if (nestsDeeperThan(xml, STRICT_MAX_DEPTH)) throw new Error(`Unclosed tags nest deeper than ${STRICT_MAX_DEPTH}`)
  const feed = await newParser().parseString(shelterAtomDates(xml))
  return { title: text(feed.title), items: feed.items.map(toFields) }
}

function toFields(raw: RawItem): ItemFields {
  const enclosure = raw.enclosure
  return {
    title: text(raw.title),
    link: text(raw.link),
    guid: text(raw.guid),
    id: text(raw.id),
    contents: [text(raw['content:encoded']), text(raw.content), text(raw.summary)],
    dates: [text(raw.pubDate), text(raw['marsad-published']), text(raw['marsad-updated']), text(raw.date)],
    authors: [text(raw.creator) || text(raw.author)],
    categories: (raw['marsad-categories'] ?? []).map((c) => text(c) || attribute(c, 'term')),
    enclosure: enclosure ? { url: enclosure.url, type: enclosure.type } : null,
    media: (raw['media:content'] ?? []).map((m) => m.$ ?? {}),
    thumbnails: (raw['media:thumbnail'] ?? []).flatMap((m) => m.$?.url ?? []),
  }
}

/**
 * Whether elements nest deeper than `limit`, in one forward pass: a close tag closes everything
 * open inside its element and a close that matches nothing is ignored (as the tolerant parser
 * and sax's recovery do), so each tag costs amortized constant work. A guard, not a parser:
 * markup inside comments or CDATA may be miscounted, which costs at most a strict attempt.
 */
export function nestsDeeperThan(xml: string, limit: number): boolean {
  const open: string[] = []
  const openCount = new Map<string, number>()
  const NAME = /[^\s/>]*/y
  for (let at = xml.indexOf('<'); at !== -1; at = xml.indexOf('<', at + 1)) {
    const closing = xml[at + 1] === '/'
    if (!closing && !/[A-Za-z_:]/.test(xml[at + 1] ?? '')) continue // text, <!…>, <?…?>
    NAME.lastIndex = at + (closing ? 2 : 1)
    const name = NAME.exec(xml)?.[0] ?? ''
    const end = xml.indexOf('>', NAME.lastIndex)
    if (end === -1) return false
    at = end
    if (closing) {
      if (!openCount.get(name)) continue
      for (let top = open.pop(); top !== undefined; top = open.pop()) {
        openCount.set(top, (openCount.get(top) ?? 1) - 1)
        if (top === name) break
      }
    } else if (xml[end - 1] !== '/') {
      open.push(name)
      openCount.set(name, (openCount.get(name) ?? 0) + 1)
      if (open.length > limit) return true
    }
  }
  return false
}

/** Feed fields arrive as strings, or as xml2js objects ({_: text, $: attributes}) when they have attributes. */
function text(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'object' && value !== null && typeof (value as { _?: unknown })._ === 'string') return (value as { _: string })._
  return ''
}

function attribute(value: unknown, name: string): string {
  if (typeof value !== 'object' || value === null) return ''
  const attributes = (value as { $?: Record<string, unknown> }).$
  const found = attributes?.[name]
  return typeof found === 'string' ? found : ''
}
