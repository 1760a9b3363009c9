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

/** A holding term's part in a watchlist's score: weight × its strongest occurrence (see term-strength.ts). */
export interface TermContribution {
  readonly query: string
  readonly weight: number
  readonly contribution: number
}

/** How a watchlist scored an article, flagged or not: what "try it" and the editor show. */
export interface WatchlistScore {
  readonly watchlistId: string
  readonly score: number
  readonly threshold: number | null
  readonly flagged: boolean
  /** Where its positive terms hold (context cues and AND's context are not highlighted). */
  readonly spans: readonly MatchSpan[]
  readonly omittedSpans: number
  /** Every term that held, in watchlist order. */
  readonly terms: readonly TermContribution[]
  /** The whole-article exclusion that vetoed the watchlist, if one did (the score is then 0). */
  readonly excludedBy?: string
}

export interface WatchlistTerm {
  readonly query: string
  /**
   * What the term adds to the score when it holds. Negative weights are context cues (a film, a
   * match, a trade): they lower the score instead of vetoing, and are never highlighted.
   */
  readonly weight: number
}

/** A named list of queries any query may use as `@name` (one OR of them): a group alias is added once for every list. */
export interface TermSet {
  readonly name: string
  readonly terms: readonly string[]
}

/** A validated watchlist definition. */
export interface Watchlist {
  readonly id: string
  readonly name: string
  readonly terms: readonly WatchlistTerm[]
  readonly exclude: readonly string[]
  /** Score an article needs to be flagged; undefined means any positive score flags it. */
  readonly threshold?: number
  readonly notify: boolean
  /** false: kept (and still checked) but matches nothing. Absent means enabled. */
  readonly enabled?: boolean
  /** Highlight colour, #rrggbb; absent means the palette's colour for its position. */
  readonly color?: string
}

/** Everything a watchlist file holds: the term sets its queries share, and the watchlists. */
export interface WatchlistFile {
  readonly sets: readonly TermSet[]
  readonly watchlists: readonly Watchlist[]
}
