/**
 * Stores a feed's new items and flags them: insert, match, record hits, all in one transaction so
 * a crash never leaves an article stored but unmatched. The same story arriving again (from this
 * feed under a new guid, or from another feed with the same link or the same text) is stored once
 * and remembered as seen in both.
 */
import { createHash } from 'node:crypto'
import type { HitWatchlist } from '../contract/types'
import type { FeedItem } from '../feeds/parse'
import type { Matcher } from '../rules/matcher'
import { normalize } from '../text/normalize'
import type { Store } from '../store/store'

export interface NewHitArticle {
  readonly id: number
  readonly title: string
  readonly source: string
  /** The watchlists that flagged it, with their names and notify setting at matching time. */
  readonly watchlists: readonly HitWatchlist[]
}

export interface IngestResult {
  readonly newArticles: number
  readonly newHits: readonly NewHitArticle[]
}

/** Identity of the text, insensitive to diacritics, tatweel, hamza spelling and spacing. */
export function contentHash(item: Pick<FeedItem, 'title' | 'body'>): string {
  const text = `${normalize(item.title)}\n${normalize(item.body)}`.replace(/\s+/g, ' ').trim()
  return createHash('sha1').update(text).digest('hex')
}

/** A link that identifies one story: not a site's home page, which some feeds give every item. */
export function storyLink(url: string | null): string | null {
  if (!url) return null
  const { pathname, search } = new URL(url)
  return pathname === '/' && search === '' ? null : url
}

/** Whether this feed already delivered this item (under its guid). */
export function deliveredBefore(store: Store, feedId: number, item: FeedItem): boolean {
  return store.articles.findSource(feedId, item.guid) !== undefined
}

/** Whether the story is stored already, from any feed (so its page need not be fetched again). */
export function storyKnown(store: Store, item: FeedItem): boolean {
  return store.articles.findDuplicate(storyLink(item.url), null) !== undefined
}

export function ingestItems(
  store: Store,
  matcher: Matcher,
  feed: { readonly id: number; readonly source: string },
  items: readonly FeedItem[],
  now: number,
): IngestResult {
  const watchlists = new Map(matcher.watchlists.map((w) => [w.id, { id: w.id, name: w.name, notify: w.notify }]))
  return store.transaction(() => {
    let newArticles = 0
    const newHits: NewHitArticle[] = []
    for (const item of items) {
      if (store.articles.findSource(feed.id, item.guid) !== undefined) continue
      const hash = contentHash(item)
      const duplicate = store.articles.findDuplicate(storyLink(item.url), hash)
      if (duplicate !== undefined) {
        store.articles.addSource(feed.id, item.guid, duplicate, now)
        continue
      }
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
        contentHash: hash,
        author: item.author,
        categories: item.categories,
        imageUrl: item.imageUrl,
        contentHtml: item.html,
      })
      if (id === undefined) continue
      newArticles++
      const hits = matcher.match(item)
      if (hits.length === 0) continue
      store.hits.replace(id, hits, now)
      newHits.push({ id, title: item.title, source: feed.source, watchlists: hits.flatMap((h) => watchlists.get(h.watchlistId) ?? []) })
    }
    return { newArticles, newHits }
  })
}
