/** The `marsad` commands. Each takes parsed arguments and an output sink; main.ts wires them up. */
import { readFileSync, writeFileSync } from 'node:fs'
import type { MarsadService } from '../core/app/service'
import type { OperationOutput } from '../core/contract/operations'
import type { PollReport } from '../core/contract/types'
import { Matcher } from '../core/rules/matcher'
import { parseWatchlistFile } from '../core/rules/watchlist-file'
import { parseCommand, positiveInt, UsageError } from './args'

export interface CliIo {
  out(line: string): void
  err(line: string): void
  readStdin(): string
}

export interface CliContext {
  readonly io: CliIo
  /** Opens the database lazily: `match --watchlists` never needs it. */
  service(): MarsadService
}

export function formatPollReport(r: PollReport): string {
  if (!r.ok) return `FAIL  ${r.name}: ${r.error}`
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
    if (event.type === 'pollProgress' && event.phase === 'failed') ctx.io.out(`FAIL  ${event.name}: ${event.error}`)
  })
  const stop = service.startScheduling()
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve)
    process.once('SIGTERM', resolve)
  })
  stop()
}

export async function articlesCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { values } = parseCommand(
    'articles',
    args,
    { flagged: { type: 'boolean' }, json: { type: 'boolean' }, limit: { type: 'string' } },
    { min: 0, max: 0 },
  )
  const limit = positiveInt('articles', 'limit', values.limit, 50)
  const articles = (await ctx.service().call('listArticles', { flaggedOnly: values.flagged ?? false, limit })) as OperationOutput<'listArticles'>
  if (values.json) return ctx.io.out(JSON.stringify(articles))
  for (const a of articles) {
    const when = new Date(a.publishedAt).toISOString().slice(0, 16).replace('T', ' ')
    const flags = a.hits.length ? `  ⚑ ${a.hits.map((h) => h.watchlistName).join('، ')}` : ''
    ctx.io.out(`${a.id}\t${when}\t${a.source}\t${a.title}${flags}`)
  }
}

export async function exportCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { values } = parseCommand('export', args, { out: { type: 'string' }, flagged: { type: 'boolean' } }, { min: 0, max: 0 })
  if (!values.out) throw new UsageError('export: --out FILE.csv is required')
  const result = (await ctx.service().call('exportCsv', { flaggedOnly: values.flagged ?? false })) as OperationOutput<'exportCsv'>
  writeFileSync(values.out, result.csv, 'utf8')
  ctx.io.out(`wrote ${result.rows} articles to ${values.out}`)
}

export async function matchCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { values, positionals } = parseCommand('match', args, { watchlists: { type: 'string' } }, { min: 0, max: 1 })
  const source = positionals[0] ?? '-'
  const text = source === '-' ? ctx.io.readStdin() : readFileSync(source, 'utf8')
  const watchlists = values.watchlists
    ? parseWatchlistFile(readFileSync(values.watchlists, 'utf8'))
    : ctx.service().watchlists()
  const hits = new Matcher(watchlists)
    .match({ title: '', body: text })
    .flatMap((hit) => hit.spans.map((s) => ({ watchlist: hit.watchlistId, query: s.query, start: s.start, end: s.end, text: text.slice(s.start, s.end) })))
    .sort((a, b) => a.start - b.start || a.end - b.end)
  ctx.io.out(JSON.stringify({ hits }))
}
