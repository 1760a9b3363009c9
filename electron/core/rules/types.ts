/** Results of matching an article against the watchlists; shared by the core, the contract and the UI. */

export type Field = 'title' | 'body'

/** A matched stretch of the original text: UTF-16 offsets, `end` exclusive. */
export interface MatchSpan {
  readonly field: Field
  readonly start: number
  readonly end: number
  /** The watchlist term (query) that produced it, as the analyst wrote it. */
  readonly query: string
}

export interface WatchlistHit {
  readonly watchlistId: string
  readonly score: number
  readonly spans: readonly MatchSpan[]
  /** Spans found but not kept: each term keeps its first few (MAX_SPANS_PER_TERM in matcher.ts). */
  readonly omittedSpans: number
}

export interface WatchlistTerm {
  readonly query: string
  readonly weight: number
}

/** A validated watchlist definition. */
export interface Watchlist {
  readonly id: string
  readonly name: string
  readonly terms: readonly WatchlistTerm[]
  readonly exclude: readonly string[]
  /** Score an article needs to be flagged; undefined means any hit flags it. */
  readonly threshold?: number
  readonly notify: boolean
}
