/** `marsad storage`: the database's size and what retention would remove; `marsad prune`: remove it now. */
import type { OperationOutput } from '../core/contract/operations'
import { parseCommand } from './args'
import { cliTime, type CliContext } from './commands'

const MB = 1024 * 1024

export async function storageCommand(ctx: CliContext, args: string[]): Promise<void> {
  parseCommand('storage', args, {}, { min: 0, max: 0 })
  const r = (await ctx.service().call('storage', {})) as OperationOutput<'storage'>
  ctx.io.out(`articles: ${r.articles}`)
  ctx.io.out(`size: ${(r.bytes / MB).toFixed(1)} MB (${(r.freeBytes / MB).toFixed(1)} MB free inside, reused before the file grows)`)
  if (r.articles > 0) ctx.io.out(`per article: ${(r.bytes / r.articles / 1024).toFixed(1)} KB`)
  if (r.oldestPublishedAt !== null) ctx.io.out(`oldest article: ${cliTime(ctx.io, r.oldestPublishedAt)}`)
  ctx.io.out(r.retentionDays === null ? 'retention: for ever' : `retention: ${r.retentionDays} days after storing (flagged, starred, noted and marked articles are kept)`)
  ctx.io.out(`removable now: ${r.prunable}`)
}

export async function pruneCommand(ctx: CliContext, args: string[]): Promise<void> {
  parseCommand('prune', args, {}, { min: 0, max: 0 })
  const { removed } = (await ctx.service().call('prune', {})) as OperationOutput<'prune'>
  ctx.io.out(`removed ${removed} articles`)
}
