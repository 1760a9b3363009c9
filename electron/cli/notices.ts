/**
 * `marsad notices [--limit N] [--json] [--utc]`: the notification history, newest first — what
 * was shown, held (quiet hours, a digest) or dropped (paused), and why.
 */
import type { NoticeView } from '../core/contract/types'
import type { OperationOutput } from '../core/contract/operations'
import { displaySafe } from '../core/text/controls'
import { parseCommand, positiveInt, UsageError } from './args'
import { cliTime, type CliContext } from './commands'

const MAX_LIMIT = 200

export async function noticesCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { values } = parseCommand('notices', args, { limit: { type: 'string' }, json: { type: 'boolean' }, utc: { type: 'boolean' } }, { min: 0, max: 0 })
  const limit = positiveInt('notices', 'limit', values.limit, 20)
  if (limit > MAX_LIMIT) throw new UsageError(`notices: --limit must be at most ${MAX_LIMIT}`)
  const history = (await ctx.service().call('noticeHistory', { limit })) as OperationOutput<'noticeHistory'>
  if (values.json) return ctx.io.out(JSON.stringify(history, null, 2))
  if (history.length === 0) return ctx.io.out('no notices yet')
  for (const notice of history) ctx.io.out(noticeLine(notice, (at) => cliTime(ctx.io, at, values.utc === true)))
}

const WHY: Readonly<Record<NoticeView['reason'], string>> = {
  immediate: 'at once',
  burst: 'a burst, told once',
  digest: 'digest',
  after_quiet: 'held by quiet hours, told when they ended',
  combined: 'several watchlists at once',
  quiet_hours: 'quiet hours',
  digest_wait: 'waiting for the digest',
  paused: 'notifications paused',
  off: 'the watchlist stopped notifying',
}

/** One history entry on a line: time, outcome, how many of which watchlist, why (and until when). */
export function noticeLine(notice: NoticeView, time: (at: number) => string): string {
  const names = notice.watchlists.map((w) => displaySafe(w.name)).join(', ')
  const what = notice.article ? `${displaySafe(notice.article.source)}: ${displaySafe(notice.article.title)}` : `${notice.count} hit${notice.count === 1 ? '' : 's'}`
  const until = notice.heldUntil === null ? '' : ` until ${time(notice.heldUntil)}`
  return `${time(notice.at)}  ${notice.outcome.padEnd(7)}  ${names} — ${what} (${WHY[notice.reason]}${until})`
}
