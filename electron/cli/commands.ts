/** The `marsad` commands. Each takes parsed arguments and an output sink; main.ts wires them up. */
import type { MarsadService } from '../core/app/service'
import type { OperationOutput } from '../core/contract/operations'
import type { PollReport } from '../core/contract/types'
import { englishMessage } from '../core/errors/english'
import { formatZonedTime } from '../core/export/zoned-time'
import { parseWatchlistFile } from '../core/rules/watchlist-file'
import { displaySafe } from '../core/text/controls'
import { parseCommand, positiveInt, UsageError } from './args'
import { readTextFile, writeStreamed } from './failures'
import { matchJsonl } from './evaluate'
import { describeVerdict, matchText } from './match'
import { describeHolder, refreshWhenFree } from './poll-lease'
import { releaseLeaseOnSignal, settle, trackPolls, untilSignal } from './shutdown'
import { terminalJson } from './terminal'
import { VIEW_OPTIONS, viewFromFlags } from './view-flags'

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
export function cliTimeZone(io: CliIo, utc = false): string | undefined {
  return utc ? 'UTC' : io.timeZone
}

/** A time as the CLI prints it: local wall-clock time with its offset, or UTC with --utc. */
export function cliTime(io: CliIo, epochMs: number, utc = false): string {
  return formatZonedTime(epochMs, cliTimeZone(io, utc))
}

export function formatPollReport(r: PollReport): string {
  const name = displaySafe(r.name)
  if (!r.ok) return `FAIL  ${name}: ${r.error ? englishMessage(r.error) : 'failed'}`
  if (r.notModified) return `ok    ${name}: not modified`
  return `ok    ${name}: ${r.fetched} items, ${r.newArticles} new, ${r.newHits} flagged`
}

/**
 * `poll --once` polls every feed now (after another poller of the database, if one is polling,
 * unless --no-wait); plain `poll` runs the scheduler (each feed when due) until Ctrl-C.
 */
export async function pollCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { values } = parseCommand('poll', args, { once: { type: 'boolean' }, 'no-wait': { type: 'boolean' } }, { min: 0, max: 0 })
  if (values['no-wait'] && !values.once) throw new UsageError('poll: --no-wait goes with --once (the scheduler never waits: it skips a round)')
  const service = ctx.service()
  if (values.once) {
    const disarm = releaseLeaseOnSignal(service)
    const reports = await refreshWhenFree(service, ctx.io, !values['no-wait']).finally(disarm)
    if (reports.length === 0) ctx.io.out('no feeds: add one with "marsad feeds add URL"')
    for (const r of reports) ctx.io.out(formatPollReport(r))
    return
  }
  service.onEvent((event) => {
    if (event.type === 'pollProgress' && event.phase === 'done') ctx.io.out(`ok    ${displaySafe(event.name)}: ${event.newArticles} new, ${event.newHits} flagged`)
    if (event.type === 'pollProgress' && event.phase === 'failed') ctx.io.out(`FAIL  ${displaySafe(event.name)}: ${englishMessage(event.error)}`)
    if (event.type === 'pollBusy') ctx.io.err(`marsad: skipping this round: ${describeHolder(ctx.io, event.holder)} is polling this database`)
  })
  const feedsInFlight = trackPolls(service)
  const stop = service.startScheduling()
  await untilSignal()
  stop()
  await settle(service, ctx.io, feedsInFlight)
}

export async function articlesCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { values } = parseCommand('articles', args, { ...VIEW_OPTIONS, json: { type: 'boolean' }, limit: { type: 'string' }, utc: { type: 'boolean' } }, { min: 0, max: 0 })
  const limit = positiveInt('articles', 'limit', values.limit, 50)
  const view = viewFromFlags('articles', values, cliTimeZone(ctx.io, values.utc))
  const articles = (await ctx.service().call('listArticles', { ...view, limit })) as OperationOutput<'listArticles'>
  if (values.json) return ctx.io.out(terminalJson(articles))
  for (const a of articles) {
    const when = cliTime(ctx.io, a.publishedAt, values.utc)
    const flags = a.hits.length ? `  ⚑ ${a.hits.map((h) => `${displaySafe(h.watchlistName)} ${h.score}`).join('، ')}` : ''
    const star = a.triage.starred ? '  ★' : ''
    const note = a.triage.note ? `  ✎ ${displaySafe(a.triage.note)}` : ''
    ctx.io.out(`${a.id}\t${when}\t${displaySafe(a.source)}\t${displaySafe(a.title)}${flags}${star}${note}`)
  }
}

/** `export`: the view the same flags would list, streamed to the file a page at a time (a .part file renamed when complete). */
export async function exportCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { values } = parseCommand('export', args, { ...VIEW_OPTIONS, out: { type: 'string' }, utc: { type: 'boolean' } }, { min: 0, max: 0 })
  if (!values.out) throw new UsageError('export: --out FILE.csv is required')
  const timeZone = cliTimeZone(ctx.io, values.utc)
  const view = viewFromFlags('export', values, timeZone)
  const service = ctx.service()
  const progress = ctx.io.stdoutIsTTY ? (rows: number) => rows % 50_000 === 0 && ctx.io.err(`${rows} rows…`) : undefined
  const rows = await writeStreamed(values.out, (write) => service.writeCsv({ ...view, timeZone }, write, progress))
  ctx.io.out(`wrote ${rows} articles to ${values.out}`)
}

/**
 * `match`: which watchlists would flag a text (with scores) and every hit, as JSON. On a terminal,
 * a one-line verdict goes to stderr too, so the answer is not buried in the hits.
 */
export async function matchCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { values, positionals } = parseCommand('match', args, { watchlists: { type: 'string' }, jsonl: { type: 'boolean' } }, { min: 0, max: 1 })
  const source = positionals[0] ?? '-'
  const text = source === '-' ? ctx.io.readStdin() : readTextFile(source)
  const watchlists = values.watchlists ? parseWatchlistFile(readTextFile(values.watchlists)) : ctx.service().watchlists()
  if (values.jsonl) return matchJsonl(ctx, watchlists, text)
  const result = matchText(watchlists, text)
  ctx.io.out(terminalJson(result))
  if (ctx.io.stdoutIsTTY) ctx.io.err(describeVerdict(result))
}
