/**
 * The one contract between Marsad's core and everything that drives it (Electron IPC, the HTTP
 * server, the CLI, the renderer). Each operation is declared once here: its name, the schema its
 * input is validated against at the boundary, and (in OperationOutputs) what it returns.
 * It imports only zod, types and the (pure) watchlist schema; the renderer imports its types only.
 */
import { z } from 'zod'
import { isKnownTimeZone } from '../export/zoned-time'
import { MAX_DIGEST_MINUTES, MAX_PAUSE_MS, MIN_DIGEST_MINUTES } from '../notify/notice-settings'
import { watchlistFileSchema } from '../rules/watchlist-file'
import type {
  ArticleDetail,
  ArticleSummary,
  CsvExport,
  ErrorDetail,
  FeedPreview,
  FeedView,
  MarsadSettings,
  OpmlImport,
  PollReport,
  RescanSummary,
  SuggestedFeed,
  TryResult,
  Watchlist,
  PreviewCancelled,
  WatchlistsPreview,
  WatchlistView,
  ArticleMark,
  ArticleTriage,
  TimelineCounts,
  StorageReport,
  NoticeView,
} from './types'

const id = z.number().int().positive()
const feedName = z.string().trim().min(1).max(200)

export const feedUrlSchema = z
  .string()
  .trim()
  .max(2048, 'url_too_long')
  .refine((value) => {
    try {
      const url = new URL(value)
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
    } catch {
      return false
    }
  }, 'not_http_url')

/**
 * A User-Agent header value: printable ASCII (a header cannot carry control characters, and
 * non-ASCII is mangled on the way), at most 256 characters.
 */
export const userAgentSchema = z
  .string()
  .trim()
  .min(1)
  .max(256, 'user_agent_too_long')
  .regex(/^[\x20-\x7e]+$/, 'not_printable_ascii')

/** Characters a query checked as it is typed may have (the parser itself refuses past 10,000, with the position). */
export const CHECK_QUERY_MAX = 20_000
/** Characters of the text "try it" matches: a long article and then some. */
export const TRY_TEXT_MAX = 200_000
export const TRY_TITLE_MAX = 2_000

/**
 * The term sets a query being typed is checked against: the editor's draft as it stands, names and
 * members not yet valid included (those are left out: a query naming such a set is told the set
 * is unknown). Bounded as a watchlist file's sets are.
 */
const draftSetsSchema = z
  .record(z.string().max(64), z.array(z.string().max(CHECK_QUERY_MAX, 'text_too_large')).max(5_000))
  .refine((sets) => Object.keys(sets).length <= 500, { message: 'too_big', params: { limit: 500 } })
  .refine((sets) => Object.values(sets).reduce((n, terms) => n + terms.reduce((m, t) => m + t.length, 0), 0) <= 500_000, {
    message: 'too_big',
    params: { limit: 500_000 },
  })

const watchlistIdSchema = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'bad_id')

/** Entries of the notification history one call returns at most. */
export const NOTICE_HISTORY_MAX = 200
const minuteOfDay = z.number().int().min(0).max(24 * 60 - 1)

/** Notification settings to change: each field given replaces the stored one; a watchlist given null goes back to its defaults. */
const notificationSettingsInput = z
  .object({
    /** Until when to pause (ms since the epoch, at most a year ahead), or null to resume. */
    pausedUntil: z
      .number()
      .int()
      .min(0)
      .refine((until) => until <= Date.now() + MAX_PAUSE_MS, { message: 'too_big', params: { limit: 'a year ahead' } })
      .nullable()
      .optional(),
    quietHours: z
      .object({ from: minuteOfDay, to: minuteOfDay })
      .strict()
      .refine((q) => q.from !== q.to, 'empty_quiet_hours')
      .nullable()
      .optional(),
    watchlists: z
      .record(
        watchlistIdSchema,
        z
          .object({
            mode: z.enum(['immediate', 'digest', 'off']).optional(),
            digestMinutes: z.number().int().min(MIN_DIGEST_MINUTES).max(MAX_DIGEST_MINUTES).optional(),
            minScore: z.number().min(0).max(1_000_000).optional(),
          })
          .strict()
          .nullable(),
      )
      .refine((lists) => Object.keys(lists).length <= 500, { message: 'too_big', params: { limit: 500 } })
      .optional(),
  })
  .strict()

/** Characters of an article's note: a line or two for the team, not a report. */
export const NOTE_MAX = 2_000
/** Characters of a search as typed: a few words or phrases. */
export const SEARCH_MAX = 500

/** What a timeline view shows: every filter optional, all combined. The CSV export takes the same. */
const timelineViewFields = {
  /** Only articles a watchlist flags (and the analyst has not dismissed). */
  flaggedOnly: z.boolean().default(false),
  watchlistId: z.string().max(64).optional(),
  feedId: id.optional(),
  unread: z.boolean().optional(),
  starred: z.boolean().optional(),
  dismissed: z.boolean().optional(),
  noted: z.boolean().optional(),
  /** Published at or after / before (ms since the epoch). */
  since: z.number().int().optional(),
  until: z.number().int().optional(),
  /** Stored by Marsad at or after (ms since the epoch): «new since the last look». */
  storedSince: z.number().int().optional(),
  /** Words, "phrases" and -excluded words, in any spelling the matcher's normalization folds. */
  search: z.string().max(SEARCH_MAX, 'text_too_large').optional(),
}

/** Newest first; by score (flagged articles); by best match (searches). */
const timelineSortSchema = z.enum(['time', 'score', 'relevance']).default('time')

export const operations = {
  listFeeds: z.object({}).strict(),
  /** Fetches a URL and says what feed is there (title, item count), or which feeds an HTML page links to. Saves nothing. */
  previewFeed: z.object({ url: feedUrlSchema }).strict(),
  /** Subscribes; with check (the default) the URL is fetched first and an HTML page's linked feed is used. */
  addFeed: z.object({ url: feedUrlSchema, name: feedName.optional(), check: z.boolean().default(true) }).strict(),
  updateFeed: z
    .object({
      id,
      name: feedName.nullable().optional(),
      intervalMinutes: z.number().int().min(5).max(24 * 60).optional(),
      /** A charset label TextDecoder knows (windows-1256, iso-8859-6, utf-8…), or null for automatic. */
      encoding: z.string().trim().min(1).max(40).nullable().optional(),
      fullText: z.boolean().optional(),
    })
    .strict(),
  /** Unsubscribes; the articles it brought stay. */
  removeFeed: z.object({ id }).strict(),
  importOpml: z.object({ text: z.string().max(5 * 1024 * 1024, 'text_too_large') }).strict(),
  exportOpml: z.object({}).strict(),
  /** Real Arabic outlets' feeds shipped with Marsad, offered on first run (never added unasked). */
  suggestedFeeds: z.object({}).strict(),
  refreshNow: z.object({ feedId: id.optional() }).strict(),
  /** One page of a view (see timelineViewFields): newest first, by score or by best match. */
  listArticles: z
    .object({
      ...timelineViewFields,
      sort: timelineSortSchema,
      limit: z.number().int().min(1).max(5000).default(500),
      /** Cursor: only articles after this one in the view's order (the last article's sortKey and id). */
      after: z.object({ key: z.number().finite(), id }).strict().optional(),
      /** Cursor of the newest-first order, as older clients send it: only articles older than this one. */
      before: z.object({ publishedAt: z.number().int(), id }).strict().optional(),
    })
    .strict(),
  /** The sidebar's counts (all, unread, flagged… and per watchlist and feed), maintained as articles change: never a scan. */
  timelineCounts: z.object({}).strict(),
  /** The analyst's triage of one article: read, starred, dismissed (not relevant to the watchlists that flag it), a note. */
  updateArticle: z
    .object({
      id,
      read: z.boolean().optional(),
      starred: z.boolean().optional(),
      dismissed: z.boolean().optional(),
      /** A short note; empty removes it. */
      note: z.string().max(NOTE_MAX, 'text_too_large').optional(),
    })
    .strict(),
  /** The analyst looks at the timeline now: remembers the time, and says when the last look was and what was stored since. */
  markLooked: z.object({}).strict(),
  /** Marks every unread article of a view read. */
  markViewRead: z.object({ ...timelineViewFields }).strict(),
  getArticle: z.object({ id }).strict(),
  listWatchlists: z.object({}).strict(),
  /** The full definitions (for editing and export), not the summary views. */
  getWatchlists: z.object({}).strict(),
  /** Replaces every watchlist at once, then re-evaluates stored articles in the background. */
  setWatchlists: watchlistFileSchema,
  /** Checks one query as the editor has it (against the draft's term sets): the first problem, with its position. */
  checkQuery: z.object({ query: z.string().max(CHECK_QUERY_MAX, 'text_too_large'), sets: draftSetsSchema.optional() }).strict(),
  /** Runs a draft watchlist file on a text ("try it"); saves nothing. A draft that does not build is refused with the problem. */
  tryWatchlists: z
    .object({
      file: watchlistFileSchema,
      title: z.string().max(TRY_TITLE_MAX, 'text_too_large').default(''),
      text: z.string().max(TRY_TEXT_MAX, 'text_too_large'),
    })
    .strict(),
  /** Runs a draft on the stored articles ("in history", the newest PREVIEW_LIMIT at most) and on the analyst's marks; reads only. */
  previewWatchlists: z.object({ file: watchlistFileSchema }).strict(),
  /** Sets (or with null removes) the analyst's mark on an article for one watchlist. */
  markArticle: z.object({ articleId: id, watchlistId: watchlistIdSchema, verdict: z.enum(['relevant', 'not_relevant']).nullable() }).strict(),
  /** Re-evaluates every stored article against the current watchlists; resolves when finished or cancelled. */
  rescan: z.object({}).strict(),
  cancelRescan: z.object({}).strict(),
  /**
   * Reads the settings; with userAgent, sets the one sent to every site first (null: Marsad's
   * default); with display, changes those of its fields given (how times and dates are shown).
   */
  settings: z
    .object({
      userAgent: userAgentSchema.nullable().optional(),
      /** Days an article nothing keeps is kept (a week to a century), or null: for ever. */
      retentionDays: z.number().int().min(7).max(36_500).nullable().optional(),
      display: z
        .object({
          timeZone: z.string().max(64).refine(isKnownTimeZone, 'unknown_time_zone').nullable().optional(),
          hijri: z.boolean().optional(),
          monthNames: z.enum(['levant', 'egypt', 'maghreb']).optional(),
          digits: z.enum(['latn', 'arab']).optional(),
          theme: z.enum(['system', 'light', 'dark']).optional(),
        })
        .strict()
        .optional(),
      notifications: notificationSettingsInput.optional(),
      /** The poll interval a new feed starts with (each feed's own stays as set). */
      pollIntervalMinutes: z.number().int().min(5).max(24 * 60).optional(),
      desktop: z.object({ closeToTray: z.boolean().optional(), startAtLogin: z.boolean().optional(), trayExplained: z.boolean().optional() }).strict().optional(),
    })
    .strict(),
  /** Stops or resumes polling on the timer (the desktop app while the machine sleeps); a poll asked for still runs. */
  setPolling: z.object({ running: z.boolean() }).strict(),
  /** The notification history, newest first: what was shown, held or dropped, and why. */
  noticeHistory: z
    .object({
      limit: z.number().int().min(1).max(NOTICE_HISTORY_MAX).default(50),
      /** The page after this entry (its id). */
      beforeId: id.optional(),
    })
    .strict(),
  /** The view's articles (as listArticles filters and orders them) as CSV. */
  /** The database's size, and what retention would remove now. */
  storage: z.object({}).strict(),
  /** Removes now what retention would remove (a long-running Marsad does it hourly in the background). */
  prune: z.object({}).strict(),
  exportCsv: z
    .object({
      ...timelineViewFields,
      sort: timelineSortSchema,
      /** The zone the `published` column is written in (IANA name, or UTC); the core machine's by default. */
      timeZone: z.string().max(64).refine(isKnownTimeZone, 'unknown_time_zone').optional(),
    })
    .strict(),
} as const

export interface OperationOutputs {
  listFeeds: FeedView[]
  previewFeed: FeedPreview
  addFeed: FeedView
  updateFeed: FeedView
  removeFeed: { removed: boolean }
  importOpml: OpmlImport
  exportOpml: { opml: string }
  suggestedFeeds: { feeds: SuggestedFeed[] }
  refreshNow: PollReport[]
  listArticles: ArticleSummary[]
  timelineCounts: TimelineCounts
  /** The article's triage after the change. */
  updateArticle: ArticleTriage
  markViewRead: { marked: number }
  /** `previous`: the last look before this one (null the first time); `storedSince`: articles stored since it. */
  markLooked: { previous: number | null; storedSince: number }
  getArticle: ArticleDetail | null
  listWatchlists: WatchlistView[]
  /** `problem`: the stored watchlists could not be built (an older Marsad saved them); `watchlists` are then the shipped ones in force. */
  getWatchlists: { sets: Record<string, string[]>; watchlists: Watchlist[]; problem?: ErrorDetail }
  setWatchlists: { watchlists: number }
  /** No problem: the query parses against the draft's sets. */
  checkQuery: { problem?: ErrorDetail }
  tryWatchlists: TryResult
  /** Or, when a newer preview began (or its HTTP request was closed) before it ended, `{ cancelled: true }`. */
  previewWatchlists: WatchlistsPreview | PreviewCancelled
  /** The article's marks after the change. */
  markArticle: { marks: ArticleMark[] }
  rescan: RescanSummary
  cancelRescan: { cancelled: boolean }
  exportCsv: CsvExport
  settings: MarsadSettings
  noticeHistory: NoticeView[]
  /** `running`: feeds are polled on the timer in this process now. */
  setPolling: { running: boolean }
  storage: StorageReport
  prune: { removed: number }
}

export type OperationName = keyof typeof operations
/** What a caller passes (defaults not yet applied). */
export type OperationInput<N extends OperationName> = z.input<(typeof operations)[N]>
/** What a handler receives (validated, defaults applied). */
export type ValidatedInput<N extends OperationName> = z.output<(typeof operations)[N]>
export type OperationOutput<N extends OperationName> = OperationOutputs[N]

export const operationNames = Object.keys(operations) as OperationName[]

export function isOperationName(value: unknown): value is OperationName {
  return typeof value === 'string' && Object.hasOwn(operations, value)
}

/** The API as a client sees it: one async function per operation. */
export type MarsadApi = {
  [N in OperationName]: (input: OperationInput<N>) => Promise<OperationOutput<N>>
}
