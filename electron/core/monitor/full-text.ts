/**
 * For feeds that carry only a snippet: fetch each new article's page (same limits as feeds) and
 * take its main text, so watchlists match the whole article. A page that fails keeps the snippet.
 */
import { decodeFeed } from '../feeds/decode'
import { fetchUrl, PAGE_ACCEPT, type FetchLimits } from '../feeds/fetch'
import { extractArticle } from '../feeds/fulltext'
import type { FeedItem } from '../feeds/parse'

/** Pages fetched per feed per poll: a feed dumping 500 new items must not hammer its site. */
export const MAX_PAGES_PER_POLL = 30

/** `wanted` says which items need their page (not those whose story is stored already). */
export async function withFullText(items: readonly FeedItem[], limits: FetchLimits | undefined, wanted: (item: FeedItem) => boolean): Promise<FeedItem[]> {
  const out: FeedItem[] = []
  let fetched = 0
  for (const item of items) {
    if (!item.url || fetched >= MAX_PAGES_PER_POLL || !wanted(item)) {
      out.push(item)
      continue
    }
    fetched++
    out.push(await fullTextOf(item, item.url, limits))
  }
  return out
}

async function fullTextOf(item: FeedItem, url: string, limits: FetchLimits | undefined): Promise<FeedItem> {
  try {
    const page = await fetchUrl(url, { limits, accept: PAGE_ACCEPT })
    if (page.kind !== 'body') return item
    const article = extractArticle(decodeFeed(page.bytes, page.contentType).text, page.finalUrl)
    if (!article || article.text.length <= item.body.length) return item
    return { ...item, body: article.text, html: article.html }
  } catch {
    return item
  }
}
