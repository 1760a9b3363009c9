/** Values that cross the contract. Plain data only: they go through IPC, JSON and worker messages. */
import type { ErrorDetail, OpmlSkipReason, PollLeaseHolder } from '../errors/problems'
import type { MatchSpan } from '../rules/types'

export type { ErrorCode, ErrorDetail, OpmlSkipReason, PollerKind, PollLeaseHolder } from '../errors/problems'

export type { Field, MatchSpan } from '../rules/types'

export interface FeedView {
  readonly id: number
  readonly url: string
  /** The analyst's name for the feed, else the feed's own title, else its host. */
  readonly name: string
  /** The name the analyst gave, or null (then the feed's title shows). */
  readonly customName: string | null
  readonly title: string | null
  readonly addedAt: number
  readonly lastCheckedAt: number | null
  readonly lastOkAt: number | null
  /** Why the last check failed, or null after a good one. */
  readonly lastError: ErrorDetail | null
  readonly articleCount: number
  /** Minutes between checks (jittered). */
  readonly intervalMinutes: number
  /** A charset that overrides what the feed declares (e.g. windows-1256), or null. */
  readonly encoding: string | null
  /** Whether each new article's page is fetched to match the full text, not only the snippet. */
  readonly fullText: boolean
  /** When the feed is next due; failing feeds back off (capped) and show it here. */
  readonly nextCheckAt: number | null
  /** Consecutive failed checks. */
  readonly failures: number
  /** Why the feed is no longer polled (e.g. the site answered 410 Gone), or null. */
  readonly disabledReason: ErrorDetail | null
  /** What the last good read worked around: a repaired parse (feed.repaired), a declared charset that lied (feed.charset_overridden). */
  readonly notices: readonly ErrorDetail[]
}

/** What is at a URL the analyst wants to subscribe to. */
export interface FeedPreview {
  /** The feed's address: the URL itself, or the first feed an HTML page links to. */
  readonly url: string
  readonly title: string | null
  readonly itemCount: number
  /** Feeds an HTML page links to (<link rel="alternate">); empty when the URL is a feed. */
  readonly discovered: readonly { readonly url: string; readonly title: string | null }[]
}

export interface SuggestedFeed {
  readonly url: string
  readonly name: string
  readonly category: string | null
}

export interface OpmlImport {
  readonly added: number
  /** Feeds of the file already subscribed. */
  readonly existing: number
  /** Entries that were not feeds (no http(s) URL…), each with why (a code: not-http, invalid-url, duplicate, over-limit, missing-url). */
  readonly skipped: readonly { readonly reason: OpmlSkipReason; readonly value: string }[]
}

export interface PollReport {
  readonly feedId: number
  readonly name: string
  readonly url: string
  readonly ok: boolean
  /** True when the server answered 304 Not Modified: nothing parsed, nothing written. */
  readonly notModified?: boolean
  readonly fetched: number
  readonly newArticles: number
  readonly newHits: number
  readonly error?: ErrorDetail
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
  /** The matched spans: the first MAX_SPANS_PER_TERM of each term, and at most MAX_DETAIL_SPANS in all. */
  readonly spans: readonly (MatchSpan & { readonly watchlistId: string })[]
  /** Matched spans not in `spans` (a hostile article repeats a term hundreds of thousands of times). */
  readonly omittedSpans: number
  /** The matcher stopped at its work budget: the hits stand, the rest of the article was not matched. */
  readonly matchTruncated: boolean
  /**
   * HTML for the formatted view: the article page's (full text, sanitized when it was fetched) when
   * there is one, else the feed's as sent. UNTRUSTED either way: the renderer sanitizes it with
   * DOMPurify before showing it.
   */
  readonly contentHtml: string | null
  /** Where contentHtml comes from: `page` (full text, sanitized at fetch time), `feed` (raw), or null. */
  readonly contentHtmlSource: 'page' | 'feed' | null
  readonly author: string | null
  readonly categories: readonly string[]
  readonly imageUrl: string | null
  /** Every feed that delivered this article (the same story is stored once). */
  readonly seenIn: readonly string[]
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

/** The database-wide settings. */
export interface MarsadSettings {
  /** The User-Agent sent to every site (the analyst's, or Marsad's default). */
  readonly userAgent: string
  readonly defaultUserAgent: string
}

export type PollProgressEvent = {
  readonly type: 'pollProgress'
  readonly feedId: number
  readonly name: string
} & (
  | { readonly phase: 'started' }
  | { readonly phase: 'done'; readonly newArticles: number; readonly newHits: number }
  | { readonly phase: 'failed'; readonly error: ErrorDetail }
)

/** A watchlist that flagged a new article, as it stood when the article was matched. */
export interface HitWatchlist {
  readonly id: string
  readonly name: string
  /** Whether the analyst wants desktop notifications for this watchlist's hits. */
  readonly notify: boolean
}

export interface NewHitsEvent {
  readonly type: 'newHits'
  readonly articles: readonly { readonly id: number; readonly title: string; readonly source: string; readonly watchlists: readonly HitWatchlist[] }[]
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

/**
 * A scheduled poll skipped: another poller (another process on this database) holds the poll
 * lease. Sent once per holder; the scheduler tries again at its next tick.
 */
export interface PollBusyEvent {
  readonly type: 'pollBusy'
  readonly holder: PollLeaseHolder
}

export type MarsadEvent = PollProgressEvent | NewHitsEvent | RescanProgressEvent | PollBusyEvent
