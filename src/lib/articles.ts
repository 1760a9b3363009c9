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

/** The `after` cursor that asks for what comes after the last listed article, in the view's order. */
export function cursorAfter(articles: readonly ArticleSummary[]): { key: number; id: number } | undefined {
  const last = articles[articles.length - 1]
  return last ? { key: last.sortKey, id: last.id } : undefined
}

/** The list with one article's triage replaced (what the reader or a key just changed). */
export function withTriage(articles: readonly ArticleSummary[], id: number, triage: ArticleSummary['triage']): readonly ArticleSummary[] {
  return articles.map((article) => (article.id === id ? { ...article, triage } : article))
}

/** How many to ask for when reloading, so a reload keeps what «المزيد» already loaded. */
export function reloadLimit(loaded: number): number {
  return Math.min(MAX_LIMIT, Math.max(PAGE_SIZE, loaded))
}

/** Whether two triages say the same (a reload brings equal values in new objects). */
export function sameTriage(a: ArticleSummary['triage'], b: ArticleSummary['triage']): boolean {
  return a.read === b.read && a.starred === b.starred && a.dismissed === b.dismissed && a.note === b.note
}
