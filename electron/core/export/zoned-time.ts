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
  const parts: Record<string, string> = {}
  for (const part of formatterFor(timeZone).formatToParts(new Date(epochMs))) parts[part.type] = part.value
  // ICU writes "GMT+02:00", or a bare "GMT" when the offset is zero.
  const offset = (parts.timeZoneName ?? 'GMT').replace(/^GMT/, '') || '+00:00'
  const time = `${parts.hour}:${parts.minute}${options.seconds ? `:${parts.second}` : ''}`
  return `${parts.year}-${parts.month}-${parts.day} ${time} ${offset}`
}
