/**
 * Parses decoded feed text (RSS 0.9x/2.0, RSS 1.0, Atom) into plain, immutable items.
 * rss-parser's parseString does the XML; identity, text and dates are decided here.
 */
import { createHash } from 'node:crypto'
import Parser from 'rss-parser'
import { htmlToText } from './html-text'

export interface FeedItem {
  /** Stable identity within the feed: guid, else the link without tracking parameters, else a hash. */
  readonly guid: string
  readonly url: string | null
  readonly title: string
  readonly body: string
  /** Milliseconds since the epoch, or null when the feed gave no usable date. */
  readonly publishedAt: number | null
}

export interface ParsedFeed {
  readonly title: string | null
  readonly items: readonly FeedItem[]
}

export class FeedParseError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'FeedParseError'
  }
}

type RawItem = Parser.Item & { 'content:encoded'?: string; id?: string; summary?: string }

const parser = new Parser<Record<string, unknown>, RawItem>({ customFields: { item: ['content:encoded', 'summary', 'id'] } })

export async function parseFeed(xml: string): Promise<ParsedFeed> {
  // Entity declarations are the door to XXE and billion-laughs; real news feeds don't need them.
  if (/<!ENTITY/i.test(xml)) throw new FeedParseError('feed declares DTD entities; refused')
  if (!/<(rss|feed|rdf:RDF)\b/i.test(xml)) throw new FeedParseError('not a feed: no <rss>, <feed> or <rdf:RDF> element')
  let feed: Awaited<ReturnType<typeof parser.parseString>>
  try {
    feed = await parser.parseString(xml)
  } catch (err) {
    throw new FeedParseError(`malformed feed: ${firstLine(err)}`)
  }
  return {
    title: feed.title ? htmlToText(feed.title) || null : null,
    items: feed.items.map(toFeedItem).filter((item) => item.title !== '' || item.body !== ''),
  }
}

function toFeedItem(raw: RawItem): FeedItem {
  const title = htmlToText(raw.title ?? '')
  const body = htmlToText(raw['content:encoded'] ?? raw.content ?? raw.summary ?? '')
  const url = raw.link ? canonicalLink(raw.link) : null
  const publishedAt = parseDate(raw.isoDate ?? raw.pubDate)
  const guid = raw.guid?.trim() || raw.id?.trim() || url || hashOf(`${title}\u0000${raw.pubDate ?? ''}`)
  return { guid, url, title, body, publishedAt }
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

function parseDate(value: string | undefined): number | null {
  if (!value) return null
  const time = Date.parse(value.trim())
  return Number.isFinite(time) ? time : null
}

function hashOf(text: string): string {
  return 'sha1:' + createHash('sha1').update(text).digest('hex')
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0].slice(0, 200)
}
