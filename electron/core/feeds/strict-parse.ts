/**
 * The first reading of a feed: rss-parser's parseString (xml2js over sax in strict mode), its
 * items turned into the ItemFields that ./feed-item.ts builds items from. It throws on anything
 * that is not well-formed XML, on text nested too deep for sax, and on shapes rss-parser does not
 * expect. What it reads only in part (items outside <channel>, a field's elements) is for the
 * caller to notice, from the outline of the text (./xml-outline.ts).
 */
import Parser from 'rss-parser'
import type { ItemFields, MediaRef } from './feed-item'
import { outlineXml, type XmlOutline } from './xml-outline'

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
 * the whole feed. Renamed, they reach us as text and one bad date costs only that date. Renamed
 * where the tokenizer found the tags (./xml-outline.ts), so never inside CDATA or a comment, and
 * in one pass (a regex scanning to each tag's `>` rescans the rest of a text that has none).
 */
function shelterAtomDates(xml: string, dateNames: readonly number[]): string {
  const parts: string[] = []
  let copied = 0
  for (const at of dateNames) {
    parts.push(xml.slice(copied, at), 'marsad-')
    copied = at
  }
  parts.push(xml.slice(copied))
  return parts.join('')
}

export interface StrictFeed {
  readonly title: string
  readonly items: readonly ItemFields[]
}

/** Deeper than any feed: past it, sax's cost per stray close tag (a walk down its stack) adds up. */
export const STRICT_MAX_DEPTH = 256

/** The text nests deeper than STRICT_MAX_DEPTH: left to the tolerant parser. */
export class TooDeepError extends Error {
  constructor() {
    super(`Elements nest deeper than ${STRICT_MAX_DEPTH} levels`)
  }
}

export async function parseStrict(xml: string, outline: XmlOutline = outlineXml(xml)): Promise<StrictFeed> {
  // sax recovers from a close tag that matches nothing by searching its whole stack, so 100,000
  // unclosed tags and as many stray closes cost it 10^10 steps. Such text goes to the tolerant parser.
  if (outline.depth > STRICT_MAX_DEPTH) throw new TooDeepError()
  const feed = await newParser().parseString(shelterAtomDates(xml, outline.dateNames))
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
