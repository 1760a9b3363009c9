/** Builds what the UI shows of an article: an excerpt around its first hit, highlights, hit names. */
import type { ArticleDetail, ArticleMark, ArticleSummary, ArticleTriage, Highlight } from '../contract/types'
import type { MatchSpan } from '../rules/types'
import { searchRanges } from '../search/highlight'
import type { SearchPart } from '../search/query'
import type { ArticleState } from '../store/article-state-table'
import type { StoredArticle } from '../store/articles-table'
import type { StoredHit } from '../store/hits-table'
import type { CardRow } from '../store/timeline-table'

const EXCERPT_LENGTH = 280

/** The colour of a hit whose watchlist is no longer in force (until a rescan drops it). */
export const UNKNOWN_WATCHLIST_COLOR = '#d1d5db'

/** What a view adds to the stored article besides its hits: each watchlist's colour, and the analyst's marks. */
export interface ViewExtras {
  readonly colors?: ReadonlyMap<string, string>
  readonly marks?: readonly ArticleMark[]
  /** The analyst's triage, and the article's live flag and score. */
  readonly state?: ArticleState
  /** Its place in the view's order (published time when not given). */
  readonly sortKey?: number
  /** The view's search: its words are highlighted, and the excerpt shows the first. */
  readonly search?: readonly SearchPart[]
}

/**
 * Spans one getArticle reply carries at most: the matcher keeps 100 per term, and a watchlist of
 * many terms could still send megabytes of highlights nobody reads; the rest are counted.
 */
export const MAX_DETAIL_SPANS = 1000
const CONTEXT_BEFORE_HIT = 80
const ELLIPSIS = '… '

export interface Excerpt {
  readonly text: string
  readonly highlights: Highlight[]
}

/** A stretch of the body shown as an excerpt: [start, end), with an ellipsis before it when it starts inside. */
interface ExcerptWindow {
  readonly start: number
  readonly end: number
  readonly text: string
  /** What to add to a body offset to get its offset in `text`. */
  readonly shift: number
}

/** The window that shows the earliest of `anchors` (the body's start when it fits there, or there are none). */
function excerptWindow(body: string, anchors: readonly Highlight[], length: number): ExcerptWindow {
  const first = anchors.reduce<Highlight | undefined>((min, s) => (!min || s.start < min.start ? s : min), undefined)
  let start = first && first.end > length ? Math.max(0, first.start - CONTEXT_BEFORE_HIT) : 0
  if (start > 0) start = wordStartAtOrAfter(body, start)
  let end = Math.min(body.length, start + length)
  if (end < body.length) end = wordEndAtOrBefore(body, end, start)
  const prefix = start > 0 ? ELLIPSIS : ''
  return { start, end, text: prefix + body.slice(start, end) + (end < body.length ? ' …' : ''), shift: prefix.length - start }
}

/** The spans inside the window, moved to its text's offsets. */
function spansInWindow(window: ExcerptWindow, spans: readonly Highlight[]): Highlight[] {
  return spans.filter((s) => s.start >= window.start && s.end <= window.end).map((s) => ({ ...s, start: s.start + window.shift, end: s.end + window.shift }))
}

/** A window of the body: its start, or (when there are hits) a stretch that shows the first one. */
export function makeExcerpt(body: string, spans: readonly Highlight[], length = EXCERPT_LENGTH): Excerpt {
  const window = excerptWindow(body, spans, length)
  return { text: window.text, highlights: spansInWindow(window, spans) }
}

function wordStartAtOrAfter(text: string, index: number): number {
  const space = text.slice(index).search(/\s/u)
  return space < 0 || space > 30 ? index : index + space + 1
}

function wordEndAtOrBefore(text: string, index: number, floor: number): number {
  const space = text.lastIndexOf(' ', index)
  return space > floor && index - space < 30 ? space : index
}

function spansIn(hits: readonly StoredHit[], field: MatchSpan['field']): Highlight[] {
  return hits.flatMap((h) => h.spans.filter((s) => s.field === field).map((s) => ({ start: s.start, end: s.end, watchlistId: h.watchlistId })))
}

const UNTRIAGED: ArticleState = { readAt: null, starredAt: null, note: null, flagged: false, dismissed: false, score: 0 }

/** The analyst's triage of an article, as the contract gives it, from its stored state. */
export function triageOf(state: ArticleState): ArticleTriage {
  return { read: state.readAt !== null, starred: state.starredAt !== null, dismissed: state.dismissed, note: state.note }
}

export function toSummary(article: CardRow, hits: readonly StoredHit[], names: ReadonlyMap<string, string>, extras: ViewExtras = {}): ArticleSummary {
  const bodyHits = spansIn(hits, 'body')
  const found = extras.search ? searchRanges(article.body, extras.search) : []
  // A search's excerpt shows where it found its words; otherwise where the first hit is.
  const window = excerptWindow(article.body, found.length > 0 ? found : bodyHits, EXCERPT_LENGTH)
  const state = extras.state ?? UNTRIAGED
  return {
    id: article.id,
    feedId: article.feedId,
    source: article.source,
    url: article.url,
    title: article.title,
    excerpt: window.text,
    publishedAt: article.publishedAt,
    publishedGuessed: article.publishedGuessed,
    fetchedAt: article.fetchedAt,
    hits: hits.map((h) => ({
      watchlistId: h.watchlistId,
      watchlistName: names.get(h.watchlistId) ?? h.watchlistId,
      score: h.score,
      color: extras.colors?.get(h.watchlistId) ?? UNKNOWN_WATCHLIST_COLOR,
    })),
    titleHighlights: spansIn(hits, 'title'),
    excerptHighlights: spansInWindow(window, bodyHits),
    marks: extras.marks ?? [],
    score: state.score,
    sortKey: extras.sortKey ?? article.publishedAt,
    triage: triageOf(state),
    ...(extras.search ? { searchHighlights: { title: searchRanges(article.title, extras.search), excerpt: spansInWindow(window, found) } } : {}),
  }
}

export function toDetail(
  article: StoredArticle,
  hits: readonly StoredHit[],
  names: ReadonlyMap<string, string>,
  seenIn: readonly string[] = [article.source],
  extras: ViewExtras = {},
): ArticleDetail {
  const spans = hits.flatMap((h) => h.spans.map((s) => ({ ...s, watchlistId: h.watchlistId })))
  const omittedSpans = hits.reduce((n, h) => n + h.omittedSpans, 0) + Math.max(0, spans.length - MAX_DETAIL_SPANS)
  return {
    ...toSummary(article, hits, names, extras),
    body: article.body,
    spans: spans.slice(0, MAX_DETAIL_SPANS),
    omittedSpans,
    matchTruncated: hits.some((h) => h.truncated),
    ...formattedHtml(article),
    author: article.author ?? null,
    categories: article.categories,
    imageUrl: article.imageUrl ?? null,
    seenIn,
  }
}

/** The page's sanitized full text when it was read, else the feed's raw HTML (the renderer sanitizes both). */
function formattedHtml(article: StoredArticle): Pick<ArticleDetail, 'contentHtml' | 'contentHtmlSource'> {
  if (article.fulltextHtml) return { contentHtml: article.fulltextHtml, contentHtmlSource: 'page' }
  if (article.feedHtml) return { contentHtml: article.feedHtml, contentHtmlSource: 'feed' }
  return { contentHtml: null, contentHtmlSource: null }
}
