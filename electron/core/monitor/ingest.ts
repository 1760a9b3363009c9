/**
 * Stores a feed's new items and flags them. Matching runs first, outside any transaction and
 * yielding to the event loop between items (matchItems), so a long or hostile article never holds
 * the thread or the database while the API and the UI wait; then insert and record hits in one
 * short transaction, so a crash never leaves an article stored but unmatched. The same story arriving again (from this
 * feed under a new guid, or from another feed with the same link, or the same text when it is long
 * enough to name a story) is stored once and remembered as seen in both.
 */
import { createHash } from 'node:crypto'
import type { HitWatchlist } from '../contract/types'
import type { FeedItem } from '../feeds/parse'
import type { Matcher, MatchResult } from '../rules/matcher'
import { normalize } from '../text/normalize'
import type { Store } from '../store/store'
import type { ItemWithFullText } from './full-text'

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

/**
 * Words (title and body together) from which identical text is taken to be the same story.
 * Arabic headlines run 6–14 words, and recurring service items are a title alone or a title and a
 * stock line («حالة الطقس», «مواقيت الصلاة», «أسعار صرف الدولار في السوق السوداء اليوم» +
 * «تابعوا التفاصيل»): all under 20, and each day's is another story. A syndicated wire story
 * carries its headline and at least its lede sentence (20–35 words), so it is over. Below the
 * threshold only a shared story link merges two items: a duplicate kept costs a line in the
 * timeline, a story merged away is lost.
 */
export const MIN_IDENTIFYING_WORDS = 20

/**
 * Identity of the text, insensitive to diacritics, tatweel, hamza spelling and spacing; null when
 * the text is too short to identify a story (see MIN_IDENTIFYING_WORDS).
 */
export function contentHash(item: Pick<FeedItem, 'title' | 'body'>): string | null {
  const text = `${normalize(item.title)}\n${normalize(item.body)}`.replace(/\s+/g, ' ').trim()
  if (!hasWords(text, MIN_IDENTIFYING_WORDS)) return null
  return createHash('sha1').update(text).digest('hex')
}

/** Whether `text` has at least `n` words; stops counting there. */
function hasWords(text: string, n: number): boolean {
  const word = /[\p{L}\p{N}]+/gu
  let count = 0
  while (word.exec(text) !== null) if (++count >= n) return true
  return false
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

/** What the matcher made of each item, reached before the write transaction. */
export type ItemMatches = ReadonlyMap<FeedItem, MatchResult>

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

/**
 * Matches items ahead of storing them, one at a time with the event loop served in between (each
 * match is bounded by the matcher's work budget). Items that turn out to be a stored story were
 * matched for nothing: cheaper than holding the write transaction open while matching.
 */
export async function matchItems(matcher: Matcher, items: readonly FeedItem[]): Promise<ItemMatches> {
  const matches = new Map<FeedItem, MatchResult>()
  for (const item of items) {
    await yieldToEventLoop()
    matches.set(item, matcher.run(item))
  }
  return matches
}

/** `matches` from matchItems with the same matcher; an item missing from it is matched here. */
export function ingestItems(
  store: Store,
  matcher: Matcher,
  feed: { readonly id: number; readonly source: string },
  items: readonly ItemWithFullText[],
  now: number,
  matches: ItemMatches = new Map(),
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
        // The feed's HTML as sent and the page's sanitized HTML, each in its own column.
        feedHtml: item.html,
        fulltextHtml: item.fullText?.html ?? null,
        fulltextSanitizer: item.fullText?.sanitizer ?? null,
      })
      if (id === undefined) continue
      newArticles++
      const { hits, truncated } = matches.get(item) ?? matcher.run(item)
      if (hits.length === 0) continue
      store.hits.replace(id, hits, now, truncated)
      newHits.push({ id, title: item.title, source: feed.source, watchlists: hits.flatMap((h) => watchlists.get(h.watchlistId) ?? []) })
    }
    return { newArticles, newHits }
  })
}
