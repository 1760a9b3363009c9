/** `marsad feeds …`: subscribe (checked first), list, edit, remove, OPML import and export. */
import type { OperationOutput } from '../core/contract/operations'
import type { FeedView, OpmlSkipReason } from '../core/contract/types'
import { englishMessage } from '../core/errors/english'
import { MarsadError } from '../core/errors/marsad-error'
import { displaySafe } from '../core/text/controls'
import { parseCommand, positiveInt, UsageError } from './args'
import { cliTime, type CliContext } from './commands'
import { readTextFile, writeTextFile } from './failures'
import { terminalJson, terminalXml } from './terminal'

const SUBCOMMANDS: Record<string, (ctx: CliContext, args: string[]) => Promise<void>> = {
  add: addFeed,
  list: listFeeds,
  edit: editFeed,
  remove: removeFeed,
  import: importFeeds,
  export: exportFeeds,
}

export async function feedsCommand(ctx: CliContext, args: string[]): Promise<void> {
  const [sub, ...rest] = args
  const run = sub ? SUBCOMMANDS[sub] : undefined
  const names = Object.keys(SUBCOMMANDS).join(', ')
  if (!run) throw new UsageError(sub ? `feeds: unknown subcommand "${sub}" (${names})` : `feeds: missing subcommand (${names})`)
  await run(ctx, rest)
}

/** Fetches the URL first (a page's linked feed is found), shows what is there, then subscribes. */
async function addFeed(ctx: CliContext, args: string[]): Promise<void> {
  const { values, positionals } = parseCommand('feeds add', args, { name: { type: 'string' }, 'no-check': { type: 'boolean' } }, { min: 1, max: 1 })
  const service = ctx.service()
  const check = !values['no-check']
  if (check) {
    const preview = (await service.call('previewFeed', { url: positionals[0] })) as OperationOutput<'previewFeed'>
    if (preview.discovered.length > 0) ctx.io.out(`the page links to ${preview.discovered.length} feed(s); using ${preview.url}`)
    ctx.io.out(`found «${displaySafe(preview.title ?? 'untitled')}»: ${preview.itemCount} items`)
  }
  const feed = (await service.call('addFeed', { url: positionals[0], name: values.name, check })) as OperationOutput<'addFeed'>
  ctx.io.out(`feed ${feed.id}: ${displaySafe(feed.name)} <${feed.url}>`)
}

function describeStatus(ctx: CliContext, f: FeedView): string {
  if (f.disabledReason) return `disabled: ${englishMessage(f.disabledReason)}`
  const next = f.nextCheckAt ? `, next check ${cliTime(ctx.io, f.nextCheckAt)}` : ''
  if (f.lastError) return `error (${f.failures}×): ${englishMessage(f.lastError)}${next}`
  // What the last good read worked around (a repaired parse, a charset that lied), after the status.
  const notices = f.notices.map((n) => `; ${englishMessage(n)}`).join('')
  return f.lastOkAt ? `ok ${cliTime(ctx.io, f.lastOkAt)}${next}${notices}` : 'not polled yet'
}

async function listFeeds(ctx: CliContext, args: string[]): Promise<void> {
  const { values } = parseCommand('feeds list', args, { json: { type: 'boolean' } }, { min: 0, max: 0 })
  const feeds = (await ctx.service().call('listFeeds', {})) as OperationOutput<'listFeeds'>
  if (values.json) return ctx.io.out(terminalJson(feeds))
  for (const f of feeds) ctx.io.out(`${f.id}\t${displaySafe(f.name)}\t${f.url}\t${f.articleCount} articles\t${describeStatus(ctx, f)}`)
}

async function editFeed(ctx: CliContext, args: string[]): Promise<void> {
  const { values, positionals } = parseCommand(
    'feeds edit',
    args,
    { name: { type: 'string' }, interval: { type: 'string' }, encoding: { type: 'string' }, 'full-text': { type: 'boolean' }, 'no-full-text': { type: 'boolean' } },
    { min: 1, max: 1 },
  )
  const id = positiveInt('feeds edit', 'id', positionals[0], 0, 'the feed id')
  const feed = (await ctx.service().call('updateFeed', {
    id,
    name: values.name,
    intervalMinutes: values.interval === undefined ? undefined : positiveInt('feeds edit', 'interval', values.interval, 15),
    encoding: values.encoding === undefined ? undefined : values.encoding === 'auto' ? null : values.encoding,
    fullText: values['full-text'] ? true : values['no-full-text'] ? false : undefined,
  })) as OperationOutput<'updateFeed'>
  ctx.io.out(`feed ${feed.id}: ${displaySafe(feed.name)}, every ${feed.intervalMinutes} min, encoding ${feed.encoding ?? 'auto'}, full text ${feed.fullText ? 'on' : 'off'}`)
}

async function removeFeed(ctx: CliContext, args: string[]): Promise<void> {
  const { positionals } = parseCommand('feeds remove', args, {}, { min: 1, max: 1 })
  const id = positiveInt('feeds remove', 'id', positionals[0], 0, 'the feed id')
  const { removed } = (await ctx.service().call('removeFeed', { id })) as OperationOutput<'removeFeed'>
  if (!removed) throw new MarsadError({ code: 'feed.not_found', id })
  ctx.io.out(`removed feed ${id} (its articles stay)`)
}

const SKIP_REASONS: { readonly [R in OpmlSkipReason]: string } = {
  'not-http': 'not an http(s) address',
  'invalid-url': 'not a valid URL',
  duplicate: 'listed twice',
  'over-limit': 'over the limit of feeds per file',
  'missing-url': 'a feed without xmlUrl',
}

async function importFeeds(ctx: CliContext, args: string[]): Promise<void> {
  const { positionals } = parseCommand('feeds import', args, {}, { min: 1, max: 1 })
  const result = (await ctx.service().call('importOpml', { text: readTextFile(positionals[0]) })) as OperationOutput<'importOpml'>
  ctx.io.out(`added ${result.added} feeds, ${result.existing} already subscribed, ${result.skipped.length} skipped`)
  for (const s of result.skipped) ctx.io.out(`skipped (${SKIP_REASONS[s.reason] ?? s.reason}): ${displaySafe(s.value)}`)
}

async function exportFeeds(ctx: CliContext, args: string[]): Promise<void> {
  const { values } = parseCommand('feeds export', args, { out: { type: 'string' } }, { min: 0, max: 0 })
  const { opml } = (await ctx.service().call('exportOpml', {})) as OperationOutput<'exportOpml'>
  if (!values.out) return ctx.io.out(terminalXml(opml.trimEnd()))
  writeTextFile(values.out, opml)
  ctx.io.out(`wrote ${values.out}`)
}
