/**
 * Pausing notifications for a while: an hour, or until tomorrow morning (08:00 on the local
 * clock), as the desktop's tray and the settings offer it. Pure: the clock is passed in.
 */
export const PAUSE_HOUR_MS = 3_600_000
/** The hour «until tomorrow» ends at, on the local clock. */
export const MORNING_HOUR = 8

export type PauseLength = 'hour' | 'tomorrow'

/**
 * When a pause of this length begun at `now` ends (epoch ms). «Until tomorrow» is the next 08:00:
 * paused at 01:00 on a night shift, that is the same morning, not the next day's.
 */
export function pauseUntil(length: PauseLength, now: number): number {
  if (length === 'hour') return now + PAUSE_HOUR_MS
  const morning = new Date(now)
  morning.setHours(MORNING_HOUR, 0, 0, 0)
  if (morning.getTime() <= now) morning.setDate(morning.getDate() + 1)
  return morning.getTime()
}

/** «HH:MM» for minutes after midnight (quiet hours), and back; null for text that is no time. */
export function timeOfMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

export function minutesOfTime(text: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(text)
  if (!match) return null
  const [hours, minutes] = [Number(match[1]), Number(match[2])]
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : null
}
