/**
 * The notification flags of `marsad settings`: --pause MINUTES|tomorrow|off, --quiet-hours
 * HH:MM-HH:MM|off, --notify ID=immediate|digest|off|default, --digest-minutes ID=N,
 * --min-score ID=N (each of the last three may be given for several watchlists).
 */
import type { OperationInput, OperationOutput } from '../core/contract/operations'
import { minutesOfTime, pauseUntil, timeOfMinutes } from '../core/notify/pause'
import { UsageError } from './args'

type NotificationsInput = NonNullable<OperationInput<'settings'>['notifications']>
type WatchlistChange = { mode?: 'immediate' | 'digest' | 'off'; digestMinutes?: number; minScore?: number } | null

export const NOTICE_FLAGS = {
  pause: { type: 'string' },
  'quiet-hours': { type: 'string' },
  notify: { type: 'string', multiple: true },
  'digest-minutes': { type: 'string', multiple: true },
  'min-score': { type: 'string', multiple: true },
} as const

export interface NoticeFlagValues {
  readonly pause?: string
  readonly 'quiet-hours'?: string
  readonly notify?: readonly string[]
  readonly 'digest-minutes'?: readonly string[]
  readonly 'min-score'?: readonly string[]
}

/** The settings call's notifications part for these flags, or undefined when none was given. */
export function notificationsInput(values: NoticeFlagValues, now: number): NotificationsInput | undefined {
  const input: { pausedUntil?: number | null; quietHours?: { from: number; to: number } | null; watchlists?: Record<string, WatchlistChange> } = {}
  if (values.pause !== undefined) input.pausedUntil = pauseValue(values.pause, now)
  if (values['quiet-hours'] !== undefined) input.quietHours = quietHoursValue(values['quiet-hours'])
  const watchlists: Record<string, WatchlistChange> = {}
  const change = (id: string, fields: NonNullable<WatchlistChange>): void => {
    const current = watchlists[id]
    if (current === null) throw new UsageError(`settings: --notify ${id}=default puts ${id} back to its defaults; set nothing else for it`)
    watchlists[id] = { ...current, ...fields }
  }
  for (const [id, mode] of pairs('--notify', values.notify)) {
    if (mode === 'default') {
      if (watchlists[id] !== undefined) throw new UsageError(`settings: --notify ${id}=default puts ${id} back to its defaults; set nothing else for it`)
      watchlists[id] = null
    }
    else if (mode === 'immediate' || mode === 'digest' || mode === 'off') change(id, { mode })
    else throw new UsageError('settings: --notify is ID=immediate, digest, off or default')
  }
  for (const [id, n] of pairs('--digest-minutes', values['digest-minutes'])) change(id, { digestMinutes: wholeNumber('--digest-minutes', n) })
  for (const [id, n] of pairs('--min-score', values['min-score'])) change(id, { minScore: wholeNumber('--min-score', n) })
  if (Object.keys(watchlists).length > 0) input.watchlists = watchlists
  return Object.keys(input).length > 0 ? input : undefined
}

/** The notification settings as `marsad settings` prints them. */
export function notificationLines(n: OperationOutput<'settings'>['notifications'], time: (at: number) => string, now: number): string[] {
  const paused = n.pausedUntil !== null && n.pausedUntil > now ? `paused until ${time(n.pausedUntil)}` : 'on'
  const quiet = n.quietHours ? `${timeOfMinutes(n.quietHours.from)}-${timeOfMinutes(n.quietHours.to)}` : 'none'
  return [
    `notifications: ${paused}`,
    `quiet hours: ${quiet}`,
    ...n.watchlists.map((w) => `  ${w.id}: ${w.mode}${w.mode === 'digest' ? ` every ${w.digestMinutes} min` : ''}${w.minScore > 0 ? `, score ≥ ${w.minScore}` : ''}`),
  ]
}

function pauseValue(value: string, now: number): number | null {
  if (value === 'off') return null
  if (value === 'tomorrow') return pauseUntil('tomorrow', now)
  return now + wholeNumber('--pause', value, 'MINUTES, tomorrow or off') * 60_000
}

function quietHoursValue(value: string): { from: number; to: number } | null {
  if (value === 'off') return null
  const [from, to] = value.split('-').map(minutesOfTime)
  if (from === null || to === null || from === undefined || to === undefined) throw new UsageError('settings: --quiet-hours is HH:MM-HH:MM (22:00-07:00) or off')
  return { from, to }
}

function* pairs(flag: string, values: readonly string[] | undefined): Generator<[string, string]> {
  for (const value of values ?? []) {
    const at = value.indexOf('=')
    if (at <= 0) throw new UsageError(`settings: ${flag} is WATCHLIST_ID=VALUE`)
    yield [value.slice(0, at), value.slice(at + 1)]
  }
}

function wholeNumber(flag: string, value: string, expected = 'a whole number'): number {
  if (!/^\d{1,7}$/.test(value)) throw new UsageError(`settings: ${flag} takes ${expected}`)
  return Number(value)
}
