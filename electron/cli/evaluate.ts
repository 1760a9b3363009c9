/**
 * `marsad watchlists eval FILE.jsonl` (precision / recall / F1 of the watchlists on a labeled set)
 * and `marsad match --jsonl` (one text per line in, one result per line out).
 */
import { parseLabeledJsonl, scoreWatchlists, type Score, type Scores } from '../core/rules/evaluation'
import { Matcher } from '../core/rules/matcher'
import type { WatchlistFile } from '../core/rules/types'
import { parseWatchlistFile } from '../core/rules/watchlist-file'
import { parseCommand } from './args'
import type { CliContext } from './commands'
import { readTextFile } from './failures'
import { matchText } from './match'
import { terminalJson } from './terminal'

function watchlistsFrom(ctx: CliContext, path: string | undefined): WatchlistFile {
  return path ? parseWatchlistFile(readTextFile(path)) : ctx.service().watchlists()
}

/** Scores the watchlists on every line of the file: per watchlist, and micro-averaged over them. */
export async function evaluateCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { values, positionals } = parseCommand('watchlists eval', args, { watchlists: { type: 'string' }, json: { type: 'boolean' } }, { min: 1, max: 1 })
  const items = parseLabeledJsonl(positionals[0] === '-' ? ctx.io.readStdin() : readTextFile(positionals[0]))
  const file = watchlistsFrom(ctx, values.watchlists)
  const matcher = new Matcher(file)
  const ids = file.watchlists.filter((w) => w.enabled !== false).map((w) => w.id)
  const scores = scoreWatchlists(items, (item) => new Set(matcher.match({ title: item.title ?? '', body: item.text }).map((h) => h.watchlistId)), ids)
  const unknown = [...new Set(items.flatMap((i) => i.labels))].filter((l) => !ids.includes(l))
  if (values.json) return ctx.io.out(terminalJson({ texts: items.length, ...scores, unknownLabels: unknown }))
  for (const line of evaluationTable(scores, items.length)) ctx.io.out(line)
  if (unknown.length > 0) ctx.io.err(`labels that name no enabled watchlist (not scored): ${unknown.join(', ')}`)
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`.padStart(6)

/** A figure with nothing to measure (no text flagged, or none labeled) is "—", as the editor shows it, not 100 %. */
const figure = (value: number, measured: boolean): string => (measured ? pct(value) : '—'.padStart(6))

function row(name: string, width: number, s: Score): string {
  const flagged = s.tp + s.fp > 0
  const labeled = s.tp + s.fn > 0
  return `${name.padEnd(width)}  ${figure(s.precision, flagged)}  ${figure(s.recall, labeled)}  ${figure(s.f1, flagged || labeled)}  ${String(s.tp).padStart(5)} ${String(s.fp).padStart(5)} ${String(s.fn).padStart(5)}`
}

/** One row per watchlist and the micro average, aligned for a terminal. */
export function evaluationTable(scores: Scores, texts: number): string[] {
  const names = Object.keys(scores.perLabel)
  const width = Math.max(10, ...names.map((n) => n.length))
  return [
    `${'watchlist'.padEnd(width)}  ${'P'.padStart(6)}  ${'R'.padStart(6)}  ${'F1'.padStart(6)}  ${'tp'.padStart(5)} ${'fp'.padStart(5)} ${'fn'.padStart(5)}`,
    ...names.map((n) => row(n, width, scores.perLabel[n])),
    row('micro', width, scores.overall),
    `${texts} labeled texts`,
  ]
}

/**
 * `match --jsonl`: each input line is a JSON string (the text) or an object {"title"?, "text"};
 * each output line is that text's result (as `match` prints it), or {"line", "error"} for a bad line.
 */
export function matchJsonl(ctx: CliContext, file: WatchlistFile, input: string): void {
  const matcher = new Matcher(file)
  input.split('\n').forEach((raw, index) => {
    const line = raw.trim()
    if (line === '') return
    const article = textOf(line)
    if (!article) return ctx.io.out(terminalJson({ line: index + 1, error: 'expected a JSON string or {"title"?, "text"}' }))
    // terminalJson escapes what the terminal-safe output would otherwise delete from a hit's text.
    ctx.io.out(terminalJson(matchText(file, article.text, article.title, matcher)))
  })
}

function textOf(line: string): { title: string; text: string } | undefined {
  let data: unknown
  try {
    data = JSON.parse(line)
  } catch {
    return undefined
  }
  if (typeof data === 'string') return { title: '', text: data }
  if (data && typeof data === 'object' && typeof (data as { text?: unknown }).text === 'string') {
    const { text, title } = data as { text: string; title?: unknown }
    return { title: typeof title === 'string' ? title : '', text }
  }
  return undefined
}
