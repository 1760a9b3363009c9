/**
 * One feed item as Marsad keeps it, built from the fields a parser read. Both parsers (the strict
 * one over rss-parser, the tolerant one for ill-formed feeds) hand over the same ItemFields, so an
 * item reads the same whichever of them read it: identity, text, date and image are decided here.
 */
import { parseFeedDate } from './dates'
import { htmlToText } from './html-text'
import { withoutControls } from '../text/controls'
import { c1AsWindows1252 } from './windows-1252'
import { hashGuid, storyLink } from './story-link'

export interface FeedItem {
  /**
   * Stable identity within the feed: guid, else the link without tracking parameters when it names
   * a story (./story-link.ts), else a hash of the title, date, link and text.
   */
  readonly guid: string
  readonly url: string | null
  /** Set when other items of the same read share this link, so it names none of them (./story-link.ts). */
  readonly linkShared?: boolean
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
  const body = html ? plainText(html) : ''
  const guid = fields.guid.trim() || fields.id.trim() || storyLink(url) || textGuid(title, rawDate, url, body)
  return {
    guid,
    url,
    title,
    body,
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

/**
 * An item with no guid and no story link. Title and date alone would make every «حالة الطقس» of a
 * day, or every undated «عاجل», one item; the link and text tell them apart. With neither
 * link nor text the parts are title and date only, the identity such items always had, so stored
 * ones are not delivered again.
 */
function textGuid(title: string, rawDate: string, url: string | null, body: string): string {
  return hashGuid(url || body ? [title, rawDate, url ?? '', body] : [title, rawDate])
}

const TRACKING_PARAM = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid)$/i

/**
 * Longest link kept (after tracking parameters go). Servers refuse longer request lines (Apache's
 * LimitRequestLine is 8190 bytes, nginx's default header buffer 8 KiB), so a longer link opens
 * nothing and identifies nothing; and it would sit in every row, index and export that holds links.
 */
const MAX_LINK_LENGTH = 8192

/** The link with tracking parameters removed, so the same story keeps one identity; null if unusable. */
export function canonicalLink(link: string): string | null {
  try {
    const url = new URL(link.trim())
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
    // One pass and one rewrite: deleting key by key re-serializes the query each time, quadratic
    // in a link stuffed with thousands of `utm_*` keys.
    const params = [...url.searchParams]
    const kept = params.filter(([key]) => !TRACKING_PARAM.test(key))
    if (kept.length < params.length) url.search = new URLSearchParams(kept).toString()
    url.hash = ''
    return url.href.length <= MAX_LINK_LENGTH ? url.href : null
  } catch {
    return null
  }
}
