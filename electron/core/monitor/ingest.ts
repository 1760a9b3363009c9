/**
 * Stores a parsed feed's new items and flags them: insert, match, record hits, all in one
 * transaction so a crash never leaves an article stored but unmatched.
 */
import type { ParsedFeed } from '../feeds/parse'
import type { Matcher } from '../rules/matcher'
import type { Store } from '../store/store'

export interface NewHitArticle {
  readonly id: number
  readonly title: string
  readonly source: string
  /** Ids of the watchlists that flagged it. */
  readonly watchlists: readonly string[]
}

export interface IngestResult {
  readonly newArticles: number
  readonly newHits: readonly NewHitArticle[]
}

export function ingestItems(
  store: Store,
  matcher: Matcher,
  feed: { readonly id: number; readonly source: string },
  parsed: ParsedFeed,
  now: number,
): IngestResult {
  return store.transaction(() => {
    let newArticles = 0
    const newHits: NewHitArticle[] = []
    for (const item of parsed.items) {
      const id = store.articles.insert({
        feedId: feed.id,
        source: feed.source,
        guid: item.guid,
        url: item.url,
        title: item.title,
        body: item.body,
        publishedAt: item.publishedAt ?? now,
        publishedGuessed: item.publishedAt === null,
        fetchedAt: now,
      })
      if (id === undefined) continue
      newArticles++
      const hits = matcher.match(item)
      if (hits.length === 0) continue
      store.hits.replace(id, hits, now)
      newHits.push({ id, title: item.title, source: feed.source, watchlists: hits.map((h) => h.watchlistId) })
    }
    store.feeds.recordSuccess(feed.id, parsed.title, now)
    return { newArticles, newHits }
  })
}
