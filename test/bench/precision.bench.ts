/**
 * Precision / recall of the default watchlists on the hand-labeled sentences, against a naive
 * baseline: the same terms looked up as raw substrings of the raw text (no normalization, no
 * operators, no excludes). Prints figures; asserts nothing.
 */
import { readFileSync } from 'node:fs'
import { Matcher } from '../../electron/core/rules/matcher'
import { lex } from '../../electron/core/rules/query-lexer'
import type { Watchlist } from '../../electron/core/rules/types'
import { parseWatchlistFile } from '../../electron/core/rules/watchlist-file'
import { isHeldOut, LABELS, loadLabeledSet, scoreWatchlists, type Scores } from '../support/labeled'
import { report } from './measure'

const WATCHLISTS_URL = new URL('../../resources/watchlists.json', import.meta.url)

/** Every quoted phrase and bare word of a watchlist's terms, operators, parentheses, = and * stripped. */
export function naiveStrings(watchlist: Watchlist): string[] {
  const strings = new Set<string>()
  for (const term of watchlist.terms) {
    for (const lexeme of lex(term.query)) {
      if ((lexeme.type === 'word' || lexeme.type === 'phrase') && lexeme.text.trim()) strings.add(lexeme.text.trim())
    }
  }
  return [...strings]
}

/** Flags a watchlist when any of its strings occurs verbatim in the text. */
export function naivePredictor(watchlists: readonly Watchlist[]): (text: string) => Set<string> {
  const table = watchlists.map((w) => ({ id: w.id, strings: naiveStrings(w) }))
  return (text) => new Set(table.filter((w) => w.strings.some((s) => text.includes(s))).map((w) => w.id))
}

export function marsadPredictor(watchlists: readonly Watchlist[]): (text: string) => Set<string> {
  const matcher = new Matcher(watchlists)
  return (text) => new Set(matcher.match({ title: '', body: text }).map((h) => h.watchlistId))
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`.padStart(6)

function figures(s: Scores['overall']): string {
  return `P ${pct(s.precision)} R ${pct(s.recall)}`
}

export function benchPrecision(): void {
  const watchlists = parseWatchlistFile(readFileSync(WATCHLISTS_URL, 'utf8'))
  const items = loadLabeledSet()
  const onTopic = items.filter((i) => i.labels.length > 0).length
  const heldOut = items.filter(isHeldOut)
  const runs: [string, Scores][] = [
    ['precision: marsad matcher', scoreWatchlists(items, marsadPredictor(watchlists), LABELS)],
    ['precision: naive substring', scoreWatchlists(items, naivePredictor(watchlists), LABELS)],
  ]
  const o = scoreWatchlists(heldOut, marsadPredictor(watchlists), LABELS).overall
  report('precision: marsad, held-out half only', figures(o), `F1 ${pct(o.f1)}  ${heldOut.length} texts never used for tuning`)
  const set = `${items.length} labeled texts (${onTopic} on-topic)`
  for (const [name, s] of runs) {
    const o = s.overall
    report(name, figures(o), `F1 ${pct(o.f1)}  tp ${o.tp} fp ${o.fp} fn ${o.fn}  micro, ${set}`)
  }
  // Compact per-label table: one row per watchlist, both matchers side by side.
  const width = Math.max(...LABELS.map((l) => l.length))
  console.log(`  ${'watchlist'.padEnd(width)}   ${'marsad P/R/F1'.padEnd(22)}   naive P/R/F1`)
  for (const label of LABELS) {
    const cells = runs.map(([, s]) => {
      const c = s.perLabel[label]
      return `${pct(c.precision)} ${pct(c.recall)} ${pct(c.f1)}`
    })
    console.log(`  ${label.padEnd(width)}   ${cells[0].padEnd(22)}   ${cells[1]}`)
  }
}
