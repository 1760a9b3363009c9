/**
 * The flags that choose a timeline view, shared by `articles` and `export` so a CSV holds exactly
 * what the same flags list: --flagged --watchlist ID --feed ID --unread --starred --dismissed
 * --noted --since DATE --until DATE --stored-since DATE --search QUERY --sort time|score|relevance.
 */
import type { OperationInput } from '../core/contract/operations'
import { formatIsoTime } from '../core/export/zoned-time'
import { positiveInt, UsageError } from './args'

export const VIEW_OPTIONS = {
  flagged: { type: 'boolean' },
  watchlist: { type: 'string' },
  feed: { type: 'string' },
  unread: { type: 'boolean' },
  starred: { type: 'boolean' },
  dismissed: { type: 'boolean' },
  noted: { type: 'boolean' },
  since: { type: 'string' },
  until: { type: 'string' },
  'stored-since': { type: 'string' },
  search: { type: 'string' },
  sort: { type: 'string' },
} as const

export const VIEW_USAGE = '[--flagged] [--watchlist ID] [--feed ID] [--unread] [--starred] [--dismissed] [--noted] [--since DATE] [--until DATE] [--stored-since DATE] [--search Q] [--sort time|score|relevance]'

type ViewValues = { [K in keyof typeof VIEW_OPTIONS]?: (typeof VIEW_OPTIONS)[K]['type'] extends 'boolean' ? boolean : string }

const SORTS = ['time', 'score', 'relevance'] as const

/**
 * A date as typed: 2026-11-30 (midnight in `timeZone`, the CLI's zone), or an ISO 8601 time with
 * its offset or Z (2026-11-30T08:00:00+03:00).
 */
export function parseCliDate(command: string, flag: string, value: string, timeZone: string | undefined): number {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (day) {
    const utcMidnight = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))
    if (Number.isNaN(utcMidnight) || new Date(utcMidnight).getUTCDate() !== Number(day[3])) throw new UsageError(`${command}: --${flag} ${value} is no date`)
    // The zone's offset that day: midnight there is UTC midnight minus it.
    const offset = /([+-])(\d{2}):(\d{2})$/.exec(formatIsoTime(utcMidnight, timeZone))
    const minutes = offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0
    return utcMidnight - minutes * 60_000
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value))) return Date.parse(value)
  throw new UsageError(`${command}: --${flag} takes a date (2026-11-30) or a time with its offset (2026-11-30T08:00:00+03:00)`)
}

/** The contract's view fields from the flags. */
export function viewFromFlags(command: string, values: ViewValues, timeZone: string | undefined): OperationInput<'listArticles'> {
  if (values.sort !== undefined && !(SORTS as readonly string[]).includes(values.sort)) throw new UsageError(`${command}: --sort is time, score or relevance`)
  return {
    flaggedOnly: values.flagged ?? false,
    ...(values.watchlist !== undefined ? { watchlistId: values.watchlist } : {}),
    ...(values.feed !== undefined ? { feedId: positiveInt(command, 'feed', values.feed, 0) } : {}),
    ...(values.unread ? { unread: true } : {}),
    ...(values.starred ? { starred: true } : {}),
    ...(values.dismissed ? { dismissed: true } : {}),
    ...(values.noted ? { noted: true } : {}),
    ...(values.since !== undefined ? { since: parseCliDate(command, 'since', values.since, timeZone) } : {}),
    ...(values.until !== undefined ? { until: parseCliDate(command, 'until', values.until, timeZone) } : {}),
    ...(values['stored-since'] !== undefined ? { storedSince: parseCliDate(command, 'stored-since', values['stored-since'], timeZone) } : {}),
    ...(values.search !== undefined ? { search: values.search } : {}),
    ...(values.sort !== undefined ? { sort: values.sort as (typeof SORTS)[number] } : {}),
  }
}
