/**
 * Quiet hours are read on the analyst's wall clock (the display zone, else the machine's): «no
 * notifications from 22:00 to 07:00» means the same hours in winter and in summer.
 */
import { MINUTES_PER_DAY, type QuietHours } from './notice-settings'

const MINUTE_MS = 60_000
const formatters = new Map<string, Intl.DateTimeFormat>()

/** Minutes after local midnight at `now` in `timeZone` (the machine's when undefined). */
export function minuteOfDay(now: number, timeZone: string | undefined): number {
  const key = timeZone ?? ''
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    formatters.set(key, formatter)
  }
  let hour = 0
  let minute = 0
  for (const part of formatter.formatToParts(now)) {
    if (part.type === 'hour') hour = Number(part.value)
    else if (part.type === 'minute') minute = Number(part.value)
  }
  return hour * 60 + minute
}

/** Whether `minute` (after midnight) falls in the quiet hours: from inclusive, to exclusive. */
export function isQuietMinute(quiet: QuietHours, minute: number): boolean {
  return quiet.from < quiet.to ? minute >= quiet.from && minute < quiet.to : minute >= quiet.from || minute < quiet.to
}

/**
 * When the quiet hours that hold at `now` end (epoch ms, to the minute), or null when `now` is not
 * in them. A clock change inside the quiet hours moves the end by its hour; the next check
 * then finds the hours still on, and waits again.
 */
export function quietUntil(quiet: QuietHours | null, now: number, timeZone: string | undefined): number | null {
  if (quiet === null) return null
  const minute = minuteOfDay(now, timeZone)
  if (!isQuietMinute(quiet, minute)) return null
  const left = (quiet.to - minute + MINUTES_PER_DAY) % MINUTES_PER_DAY
  return Math.floor(now / MINUTE_MS) * MINUTE_MS + left * MINUTE_MS
}
