/** The contract's types for the analyst's desk: triage, the sidebar's counts, how times are shown, storage. */

/** The analyst's own state of an article. */
export interface ArticleTriage {
  readonly read: boolean
  readonly starred: boolean
  /** Marked not relevant to a watchlist that flags it (the watchlists' "not relevant" mark). */
  readonly dismissed: boolean
  readonly note: string | null
}

/** A count of a view's articles and of the unread among them. */
export interface ViewCount {
  readonly all: number
  readonly unread: number
}

/** The sidebar's counts, maintained by the store as articles change. */
export interface TimelineCounts {
  readonly all: ViewCount
  readonly flagged: ViewCount
  readonly starred: number
  readonly dismissed: number
  readonly noted: number
  readonly watchlists: Readonly<Record<string, ViewCount>>
  readonly feeds: Readonly<Record<string, ViewCount>>
  /** Articles stored before search existed and not indexed yet (a search does not find them until they are). */
  readonly searchBacklog: number
}

/** Month names as a region writes them: كانون الأول (Levant, Iraq), ديسمبر (Egypt, Gulf), دجنبر (Morocco). */
export type MonthNames = 'levant' | 'egypt' | 'maghreb'

/** How times and dates are shown to the analyst. */
export interface DisplaySettings {
  /** The zone times are shown in (IANA name); null: the system's. */
  readonly timeZone: string | null
  /** Show the Hijri (Umm al-Qura) date beside the Gregorian one. */
  readonly hijri: boolean
  readonly monthNames: MonthNames
  /** Western (0–9) or Arabic-Indic (٠–٩) digits. */
  readonly digits: 'latn' | 'arab'
  /** Light, dark, or the system's (following it as it changes). */
  readonly theme: 'system' | 'light' | 'dark'
}

/** The database's size, and what retention would remove now. */
export interface StorageReport {
  readonly articles: number
  readonly bytes: number
  /** Room freed by removals, reused before the file grows. */
  readonly freeBytes: number
  readonly oldestPublishedAt: number | null
  readonly retentionDays: number | null
  /** Articles older than the limit that nothing keeps (removed in the background by a long-running Marsad). */
  readonly prunable: number
}
