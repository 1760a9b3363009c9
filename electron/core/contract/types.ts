/** Values that cross the contract. Plain data only: they go through IPC, JSON and worker messages. */
import type { ErrorDetail, OpmlSkipReason, PollLeaseHolder } from '../errors/problems'
import type { MatchSpan, WatchlistScore } from '../rules/types'
import type { ArticleTriage, DisplaySettings } from './desk-types'

export type { ErrorCode, ErrorDetail, OpmlSkipReason, PollerKind, PollLeaseHolder } from '../errors/problems'

export type { Field, MatchSpan } from '../rules/types'

export type { ArticleTriage, DisplaySettings, MonthNames, StorageReport, TimelineCounts, ViewCount } from './desk-types'

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
  /** The watchlist's highlight colour (#rrggbb): its own, else the palette's for its position. */
  readonly color: string
}

/** A stretch to highlight inside one displayed string (UTF-16 offsets, end exclusive). */
export interface Highlight {
  readonly start: number
  readonly end: number
  /** The watchlist whose term it is (its colour is on the article's hits). */
  readonly watchlistId?: string
}

/** The analyst's verdict on an article for one watchlist: it belongs to it, or it does not. */
export type MarkVerdict = 'relevant' | 'not_relevant'

/** One feedback mark: the analyst's own labeled set is made of these. */
export interface ArticleMark {
  readonly watchlistId: string
  readonly verdict: MarkVerdict
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
  /** The analyst's feedback marks on this article, one at most per watchlist. */
  readonly marks: readonly ArticleMark[]
  /** The best score of its live hits (0 when no watchlist flags it, or every one was dismissed). */
  readonly score: number
  /** Where it sits in the view's order (its published time, its score in the view, or its match rank): the next page's cursor is this and the id. */
  readonly sortKey: number
  /** When Marsad stored it (ms since the epoch). */
  readonly fetchedAt: number
  readonly triage: ArticleTriage
  /** Where the view's search found its words (in the title and in the excerpt); none outside a search. */
  readonly searchHighlights?: { readonly title: readonly Highlight[]; readonly excerpt: readonly Highlight[] }
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
  /** Highlight colour (#rrggbb): the watchlist's own, else the palette's for its position. */
  readonly color: string
  /** A disabled watchlist is kept but flags nothing. */
  readonly enabled: boolean
}

export type { Watchlist } from '../rules/types'

/** A draft watchlist as "try it" and "in history" name it. */
export interface DraftWatchlistInfo {
  readonly id: string
  readonly name: string
  readonly color: string
  readonly enabled: boolean
  readonly threshold: number | null
}

/** One term's part in a watchlist's score, and how one draft watchlist scored the text tried: the matcher's own values. */
export type { TermContribution as TermContributionView, WatchlistScore as TryScore } from '../rules/types'

/** The draft watchlists run on one text ("try it"). */
export interface TryResult {
  /** Every draft watchlist, in file order, with its colour. */
  readonly watchlists: readonly DraftWatchlistInfo[]
  /** Each enabled watchlist where a term held or an exclusion vetoed, in file order. */
  readonly scores: readonly WatchlistScore[]
  /** The matcher's work budget stopped it: what is shown holds for the part matched. */
  readonly truncated: boolean
}

/** An article of the archive named in a preview, to open in the reader. */
export interface PreviewArticle {
  readonly id: number
  readonly title: string
  readonly source: string
  readonly publishedAt: number
}

/** What a draft would change in the archive, for one watchlist or for all of them together. */
export interface PreviewCounts {
  /** Articles the draft flags. */
  readonly flagged: number
  /** Articles flagged now (as stored). */
  readonly flaggedNow: number
  /** Flagged by the draft and not now. */
  readonly newlyFlagged: number
  /** Flagged now and not by the draft. */
  readonly unflagged: number
  /** The newest of each (at most PREVIEW_SAMPLE). */
  readonly newlyFlaggedSample: readonly PreviewArticle[]
  readonly unflaggedSample: readonly PreviewArticle[]
}

/**
 * The draft on the analyst's marks. A `relevant` mark says the article belongs to the watchlist,
 * `not_relevant` that it does not; precision and recall are null when nothing counts toward them.
 */
export interface FeedbackFigures {
  readonly marked: number
  readonly truePositives: number
  readonly falsePositives: number
  readonly falseNegatives: number
  readonly trueNegatives: number
  readonly precision: number | null
  readonly recall: number | null
}

/** A marked article the draft gets wrong. */
export interface FeedbackMiss {
  readonly articleId: number
  readonly title: string
  readonly watchlistId: string
  /** What the analyst's mark says. */
  readonly verdict: MarkVerdict
  /** Whether the draft flags it for that watchlist. */
  readonly draftFlags: boolean
}

export interface WatchlistPreview extends PreviewCounts {
  readonly watchlistId: string
  readonly name: string
  readonly color: string
  /** false: a watchlist in force now that the draft removes (everything it flags is unflagged). */
  readonly inDraft: boolean
  readonly feedback: FeedbackFigures
}

/** "In history": the draft matched against the stored articles, read only. */
export interface WatchlistsPreview {
  /** Articles stored. */
  readonly stored: number
  /** Articles matched: all of them, or the newest `limit` when there are more. */
  readonly matched: number
  readonly newestOnly: boolean
  readonly limit: number
  /** Articles where the matcher stopped at its work budget. */
  readonly truncated: number
  readonly total: PreviewCounts
  readonly watchlists: readonly WatchlistPreview[]
  readonly feedback: {
    /** Over every mark on a draft watchlist (micro-averaged). */
    readonly micro: FeedbackFigures
    /** Marks on watchlists the draft does not have (not counted). */
    readonly ignored: number
    /** The marked articles the draft gets wrong (the first FEEDBACK_MISSES). */
    readonly misses: readonly FeedbackMiss[]
    readonly missCount: number
  }
}

/**
 * A preview that stopped before its end: another began (one runs at a time, the newest wins), or
 * the HTTP request that asked for it was closed. It has no figures.
 */
export interface PreviewCancelled {
  readonly cancelled: true
}

export interface CsvExport {
  readonly csv: string
  readonly rows: number
}

/** Why a notice was shown, held or dropped (store/notices-table.ts says what each means). */
export type NoticeReason = 'immediate' | 'burst' | 'digest' | 'after_quiet' | 'combined' | 'quiet_hours' | 'digest_wait' | 'paused' | 'off'

/** One entry of the notification history: a notice shown, or hits held or dropped, and why. */
export interface NoticeView {
  readonly id: number
  readonly at: number
  readonly outcome: 'shown' | 'held' | 'dropped'
  readonly reason: NoticeReason
  /** Articles it tells of. */
  readonly count: number
  /** The watchlist it is about (several for a combined notice). */
  readonly watchlists: readonly { readonly id: string; readonly name: string }[]
  /** The one article a notice of a single hit names. */
  readonly article: { readonly id: number; readonly title: string; readonly source: string } | null
  /** For hits held: when they are due to be told. */
  readonly heldUntil: number | null
}

export type NoticeMode = 'immediate' | 'digest' | 'off'

/** A watchlist's notifications as they stand (the analyst's choice, else its file's notify). */
export interface WatchlistNoticeView {
  readonly id: string
  readonly name: string
  readonly mode: NoticeMode
  readonly digestMinutes: number
  readonly minScore: number
}

export interface NotificationSettings {
  /** Until when notifications are paused (epoch ms), or null. */
  readonly pausedUntil: number | null
  /** Minutes after local midnight (the display zone's); `from` after `to` spans midnight. */
  readonly quietHours: { readonly from: number; readonly to: number } | null
  /** Every watchlist in force, in order. */
  readonly watchlists: readonly WatchlistNoticeView[]
}

/** How the desktop app lives beside the analyst's other work. */
export interface DesktopSettings {
  /** Closing the window keeps Marsad monitoring in the tray (on by default). */
  readonly closeToTray: boolean
  /** Marsad starts when the analyst logs in (off by default). */
  readonly startAtLogin: boolean
  /** The analyst has been told, once, that closing the window keeps Marsad in the tray. */
  readonly trayExplained: boolean
}

/** The database-wide settings. */
export interface MarsadSettings {
  /** The User-Agent sent to every site (the analyst's, or Marsad's default). */
  readonly userAgent: string
  readonly defaultUserAgent: string
  readonly display: DisplaySettings
  /** Days an article nothing keeps (not flagged, starred, noted or marked) is kept; null: for ever. */
  readonly retentionDays: number | null
  readonly notifications: NotificationSettings
  readonly desktop: DesktopSettings
  /** The poll interval a new feed starts with. */
  readonly pollIntervalMinutes: number
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
  /** The article's score on it. */
  readonly score: number
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
  /** Threads the articles were matched on besides the core's own (0: matched in the core's thread). */
  readonly threads: number
}

/**
 * A scheduled poll skipped: another poller (another process on this database) holds the poll
 * lease. Sent once per holder; the scheduler tries again at its next tick.
 */
export interface PollBusyEvent {
  readonly type: 'pollBusy'
  readonly holder: PollLeaseHolder
}

/**
 * The watchlists in force were replaced (here, in another window, by the CLI). `rescanning`: some
 * watchlist matches differently and the archive is being rescanned for it (rescanProgress events
 * follow); a rename, a colour or notifications changed flag nothing differently.
 */
export interface WatchlistsChangedEvent {
  readonly type: 'watchlistsChanged'
  readonly rescanning: boolean
}

/** A notice to show now (the desktop app raises it; a browser with notifications allowed does too). */
export interface NoticeEvent {
  readonly type: 'notice'
  readonly notice: NoticeView
}

/** Settings changed (here, in another window, by the CLI of this process): read them again. */
export interface SettingsChangedEvent {
  readonly type: 'settingsChanged'
}

/** The analyst clicked a notice (the desktop shell sends this to the window): show what it is about. */
export interface OpenNoticeEvent {
  readonly type: 'openNotice'
  readonly notice: NoticeView
}

export type MarsadEvent = PollProgressEvent | NewHitsEvent | RescanProgressEvent | PollBusyEvent | WatchlistsChangedEvent | NoticeEvent | OpenNoticeEvent | SettingsChangedEvent
