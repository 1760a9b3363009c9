/**
 * For feeds that carry only a snippet: fetch each new article's page (same limits as feeds) and
 * take its main text, so watchlists match the whole article. A page that fails keeps the snippet.
 */
import { decodeFeed } from '../feeds/decode'
import type { AddressPolicy } from '../feeds/address-policy'
import { fetchUrl, PAGE_ACCEPT, type FetchLimits } from '../feeds/fetch'
import { extractArticle, FULLTEXT_SANITIZER } from '../feeds/fulltext'
import type { FeedItem } from '../feeds/parse'

/** The article page's HTML, sanitized when it was extracted, and by which sanitizer. */
export interface FullTextHtml {
  readonly html: string
  readonly sanitizer: string
}

/**
 * An item whose page was read: `body` is the page's text, `html` stays the feed's own (raw) HTML,
 * and the page's sanitized HTML travels apart, so the two are never mistaken for one another.
 */
export interface ItemWithFullText extends FeedItem {
  readonly fullText?: FullTextHtml
}

/** Pages fetched per feed per poll: a feed dumping 500 new items must not hammer its site. */
export const MAX_PAGES_PER_POLL = 30

/** How article pages are requested on a feed's behalf. */
export interface PageFetch {
  /**
   * Which hosts may be private: policyForFeed(feed URL), so only a feed on a private host reads
   * article pages on that host. The default allows none: a public feed's links never reach the LAN.
   */
  readonly policy?: AddressPolicy
  readonly userAgent?: string
}

/** `wanted` says which items need their page (not those whose story is stored already). */
export async function withFullText(
  items: readonly FeedItem[],
  limits: FetchLimits | undefined,
  wanted: (item: FeedItem) => boolean,
  pages: PageFetch = {},
): Promise<ItemWithFullText[]> {
  const out: ItemWithFullText[] = []
  let fetched = 0
  for (const item of items) {
    if (!item.url || fetched >= MAX_PAGES_PER_POLL || !wanted(item)) {
      out.push(item)
      continue
    }
    fetched++
    out.push(await fullTextOf(item, item.url, limits, pages))
  }
  return out
}

async function fullTextOf(item: FeedItem, url: string, limits: FetchLimits | undefined, pages: PageFetch): Promise<ItemWithFullText> {
  try {
    const page = await fetchUrl(url, { limits, accept: PAGE_ACCEPT, policy: pages.policy ?? { privateHost: null }, userAgent: pages.userAgent })
    if (page.kind !== 'body') return item
    const article = extractArticle(decodeFeed(page.bytes, page.contentType).text, page.finalUrl)
    if (!article || article.text.length <= item.body.length) return item
    return { ...item, body: article.text, fullText: { html: article.html, sanitizer: FULLTEXT_SANITIZER } }
  } catch {
    return item
  }
}
