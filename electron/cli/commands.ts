/** The `marsad` commands. Each takes parsed arguments and an output sink; main.ts wires them up. */
import type { MarsadService } from '../core/app/service'
import type { OperationOutput } from '../core/contract/operations'
import type { PollReport } from '../core/contract/types'
import { englishMessage } from '../core/errors/english'
import { formatZonedTime } from '../core/export/zoned-time'
import { parseWatchlistFile } from '../core/rules/watchlist-file'
import { parseCommand, positiveInt, UsageError } from './args'
import { readTextFile, writeTextFile } from './failures'
import { describeVerdict, matchText } from './match'
import { settle, trackPolls, untilSignal } from './shutdown'

export interface CliIo {
  out(line: string): void
  err(line: string): void
  readStdin(): string
  /** Whether stdout is a terminal (a person reading) rather than a pipe or a file. */
  readonly stdoutIsTTY?: boolean
  /** The zone times are shown in (IANA name); the machine's when absent. Tests pin it. */
  readonly timeZone?: string
}

export interface CliContext {
  readonly io: CliIo
  /** Opens the database lazily: `match --watchlists` never needs it. */
  service(): MarsadService
}

/** The zone the CLI writes times in: UTC with --utc, else the io's (the machine's when unset). */
function cliTimeZone(io: CliIo, utc = false): string | undefined {
  return utc ? 'UTC' : io.timeZone
}

/** A time as the CLI prints it: local wall-clock time with its offset, or UTC with --utc. */
export function cliTime(io: CliIo, epochMs: number, utc = false): string {
  return formatZonedTime(epochMs, cliTimeZone(io, utc))
}

export function formatPollReport(r: PollReport): string {
  if (!r.ok) return `FAIL  ${r.name}: ${r.error ? englishMessage(r.error) : 'failed'}`
  if (r.notModified) return `ok    ${r.name}: not modified`
  return `ok    ${r.name}: ${r.fetched} items, ${r.newArticles} new, ${r.newHits} flagged`
}

/** `poll --once` polls every feed now; plain `poll` runs the scheduler (each feed when due) until Ctrl-C. */
export async function pollCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { values } = parseCommand('poll', args, { once: { type: 'boolean' } }, { min: 0, max: 0 })
  const service = ctx.service()
  if (values.once) {
    const reports = (await service.call('refreshNow', {})) as OperationOutput<'refreshNow'>
    if (reports.length === 0) ctx.io.out('no feeds: add one with "marsad feeds add URL"')
    for (const r of reports) ctx.io.out(formatPollReport(r))
    return
  }
  service.onEvent((event) => {
    if (event.type === 'pollProgress' && event.phase === 'done') ctx.io.out(`ok    ${event.name}: ${event.newArticles} new, ${event.newHits} flagged`)
    if (event.type === 'pollProgress' && event.phase === 'failed') ctx.io.out(`FAIL  ${event.name}: ${englishMessage(event.error)}`)
  })
  const feedsInFlight = trackPolls(service)
  const stop = service.startScheduling()
  await untilSignal()
  stop()
  await settle(service, ctx.io, feedsInFlight)
}

export async function articlesCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { values } = parseCommand(
    'articles',
    args,
    { flagged: { type: 'boolean' }, json: { type: 'boolean' }, limit: { type: 'string' }, utc: { type: 'boolean' } },
    { min: 0, max: 0 },
  )
  const limit = positiveInt('articles', 'limit', values.limit, 50)
  const articles = (await ctx.service().call('listArticles', { flaggedOnly: values.flagged ?? false, limit })) as OperationOutput<'listArticles'>
  if (values.json) return ctx.io.out(JSON.stringify(articles))
  for (const a of articles) {
    const when = cliTime(ctx.io, a.publishedAt, values.utc)
    const flags = a.hits.length ? `  ⚑ ${a.hits.map((h) => h.watchlistName).join('، ')}` : ''
    ctx.io.out(`${a.id}\t${when}\t${a.source}\t${a.title}${flags}`)
  }
}

export async function exportCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { values } = parseCommand('export', args, { out: { type: 'string' }, flagged: { type: 'boolean' }, utc: { type: 'boolean' } }, { min: 0, max: 0 })
  if (!values.out) throw new UsageError('export: --out FILE.csv is required')
  const timeZone = cliTimeZone(ctx.io, values.utc)
  const result = (await ctx.service().call('exportCsv', { flaggedOnly: values.flagged ?? false, timeZone })) as OperationOutput<'exportCsv'>
  writeTextFile(values.out, result.csv)
  ctx.io.out(`wrote ${result.rows} articles to ${values.out}`)
}

/**
 * `match`: which watchlists would flag a text (with scores) and every hit, as JSON. On a terminal,
 * a one-line verdict goes to stderr too, so the answer is not buried in the hits.
 */
export async function matchCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { values, positionals } = parseCommand('match', args, { watchlists: { type: 'string' } }, { min: 0, max: 1 })
  const source = positionals[0] ?? '-'
  const text = source === '-' ? ctx.io.readStdin() : readTextFile(source)
  const watchlists = values.watchlists ? parseWatchlistFile(readTextFile(values.watchlists)) : ctx.service().watchlists()
  const result = matchText(watchlists, text)
  ctx.io.out(JSON.stringify(result))
  if (ctx.io.stdoutIsTTY) ctx.io.err(describeVerdict(result))
}
