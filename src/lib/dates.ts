import { DEFAULT_CONVENTIONS, gregorianDate, hijriDate, type Conventions } from './calendar'

/**
 * Date formatting and day grouping for the timeline. Times are epoch milliseconds; days are
 * computed in the analyst's time zone (or the one given, for tests). Digits stay Latin, as in
 * most Arabic news sites, via numberingSystem 'latn'.
 */

export interface DayGroup<T> {
  /** YYYY-MM-DD in the time zone used. */
  readonly key: string
  readonly items: T[]
}

const dayKeyFormats = new Map<string, Intl.DateTimeFormat>()

function dayKeyFormat(timeZone: string | undefined): Intl.DateTimeFormat {
  const cacheKey = timeZone ?? ''
  let format = dayKeyFormats.get(cacheKey)
  if (!format) {
    // en-CA formats dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    dayKeyFormats.set(cacheKey, format)
  }
  return format
}

/** The calendar day (YYYY-MM-DD) of an instant. */
export function dayKey(epochMs: number, timeZone?: string): string {
  const parts = dayKeyFormat(timeZone).formatToParts(new Date(epochMs))
  const get = (type: string): string => parts.find((part) => part.type === type)?.value ?? '00'
  return `${get('year')}-${get('month')}-${get('day')}`
}

/** Newest first (by time, then id), then cut into runs of the same calendar day. */
export function groupByDay<T extends { publishedAt: number; id: number }>(items: readonly T[], timeZone?: string): DayGroup<T>[] {
  const sorted = [...items].sort((a, b) => b.publishedAt - a.publishedAt || b.id - a.id)
  const groups: DayGroup<T>[] = []
  for (const item of sorted) {
    const key = dayKey(item.publishedAt, timeZone)
    const last = groups[groups.length - 1]
    if (last && last.key === key) last.items.push(item)
    else groups.push({ key, items: [item] })
  }
  return groups
}

/**
 * «الاثنين، 2 مارس 2026», with «اليوم» / «أمس» in front when it applies, in the analyst's
 * conventions (month names, digits) and with the Hijri date after it when chosen.
 */
export function formatDayHeading(key: string, now: number = Date.now(), timeZone?: string, conventions: Conventions = DEFAULT_CONVENTIONS): string {
  // Noon UTC of that calendar day, formatted in UTC, names the right weekday whatever the zone.
  const [year, month, day] = key.split('-').map(Number)
  const noon = Date.UTC(year, month - 1, day, 12)
  const inUtc = { ...conventions, timeZone: 'UTC' }
  const label = gregorianDate(noon, inUtc, true) + (conventions.hijri ? ` — ${hijriDate(noon, inUtc)}` : '')
  const today = dayKey(now, timeZone)
  if (key === today) return `اليوم — ${label}`
  if (key === previousDayKey(today)) return `أمس — ${label}`
  return label
}

function previousDayKey(key: string): string {
  const [year, month, day] = key.split('-').map(Number)
  return new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10)
}

/** HH:MM, 24-hour, Latin digits. */
export function formatTime(epochMs: number, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(
    new Date(epochMs),
  )
  const get = (type: string): string => parts.find((part) => part.type === type)?.value ?? '00'
  return `${get('hour')}:${get('minute')}`
}

/** Date and time for the reader header: «2 مارس 2026، 14:05». */
export function formatDateTime(epochMs: number, timeZone?: string): string {
  const date = new Intl.DateTimeFormat('ar', { day: 'numeric', month: 'long', year: 'numeric', numberingSystem: 'latn', timeZone }).format(
    epochMs,
  )
  return `${date}، ${formatTime(epochMs, timeZone)}`
}

/** The local date as YYYY-MM-DD, for file names. */
export function isoDate(epochMs: number, timeZone?: string): string {
  return dayKey(epochMs, timeZone)
}
