/**
 * Precision / recall of the default watchlists on the hand-labeled sets (test/fixtures/labeled/,
 * GUIDE.md): the paragraphs and the full articles, each on its development part from the tuning
 * regions (what tuning looked at), its held-out part (never looked at), and the regions nobody
 * tuned on; and the first 282 sentences. Beside each, a naive baseline: the same terms looked up
 * as raw substrings of the raw text (no normalization, no operators, no excludes, no sets).
 * Prints figures against the targets; asserts nothing.
 */
import { readFileSync } from 'node:fs'
import { Matcher } from '../../electron/core/rules/matcher'
import { lex } from '../../electron/core/rules/query-lexer'
import type { WatchlistFile } from '../../electron/core/rules/types'
import { parseWatchlistFile } from '../../electron/core/rules/watchlist-file'
import {
  heldOut,
  isSentenceHeldOut,
  LABELS,
  loadArticles,
  loadFresh,
  loadVariants,
  loadParagraphs,
  loadSentences,
  scoreWatchlists,
  tunable,
  unseenRegion,
  validation,
  type LabeledText,
  type Scores,
} from '../support/labeled'

const WATCHLISTS_URL = new URL('../../resources/watchlists.json', import.meta.url)

type Predictor = (item: LabeledText) => Set<string>

/** Every quoted phrase and bare word of the file's queries (sets expanded), operators, =, * and ~ stripped. */
export function naiveStrings(file: WatchlistFile, watchlistId: string): string[] {
  const strings = new Set<string>()
  const setTerms = new Map(file.sets.map((s) => [s.name, s.terms]))
  const add = (query: string, depth: number): void => {
    for (const lexeme of lex(query)) {
      if ((lexeme.type === 'word' || lexeme.type === 'phrase') && lexeme.text.trim()) strings.add(lexeme.text.trim())
      if (lexeme.type === 'set' && depth < 8) for (const q of setTerms.get(lexeme.name) ?? []) add(q, depth + 1)
    }
  }
  for (const term of file.watchlists.find((w) => w.id === watchlistId)?.terms ?? []) if (term.weight > 0) add(term.query, 0)
  return [...strings]
}

/** Flags a watchlist when any of its strings occurs verbatim in the title or text. */
export function naivePredictor(file: WatchlistFile): Predictor {
  const table = file.watchlists.map((w) => ({ id: w.id, strings: naiveStrings(file, w.id) }))
  return (item) => new Set(table.filter((w) => w.strings.some((s) => item.text.includes(s) || (item.title ?? '').includes(s))).map((w) => w.id))
}

export function marsadPredictor(file: WatchlistFile): Predictor {
  const matcher = new Matcher(file)
  return (item) => new Set(matcher.match({ title: item.title ?? '', body: item.text }).map((h) => h.watchlistId))
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}`.padStart(5)

/** Share of hard negatives (kind hard-negative, no label) flagged by any watchlist. */
function hardNegativesFlagged(items: readonly LabeledText[], predict: Predictor): string {
  const hard = items.filter((i) => i.kind === 'hard-negative' && i.labels.length === 0)
  const flagged = hard.filter((i) => predict(i).size > 0).length
  return `${pct(hard.length === 0 ? 0 : flagged / hard.length)}% of ${hard.length}`
}

function line(name: string, items: readonly LabeledText[], marsad: Predictor, naive: Predictor): Scores {
  const m = scoreWatchlists(items, marsad, LABELS)
  const n = scoreWatchlists(items, naive, LABELS).overall
  const o = m.overall
  console.log(
    `  ${name.padEnd(44)} ${String(items.length).padStart(4)}   P ${pct(o.precision)} R ${pct(o.recall)} F1 ${pct(o.f1)}   hard neg. flagged ${hardNegativesFlagged(items, marsad).padEnd(12)}  naive F1 ${pct(n.f1)} (P ${pct(n.precision)} R ${pct(n.recall)})`,
  )
  return m
}

function perWatchlist(title: string, scores: Scores): void {
  console.log(`  ${title}: ${LABELS.map((l) => `${l} P ${pct(scores.perLabel[l].precision)} R ${pct(scores.perLabel[l].recall)}`).join(' | ')}`)
}

export function benchPrecision(): void {
  const file = parseWatchlistFile(readFileSync(WATCHLISTS_URL, 'utf8'))
  const marsad = marsadPredictor(file)
  const naive = naivePredictor(file)
  const paragraphs = loadParagraphs()
  const articles = loadArticles()
  const sentences = loadSentences()
  console.log('precision: default watchlists on the labeled sets (micro over 5 watchlists; targets on held-out: F1 ≥ 90, per watchlist P and R ≥ 85, hard negatives flagged ≤ 10%)')
  line('paragraphs, development (tuned on)', paragraphs.filter(tunable), marsad, naive)
  const p = line('paragraphs, held-out', paragraphs.filter(heldOut), marsad, naive)
  line('paragraphs, unseen regions', paragraphs.filter(unseenRegion), marsad, naive)
  line('paragraphs, validation (unseen, not held-out)', paragraphs.filter(validation), marsad, naive)
  line('articles, development (tuned on)', articles.filter(tunable), marsad, naive)
  const a = line('articles, held-out', articles.filter(heldOut), marsad, naive)
  line('articles, unseen regions', articles.filter(unseenRegion), marsad, naive)
  line('articles, validation (unseen, not held-out)', articles.filter(validation), marsad, naive)
  line('articles, variants (development items reworded)', loadVariants(), marsad, naive)
  const fresh = loadFresh()
  const fp = line('fresh paragraphs (written after tuning)', fresh.paragraphs, marsad, naive)
  const fa = line('fresh articles (written after tuning)', fresh.articles, marsad, naive)
  line('sentences (first set), all', sentences, marsad, naive)
  line('sentences (first set), held-out half', sentences.filter(isSentenceHeldOut), marsad, naive)
  perWatchlist('held-out paragraphs', p)
  perWatchlist('held-out articles  ', a)
  perWatchlist('fresh paragraphs   ', fp)
  perWatchlist('fresh articles     ', fa)
}
