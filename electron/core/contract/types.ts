/** Values that cross the contract. Plain data only: they go through IPC, JSON and worker messages. */
import type { MatchSpan } from '../rules/types'

export type { Field, MatchSpan } from '../rules/types'

export interface FeedView {
  readonly id: number
  readonly url: string
  /** The analyst's name for the feed, else the feed's own title, else its host. */
  readonly name: string
  readonly title: string | null
  readonly addedAt: number
  readonly lastCheckedAt: number | null
  readonly lastOkAt: number | null
  readonly lastError: string | null
  readonly articleCount: number
}

export interface PollReport {
  readonly feedId: number
  readonly name: string
  readonly url: string
  readonly ok: boolean
  readonly fetched: number
  readonly newArticles: number
  readonly newHits: number
  readonly error?: string
}

export interface ArticleHitView {
  readonly watchlistId: string
  readonly watchlistName: string
  readonly score: number
}

/** A stretch to highlight inside one displayed string (UTF-16 offsets, end exclusive). */
export interface Highlight {
  readonly start: number
  readonly end: number
}

export interface ArticleSummary {
  readonly id: number
  readonly feedId: number | null
  readonly source: string
  readonly url: string | null
  readonly title: string
  /** A window of the body: the beginning, or around the first hit for flagged articles. */
  readonly excerpt: string
  readonly publishedAt: number
  /** True when the feed gave no usable date and `publishedAt` is when Marsad first saw it. */
  readonly publishedGuessed: boolean
  readonly hits: readonly ArticleHitView[]
  readonly titleHighlights: readonly Highlight[]
  readonly excerptHighlights: readonly Highlight[]
}

export interface ArticleDetail extends ArticleSummary {
  readonly body: string
  readonly spans: readonly (MatchSpan & { readonly watchlistId: string })[]
}

export interface WatchlistView {
  readonly id: string
  readonly name: string
  readonly terms: readonly string[]
  readonly exclude: readonly string[]
  readonly notify: boolean
}

export type { Watchlist } from '../rules/types'

export interface CsvExport {
  readonly csv: string
  readonly rows: number
}

export type PollProgressEvent = {
  readonly type: 'pollProgress'
  readonly feedId: number
  readonly name: string
} & (
  | { readonly phase: 'started' }
  | { readonly phase: 'done'; readonly newArticles: number; readonly newHits: number }
  | { readonly phase: 'failed'; readonly error: string }
)

export interface NewHitsEvent {
  readonly type: 'newHits'
  readonly articles: readonly { readonly id: number; readonly title: string; readonly source: string; readonly watchlists: readonly string[] }[]
}

/** Progress of re-evaluating stored articles after the watchlists changed. */
export interface RescanProgressEvent {
  readonly type: 'rescanProgress'
  readonly phase: 'running' | 'done' | 'cancelled'
  readonly done: number
  readonly total: number
  readonly flagged: number
}

export interface RescanSummary {
  readonly done: number
  readonly total: number
  readonly flagged: number
  readonly cancelled: boolean
}

export type MarsadEvent = PollProgressEvent | NewHitsEvent | RescanProgressEvent
