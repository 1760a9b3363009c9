/**
 * Parses decoded feed text (RSS 0.9x/2.0, RSS 1.0, Atom) into plain, immutable items.
 * rss-parser's parseString does the XML; identity, text and dates are decided here.
 */
import { createHash } from 'node:crypto'
import Parser from 'rss-parser'
import { parseFeedDate } from './dates'
import { htmlToText } from './html-text'
import { MarsadError } from '../errors/marsad-error'
import type { ErrorDetail } from '../errors/problems'

export interface FeedItem {
  /** Stable identity within the feed: guid, else the link without tracking parameters, else a hash. */
  readonly guid: string
  readonly url: string | null
  readonly title: string
  /** Plain text, for matching and the timeline. */
  readonly body: string
  /** The body as the feed sent it (HTML, untrusted): sanitized wherever it is displayed. */
  readonly html: string | null
  /** Milliseconds since the epoch, or null when the feed gave no usable date. */
  readonly publishedAt: number | null
  readonly author: string | null
  readonly categories: readonly string[]
  readonly imageUrl: string | null
}

export interface ParsedFeed {
  readonly title: string | null
  readonly items: readonly FeedItem[]
}

export class FeedParseError extends MarsadError {}

interface MediaElement {
  readonly $?: { readonly url?: string; readonly medium?: string; readonly type?: string }
}

type RawItem = Omit<Parser.Item, 'categories'> & {
  'content:encoded'?: string
  id?: string
  summary?: string
  author?: string
  categories?: unknown[]
  'marsad-published'?: string
  'marsad-updated'?: string
  'media:content'?: MediaElement[]
  'media:thumbnail'?: MediaElement[]
}

const parser = new Parser<Record<string, unknown>, RawItem>({
  customFields: {
    item: [
      'content:encoded', 'summary', 'id', 'author', 'marsad-published', 'marsad-updated',
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

export async function parseFeed(xml: string): Promise<ParsedFeed> {
  // Entity declarations are the door to XXE and billion-laughs; real news feeds don't need them.
  if (/<!ENTITY/i.test(xml)) throw new FeedParseError({ code: 'feed.dtd_entities' })
  if (!/<(rss|feed|rdf:RDF)\b/i.test(xml)) throw new FeedParseError({ code: 'feed.not_a_feed' })
  let feed: Awaited<ReturnType<typeof parser.parseString>>
  try {
    feed = await parser.parseString(shelterAtomDates(xml))
  } catch (err) {
    throw new FeedParseError(malformed(err))
  }
  return {
    title: feed.title ? htmlToText(feed.title) || null : null,
    items: feed.items.map(toFeedItem).filter((item) => item.title !== '' || item.body !== ''),
  }
}

function toFeedItem(raw: RawItem): FeedItem {
  const title = htmlToText(text(raw.title))
  const html = text(raw['content:encoded']) || text(raw.content) || text(raw.summary) || null
  const url = raw.link ? canonicalLink(text(raw.link)) : null
  const rawDate = text(raw.pubDate) || text(raw['marsad-published']) || text(raw['marsad-updated']) || text((raw as { date?: unknown }).date)
  const guid = text(raw.guid).trim() || text(raw.id).trim() || url || hashOf(`${title}\u0000${rawDate}`)
  return {
    guid,
    url,
    title,
    body: html ? htmlToText(html) : '',
    html,
    publishedAt: parseFeedDate(rawDate),
    author: htmlToText(text(raw.creator) || text(raw.author)) || null,
    categories: (raw.categories ?? []).map((c) => htmlToText(text(c))).filter((c) => c !== ''),
    imageUrl: imageOf(raw),
  }
}

/** Feed fields arrive as strings, or as xml2js objects ({_: text, $: attributes}) when they have attributes. */
function text(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'object' && value !== null && typeof (value as { _?: unknown })._ === 'string') return (value as { _: string })._
  return ''
}

const IMAGE_URL = /\.(jpe?g|png|gif|webp)(\?|$)/i

/** The enclosure or media:content/thumbnail that is an image, if any. */
function imageOf(raw: RawItem): string | null {
  const enclosure = raw.enclosure
  const candidates = [
    enclosure && (enclosure.type?.startsWith('image/') || IMAGE_URL.test(enclosure.url)) ? enclosure.url : undefined,
    ...(raw['media:content'] ?? []).filter((m) => m.$?.medium === 'image' || m.$?.type?.startsWith('image/') || IMAGE_URL.test(m.$?.url ?? '')).map((m) => m.$?.url),
    ...(raw['media:thumbnail'] ?? []).map((m) => m.$?.url),
  ]
  for (const candidate of candidates) {
    const url = candidate ? canonicalLink(candidate) : null
    if (url) return url
  }
  return null
}

const TRACKING_PARAM = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid)$/i

/** The link with tracking parameters removed, so the same story keeps one identity. */
export function canonicalLink(link: string): string | null {
  try {
    const url = new URL(link.trim())
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
    for (const key of [...url.searchParams.keys()]) if (TRACKING_PARAM.test(key)) url.searchParams.delete(key)
    url.hash = ''
    return url.href
  } catch {
    return null
  }
}

function hashOf(text: string): string {
  return 'sha1:' + createHash('sha1').update(text).digest('hex')
}

/** The XML parser's complaint, with the line and column it reports ("…\nLine: 5\nColumn: 10\nChar: >"). */
function malformed(err: unknown): ErrorDetail {
  const message = err instanceof Error ? err.message : String(err)
  const line = /^Line: (\d+)$/m.exec(message)
  const column = /^Column: (\d+)$/m.exec(message)
  return {
    code: 'feed.malformed',
    detail: message.split('\n')[0].slice(0, 200),
    ...(line ? { line: Number(line[1]) } : {}),
    ...(column ? { column: Number(column[1]) } : {}),
  }
}
