/**
 * Which links name one story. An item's link is its identity when it has no guid (feed-item.ts),
 * and a stored story found by link absorbs a new item (monitor/ingest.ts): a link that is not a
 * story's own page would make different stories one, and every one after the first would be lost.
 * Feeds do give such links: the site's home page (`https://site/`) or a section or language page
 * (`/ar/`, `/index.php`, `/?lang=ar`) on every item. Both sides use the rules here.
 */
import { createHash } from 'node:crypto'
import type { FeedItem } from './feed-item'

/** The link, unless it is a site's home page (path `/`, no query), which names no story. */
export function storyLink(url: string | null): string | null {
  if (!url) return null
  const { pathname, search } = new URL(url)
  return pathname === '/' && search === '' ? null : url
}

/** An item's story link: none when its link is a home page, or shared with other items of its read. */
export function itemStoryLink(item: Pick<FeedItem, 'url' | 'linkShared'>): string | null {
  return item.linkShared ? null : storyLink(item.url)
}

/** Identity from an item's own text: sha1 of the parts, NUL-separated (`sha1:` marks it as made up). */
export function hashGuid(parts: readonly string[]): string {
  return 'sha1:' + createHash('sha1').update(parts.join('\u0000')).digest('hex')
}

/**
 * The items of one read, with every link that two or more of them share marked as no story link
 * (`linkShared`), and the identity of those that took it as their guid made from their text. Not a
 * list of paths: whatever page a feed repeats, repeating it shows it names none of the stories.
 * Linear (one count per link); items already marked, or whose link nobody shares, are returned as
 * they are (the same objects), so applying it again, or to a part of the read, changes nothing.
 */
export function markSharedLinks(items: readonly FeedItem[]): FeedItem[] {
  const seen = new Map<string, number>()
  for (const { url } of items) if (url) seen.set(url, (seen.get(url) ?? 0) + 1)
  return items.map((item) => {
    if (item.linkShared || !item.url || (seen.get(item.url) ?? 0) < 2) return item
    // An explicit guid equal to the shared link is as useless as one taken from it.
    const guid = item.guid === item.url ? hashGuid([item.title, String(item.publishedAt ?? ''), item.url, item.body]) : item.guid
    return { ...item, guid, linkShared: true }
  })
}
