/**
 * Times as the CLI and the CSV write them: the wall-clock time in a zone, followed by that zone's
 * offset, so a reader never has to guess — «2015-02-14 09:30 +02:00». Pure (Intl only).
 */

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? ''
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    })
    formatters.set(key, formatter)
  }
  return formatter
}

/** True for a zone name Intl knows (an IANA name such as Asia/Beirut, or UTC). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone)
    return true
  } catch {
    return false
  }
}

/**
 * `YYYY-MM-DD HH:MM +HH:MM` (with `:SS` when `seconds`) in `timeZone`, the machine's zone when
 * omitted. Throws RangeError for a zone Intl does not know (check with isKnownTimeZone first).
 */
export function formatZonedTime(epochMs: number, timeZone?: string, options: { seconds?: boolean } = {}): string {
  const { offsetMs, offsetText } = zoneOffsetAt(epochMs, timeZone)
  const { date, time } = wallClock(epochMs + offsetMs, options.seconds === true)
  return `${date} ${time} ${offsetText}`
}

/** ISO 8601 with the zone's offset: 2026-12-01T09:30:00+03:00 (what spreadsheets and scripts read back). */
export function formatIsoTime(epochMs: number, timeZone?: string): string {
  const { offsetMs, offsetText } = zoneOffsetAt(epochMs, timeZone)
  const { date, time } = wallClock(epochMs + offsetMs, true)
  return `${date}T${time}${offsetText}`
}

/** Two digits, as dates and times are written. */
function two(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}

/** The date and time read off an instant already moved by its zone's offset (so its UTC fields are the wall clock's). */
function wallClock(shiftedMs: number, seconds: boolean): { readonly date: string; readonly time: string } {
  const local = new Date(shiftedMs)
  const date = `${String(local.getUTCFullYear()).padStart(4, '0')}-${two(local.getUTCMonth() + 1)}-${two(local.getUTCDate())}`
  const time = `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}${seconds ? `:${two(local.getUTCSeconds())}` : ''}`
  return { date, time }
}

/**
 * A zone changes its offset only on a quarter hour, so the offset ICU gives for one instant holds
 * for its whole quarter: formatToParts (some microseconds) runs once per zone and quarter, not per
 * time written, which is what made a million-row export slow.
 */
const QUARTER_HOUR_MS = 15 * 60_000
type ZoneOffset = { readonly offsetMs: number; readonly offsetText: string }
/** Per zone ('' for the machine's), the offset of each quarter hour asked about. */
const offsets = new Map<string, Map<number, ZoneOffset>>()
const MAX_QUARTERS_KEPT = 50_000

function zoneOffsetAt(epochMs: number, timeZone: string | undefined): ZoneOffset {
  const quarter = Math.floor(epochMs / QUARTER_HOUR_MS)
  let zone = offsets.get(timeZone ?? '')
  if (!zone) offsets.set(timeZone ?? '', (zone = new Map()))
  let offset = zone.get(quarter)
  if (!offset) {
    const start = quarter * QUARTER_HOUR_MS
    const parts: Record<string, string> = {}
    for (const part of formatterFor(timeZone).formatToParts(new Date(start))) parts[part.type] = part.value
    const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second))
    // ICU writes "GMT+02:00", or a bare "GMT" when the offset is zero.
    offset = { offsetMs: wall - start, offsetText: (parts.timeZoneName ?? 'GMT').replace(/^GMT/, '') || '+00:00' }
    if (zone.size > MAX_QUARTERS_KEPT) zone.clear()
    zone.set(quarter, offset)
  }
  return offset
}
