/**
 * One feed item as Marsad keeps it, built from the fields a parser read. Both parsers (the strict
 * one over rss-parser, the tolerant one for ill-formed feeds) hand over the same ItemFields, so an
 * item reads the same whichever of them read it: identity, text, date and image are decided here.
 */
import { createHash } from 'node:crypto'
import { parseFeedDate } from './dates'
import { htmlToText } from './html-text'
import { withoutControls } from '../text/controls'
import { c1AsWindows1252 } from './windows-1252'

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

export interface MediaRef {
  readonly url?: string
  readonly medium?: string
  readonly type?: string
}

/** What a parser read from one item, as text ('' when absent), before any decision. */
export interface ItemFields {
  readonly title: string
  /** RSS <link> text, or Atom's alternate link href. */
  readonly link: string
  readonly guid: string
  /** Atom <id>. */
  readonly id: string
  /** In order of preference: content:encoded, description or Atom content, summary. */
  readonly contents: readonly string[]
  /** In order of preference: pubDate, published, updated, dc:date. */
  readonly dates: readonly string[]
  /** In order of preference: dc:creator or RSS author, Atom author name. */
  readonly authors: readonly string[]
  readonly categories: readonly string[]
  readonly enclosure: MediaRef | null
  readonly media: readonly MediaRef[]
  readonly thumbnails: readonly string[]
}

const first = (values: readonly string[]): string => values.find((v) => v !== '') ?? ''

/** Text as stored: HTML made plain, and no control character a feed can smuggle in (`&#27;`). */
export function plainText(html: string): string {
  // C1 controls here are windows-1252 punctuation that went through a Latin-1 step (./windows-1252.ts).
  return withoutControls(htmlToText(c1AsWindows1252(html)))
}

export function buildFeedItem(fields: ItemFields): FeedItem {
  const title = plainText(fields.title)
  const html = first(fields.contents) || null
  const url = fields.link ? canonicalLink(fields.link) : null
  const rawDate = first(fields.dates)
  const guid = fields.guid.trim() || fields.id.trim() || url || hashOf(`${title}\u0000${rawDate}`)
  return {
    guid,
    url,
    title,
    body: html ? plainText(html) : '',
    html,
    publishedAt: parseFeedDate(rawDate),
    author: plainText(first(fields.authors)) || null,
    categories: fields.categories.map(plainText).filter((c) => c !== ''),
    imageUrl: imageOf(fields),
  }
}

/** An item worth keeping has something to read. */
export const hasText = (item: FeedItem): boolean => item.title !== '' || item.body !== ''

const IMAGE_URL = /\.(jpe?g|png|gif|webp)(\?|$)/i

/** The enclosure or media:content/thumbnail that is an image, if any. */
function imageOf(fields: ItemFields): string | null {
  const enclosure = fields.enclosure
  const candidates = [
    enclosure?.url && (enclosure.type?.startsWith('image/') || IMAGE_URL.test(enclosure.url)) ? enclosure.url : undefined,
    ...fields.media.filter((m) => m.medium === 'image' || m.type?.startsWith('image/') || IMAGE_URL.test(m.url ?? '')).map((m) => m.url),
    ...fields.thumbnails,
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
