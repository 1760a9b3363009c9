/**
 * Turns new hits into at most one desktop notification per interval, so a poll that finds forty
 * flagged articles says so once instead of raising forty notifications.
 */
import type { NewHitsEvent } from '../contract/types'
import { displaySafe } from '../text/controls'

export interface Notice {
  readonly title: string
  readonly body: string
  /** The article to open when the notice is clicked (the newest one in the digest). */
  readonly articleId: number
}

type HitArticle = NewHitsEvent['articles'][number]

export class NotificationDigest {
  private queued: HitArticle[] = []
  private lastShownAt = -Infinity

  constructor(private readonly minIntervalMs: number) {}

  /** Queues the articles of a newHits event that hit a watchlist with notify on. */
  add(event: NewHitsEvent): void {
    this.queued.push(...event.articles.filter((a) => a.watchlists.some((w) => w.notify)))
  }

  /** The notice to show now, or undefined (nothing queued, or one was shown too recently). */
  take(now: number): Notice | undefined {
    if (this.queued.length === 0 || now - this.lastShownAt < this.minIntervalMs) return undefined
    const articles = this.queued
    this.queued = []
    this.lastShownAt = now
    return summarize(articles)
  }
}

/** Names and titles come from feeds and files: the OS shows them as given, overrides and all. */
export function summarize(articles: readonly HitArticle[]): Notice {
  const newest = articles[articles.length - 1]
  const lists = [...new Set(articles.flatMap((a) => a.watchlists.filter((w) => w.notify).map((w) => displaySafe(w.name))))].join('، ')
  const latest = `${displaySafe(newest.source)}: ${displaySafe(newest.title)}`
  if (articles.length === 1) return { title: `مرصد — ${lists}`, body: latest, articleId: newest.id }
  return {
    title: `مرصد — ${articles.length} مقالات جديدة مطابقة`,
    body: `${lists}\n${latest}`,
    articleId: newest.id,
  }
}
