/**
 * What is at a URL the analyst pasted: a feed (its title and item count), or an HTML page whose
 * <link rel="alternate"> points at feeds (the first one is previewed). Fetches; saves nothing.
 */
import type { FeedPreview } from '../contract/types'
import { MarsadError } from '../errors/marsad-error'
import { decodeFeed } from '../feeds/decode'
import { discoverFeeds, looksLikeHtml } from '../feeds/discover'
import { policyForFeed, type AddressPolicy } from '../feeds/address-policy'
import { fetchUrl, type FetchLimits } from '../feeds/fetch'
import { parseFeed, type ParsedFeed } from '../feeds/parse'

const FEED_OR_PAGE = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5'

/**
 * The URL the analyst typed is the one host allowed to be private; a page on the LAN linking to a
 * feed on another private host is refused (address-policy.ts).
 */
async function fetchText(url: string, policy: AddressPolicy, limits: FetchLimits | undefined, userAgent: string | undefined): Promise<{ text: string; url: string }> {
  const result = await fetchUrl(url, { limits, accept: FEED_OR_PAGE, policy, userAgent })
  if (result.kind !== 'body') throw new MarsadError({ code: 'feed.unexpected_not_modified' })
  return { text: decodeFeed(result.bytes, result.contentType).text, url: result.permanentUrl ?? url }
}

export async function previewFeed(url: string, limits?: FetchLimits, userAgent?: string): Promise<FeedPreview & { parsed: ParsedFeed }> {
  const policy = policyForFeed(url)
  const page = await fetchText(url, policy, limits, userAgent)
  if (!looksLikeHtml(page.text)) {
    const parsed = await parseFeed(page.text)
    return { url: page.url, title: parsed.title, itemCount: parsed.items.length, discovered: [], parsed }
  }
  const discovered = discoverFeeds(page.text, page.url).map((d) => ({ url: d.url, title: d.title ?? null }))
  if (discovered.length === 0) throw new MarsadError({ code: 'feed.page_without_feed' })
  const feed = await fetchText(discovered[0].url, policy, limits, userAgent)
  const parsed = await parseFeed(feed.text)
  return { url: feed.url, title: parsed.title ?? discovered[0].title, itemCount: parsed.items.length, discovered, parsed }
}
