/** `marsad watchlists list|import|export` and `marsad rescan`: the analyst's watchlists from the shell. */
import type { OperationOutput } from '../core/contract/operations'
import type { MarsadEvent } from '../core/contract/types'
import { parseWatchlistFile, watchlistFileJson } from '../core/rules/watchlist-file'
import { displaySafe } from '../core/text/controls'
import { parseCommand, UsageError } from './args'
import { evaluateCommand } from './evaluate'
import type { CliContext } from './commands'
import { readTextFile, writeTextFile } from './failures'
import { terminalJson } from './terminal'

export async function watchlistsCommand(ctx: CliContext, args: string[]): Promise<void> {
  const [sub, ...rest] = args
  if (sub === 'list') return listWatchlists(ctx, rest)
  if (sub === 'import') return importWatchlists(ctx, rest)
  if (sub === 'export') return exportWatchlists(ctx, rest)
  if (sub === 'eval') return evaluateCommand(ctx, rest)
  throw new UsageError(sub ? `watchlists: unknown subcommand "${sub}" (list, import, export, eval)` : 'watchlists: missing subcommand (list, import, export, eval)')
}

async function listWatchlists(ctx: CliContext, args: string[]): Promise<void> {
  const { values } = parseCommand('watchlists list', args, { json: { type: 'boolean' } }, { min: 0, max: 0 })
  const lists = (await ctx.service().call('listWatchlists', {})) as OperationOutput<'listWatchlists'>
  if (values.json) return ctx.io.out(terminalJson(lists))
  for (const w of lists) ctx.io.out(`${w.id}\t${displaySafe(w.name)}\t${w.terms.length} terms${w.notify ? '' : '\t(no notifications)'}`)
}

/** Replaces every watchlist with the file's, then re-evaluates the archive, printing progress. */
async function importWatchlists(ctx: CliContext, args: string[]): Promise<void> {
  const { positionals } = parseCommand('watchlists import', args, {}, { min: 1, max: 1 })
  const file = parseWatchlistFile(readTextFile(positionals[0]))
  const service = ctx.service()
  const stop = service.onEvent(printRescan(ctx))
  try {
    await service.call('setWatchlists', watchlistFileJson(file))
    ctx.io.out(`imported ${file.watchlists.length} watchlists${file.sets.length > 0 ? ` and ${file.sets.length} term sets` : ''}`)
    await service.whenIdle()
  } finally {
    stop()
  }
}

async function exportWatchlists(ctx: CliContext, args: string[]): Promise<void> {
  const { values } = parseCommand('watchlists export', args, { out: { type: 'string' } }, { min: 0, max: 0 })
  const { sets, watchlists } = (await ctx.service().call('getWatchlists', {})) as OperationOutput<'getWatchlists'>
  // Only the sets and watchlists: a note on stored ones that could not be built would make a file import refuses.
  const file = { sets, watchlists }
  const json = JSON.stringify(file, null, 2) + '\n'
  if (!values.out) return ctx.io.out(terminalJson(file, 2))
  writeTextFile(values.out, json)
  ctx.io.out(`wrote ${file.watchlists.length} watchlists to ${values.out}`)
}

export async function rescanCommand(ctx: CliContext, args: string[]): Promise<void> {
  parseCommand('rescan', args, {}, { min: 0, max: 0 })
  const service = ctx.service()
  const stop = service.onEvent(printRescan(ctx))
  try {
    await service.call('rescan', {})
  } finally {
    stop()
  }
}

/** One line per rescan batch, so a long rescan of a big archive visibly moves. */
function printRescan(ctx: CliContext): (event: MarsadEvent) => void {
  return (event) => {
    if (event.type === 'watchlistsChanged' && !event.rescanning) ctx.io.out('no watchlist matches differently: nothing to rescan')
    if (event.type !== 'rescanProgress') return
    const counts = `${event.done}/${event.total} articles, ${event.flagged} flagged`
    if (event.phase === 'running' && event.done > 0) ctx.io.out(`rescanned ${counts}`)
    else if (event.phase === 'done') ctx.io.out(`rescan done: ${counts}`)
    else if (event.phase === 'cancelled') ctx.io.out(`rescan cancelled at ${counts}`)
  }
}
