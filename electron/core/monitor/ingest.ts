/**
 * Stores a feed's new items and flags them. Matching runs first, outside any transaction and
 * yielding to the event loop between items (matchItems), so a long or hostile article never holds
 * the thread or the database while the API and the UI wait; then insert and record hits in one
 * short transaction, so a crash never leaves an article stored but unmatched. The same story
 * arriving again (from this feed under a new guid, or from another feed with the same story link
 * (feeds/story-link.ts), or the same text when it is long enough to name a story) is stored once
 * and remembered as seen in both.
 */
import { createHash } from 'node:crypto'
import type { HitWatchlist } from '../contract/types'
import type { FeedItem } from '../feeds/parse'
import { itemStoryLink } from '../feeds/story-link'
import type { Matcher, MatchResult } from '../rules/matcher'
import { normalize } from '../text/normalize'
import { analyze, analyzeInPieces } from '../text/tokenize'
import type { Store } from '../store/store'
import type { ItemWithFullText } from './full-text'
import { yieldToEventLoop } from '../work/steps'

export interface NewHitArticle {
  readonly id: number
  readonly title: string
  readonly source: string
  /** The watchlists that flagged it, with their names, notify setting and its score at matching time. */
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
  return hashOfNormalized(normalize(item.title), normalize(item.body))
}

function hashOfNormalized(title: string, body: string): string | null {
  const text = `${title}\n${body}`.replace(/\s+/g, ' ').trim()
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

/** Whether this feed already delivered this item (under its guid). */
export function deliveredBefore(store: Store, feedId: number, item: FeedItem): boolean {
  return store.articles.findSource(feedId, item.guid) !== undefined
}

/**
 * Whether the item's page is worth fetching for its full text: its link names a story, and that
 * story is not stored yet. A home or shared page is the same page for every item that gives it:
 * its text would make them one story by content hash, the loss story links are kept from.
 */
export function pageWanted(store: Store, item: FeedItem): boolean {
  const link = itemStoryLink(item)
  return link !== null && store.articles.findDuplicate(link, null) === undefined
}

/** What the matcher made of each item, reached before the write transaction. */
export type ItemMatches = ReadonlyMap<FeedItem, PreparedItem>

/** An item's matches and its text's identity (contentHash), both worked out before storing. */
export interface PreparedItem extends MatchResult {
  readonly hash: string | null
}

/**
 * Matches items ahead of storing them, one at a time with the event loop served in between (each
 * match is bounded by the matcher's work budget). Items that turn out to be a stored story were
 * matched for nothing: cheaper than holding the write transaction open while matching.
 */
export async function matchItems(matcher: Matcher, items: readonly FeedItem[]): Promise<ItemMatches> {
  const matches = new Map<FeedItem, PreparedItem>()
  for (const item of items) {
    await yieldToEventLoop()
    // The body is folded once, in pieces, for both its matches and its identity.
    const title = analyze(item.title)
    const body = await analyzeInPieces(item.body, yieldToEventLoop)
    const result = await matcher.runTokensAsync(item, { title: title.tokens, body: body.tokens }, yieldToEventLoop)
    matches.set(item, { ...result, hash: hashOfNormalized(title.normalized, body.normalized) })
  }
  return matches
}

/**
 * `matches` from matchItems with the same matcher; an item missing from it is matched here. Items
 * come as parseFeed gives them: a link several items of the read share is marked as naming no
 * story (feeds/story-link.ts).
 */
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
      const prepared = matches.get(item)
      const hash = prepared ? prepared.hash : contentHash(item)
      const duplicate = store.articles.findDuplicate(itemStoryLink(item), hash)
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
      const { hits, truncated } = prepared ?? matcher.run(item)
      if (hits.length === 0) continue
      store.hits.replace(id, hits, now, truncated)
      newHits.push({
        id,
        title: item.title,
        source: feed.source,
        watchlists: hits.flatMap((h) => {
          const watchlist = watchlists.get(h.watchlistId)
          return watchlist ? [{ ...watchlist, score: h.score }] : []
        }),
      })
    }
    return { newArticles, newHits }
  })
}
