/**
 * How the analyst wants to be told of new hits: per watchlist (at once, in a digest every N
 * minutes, or not at all, and from which score), quiet hours, and a pause. Stored as one JSON
 * value in the settings table; read back field by field, so a damaged or older value falls back
 * to the defaults instead of failing.
 */

/** At once (a burst still becomes one summary), gathered into a digest, or never. */
export type NoticeMode = 'immediate' | 'digest' | 'off'

export interface WatchlistNoticePolicy {
  readonly mode: NoticeMode
  /** How often a digest watchlist's hits are summed up. */
  readonly digestMinutes: number
  /** A hit scoring below this is flagged but not notified (0: every flagged article). */
  readonly minScore: number
}

/** Minutes after local midnight; `from` after `to` spans midnight (22:00–07:00). */
export interface QuietHours {
  readonly from: number
  readonly to: number
}

export interface NoticeSettings {
  /** Until when notifications are paused (epoch ms), or null. Hits arriving meanwhile are never told. */
  readonly pausedUntil: number | null
  readonly quietHours: QuietHours | null
  /** By watchlist id: what the analyst changed from the watchlist's default. */
  readonly watchlists: Readonly<Record<string, Partial<WatchlistNoticePolicy>>>
}

export const DEFAULT_DIGEST_MINUTES = 60
export const MIN_DIGEST_MINUTES = 5
export const MAX_DIGEST_MINUTES = 24 * 60
export const MINUTES_PER_DAY = 24 * 60
/** The longest pause: a year (a date past JavaScript's last one would break every clock that shows it). */
export const MAX_PAUSE_MS = 366 * 24 * 3_600_000
/** Pauses past this are not read back (a hand-edited value): the last date JavaScript can show, less a year. */
const LAST_PAUSE_END = 8.64e15 - MAX_PAUSE_MS

export const DEFAULT_NOTICE_SETTINGS: NoticeSettings = { pausedUntil: null, quietHours: null, watchlists: {} }

/** A watchlist's policy: what the analyst set, else immediate when its file says notify, off when not. */
export function policyOf(settings: NoticeSettings, watchlist: { readonly id: string; readonly notify: boolean }): WatchlistNoticePolicy {
  const own = Object.hasOwn(settings.watchlists, watchlist.id) ? settings.watchlists[watchlist.id] : {}
  return {
    mode: own.mode ?? (watchlist.notify ? 'immediate' : 'off'),
    digestMinutes: own.digestMinutes ?? DEFAULT_DIGEST_MINUTES,
    minScore: own.minScore ?? 0,
  }
}

/** Whether notifications are paused at `now`. */
export function isPaused(settings: NoticeSettings, now: number): boolean {
  return settings.pausedUntil !== null && now < settings.pausedUntil
}

/** The stored JSON read back: each field kept only when it has the right shape. */
export function parseNoticeSettings(json: string | undefined): NoticeSettings {
  let value: unknown
  try {
    value = JSON.parse(json ?? '{}')
  } catch {
    return DEFAULT_NOTICE_SETTINGS
  }
  if (!isRecord(value)) return DEFAULT_NOTICE_SETTINGS
  const watchlists: Record<string, Partial<WatchlistNoticePolicy>> = {}
  if (isRecord(value.watchlists)) {
    for (const [id, policy] of Object.entries(value.watchlists)) {
      if (isRecord(policy)) watchlists[id] = policyFields(policy)
    }
  }
  return {
    pausedUntil: typeof value.pausedUntil === 'number' && Number.isFinite(value.pausedUntil) && value.pausedUntil <= LAST_PAUSE_END ? value.pausedUntil : null,
    quietHours: quietHoursOf(value.quietHours),
    watchlists,
  }
}

function policyFields(policy: Record<string, unknown>): Partial<WatchlistNoticePolicy> {
  const out: { mode?: NoticeMode; digestMinutes?: number; minScore?: number } = {}
  if (policy.mode === 'immediate' || policy.mode === 'digest' || policy.mode === 'off') out.mode = policy.mode
  const minutes = policy.digestMinutes
  if (typeof minutes === 'number' && Number.isInteger(minutes) && minutes >= MIN_DIGEST_MINUTES && minutes <= MAX_DIGEST_MINUTES) out.digestMinutes = minutes
  if (typeof policy.minScore === 'number' && Number.isFinite(policy.minScore) && policy.minScore >= 0) out.minScore = policy.minScore
  return out
}

function quietHoursOf(value: unknown): QuietHours | null {
  if (!isRecord(value)) return null
  const { from, to } = value
  return isMinuteOfDay(from) && isMinuteOfDay(to) && from !== to ? { from, to } : null
}

export function isMinuteOfDay(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < MINUTES_PER_DAY
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
