/** Pure helpers for the paged article list. */
import type { ArticleSummary } from '../../electron/core/contract/types'

export const PAGE_SIZE = 500
/** The contract's ceiling for one listArticles call. */
export const MAX_LIMIT = 5000

/** Appends an older page, skipping any article already listed (pages can overlap after a poll). */
export function appendPage(current: readonly ArticleSummary[], page: readonly ArticleSummary[]): ArticleSummary[] {
  const seen = new Set(current.map((article) => article.id))
  return [...current, ...page.filter((article) => !seen.has(article.id))]
}

/** The `before` cursor that asks for what comes after the last listed article. */
export function cursorAfter(articles: readonly ArticleSummary[]): { publishedAt: number; id: number } | undefined {
  const last = articles[articles.length - 1]
  return last ? { publishedAt: last.publishedAt, id: last.id } : undefined
}

/** How many to ask for when reloading, so a reload keeps what «المزيد» already loaded. */
export function reloadLimit(loaded: number): number {
  return Math.min(MAX_LIMIT, Math.max(PAGE_SIZE, loaded))
}
