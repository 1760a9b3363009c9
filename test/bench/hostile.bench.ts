/**
 * Matching cost per byte of hostile text beside ordinary news, with the shipped watchlists:
 * the target is within 3× (matching is linear in the article whatever the text). Each hostile
 * body is built to defeat one part of the matcher; the worst is named at the end.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Matcher, type MatchResult } from '../../electron/core/rules/matcher'
import { parseQuery, phrasesOf, type QueryNode } from '../../electron/core/rules/query'
import { resolveTermSets } from '../../electron/core/rules/term-sets'
import type { WatchlistFile } from '../../electron/core/rules/types'
import { parseWatchlistFile } from '../../electron/core/rules/watchlist-file'
import { arabicText, prng } from './corpus'
import { measure, report } from './measure'

const TARGET_BYTES = 1024 * 1024

/** `unit` repeated to about TARGET_BYTES of UTF-8. */
const repeatTo = (unit: string): string => unit.repeat(Math.max(1, Math.round(TARGET_BYTES / Buffer.byteLength(unit))))

/** Every phrase of the file's queries, the term sets' included (each set once). */
function phrasesOfFile(file: WatchlistFile): Extract<QueryNode, { kind: 'phrase' }>[] {
  const sets = resolveTermSets(file.sets)
  const seen = new Set<QueryNode>()
  return file.watchlists.flatMap((w) => [...w.terms.map((t) => t.query), ...w.exclude]).flatMap((q) => phrasesOf(parseQuery(q, sets), seen))
}

function hostileBodies(file: WatchlistFile): [string, string][] {
  const phrases = phrasesOfFile(file)
  const everyWord = [...new Set(phrases.flatMap((p) => p.source.split(/\s+/u)))].map((w) => w.replace(/^=|\*$/gu, ''))
  const multiWordFirsts = [...new Set(phrases.filter((p) => p.words.length > 1).map((p) => p.source.split(/\s+/u)[0]))]
  const random = prng(7)
  const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي'
  const distinct = Array.from({ length: 150_000 }, () => Array.from({ length: 3 + Math.floor(random() * 5) }, () => letters[Math.floor(random() * letters.length)]).join('')).join(' ')
  return [
    ['repeated NEAR operands «انتحاري تفجير»', repeatTo('انتحاري تفجير ')],
    ['«قبضت على», the review\'s item', repeatTo('قبضت على ')],
    ['phrase first words, failing continuations', repeatTo(`${multiWordFirsts.join(' ')} `)],
    ['one prefix* token a megabyte long', `أفغان${'ي'.repeat(TARGET_BYTES / 2)}`],
    ['prefix* matches in a row «أفغانيين»', repeatTo('أفغانيين ')],
    ['150,000 distinct random words', distinct],
    ['every watchlist word, interleaved', repeatTo(`${everyWord.join(' ')} `)],
    ['every watchlist word, with clitics', repeatTo(`${everyWord.map((w) => `وبال${w}`).join(' ')} `)],
  ]
}

export function benchHostile(): void {
  const file = parseWatchlistFile(readFileSync(join(process.cwd(), 'resources/watchlists.json'), 'utf8'))
  const matcher = new Matcher(file)
  const perKb = (body: string): { usPerKb: number; result: MatchResult; bytes: number } => {
    const bytes = Buffer.byteLength(body)
    const { seconds, result } = measure(() => matcher.run({ title: '', body }), 2)
    return { usPerKb: (seconds * 1e6) / (bytes / 1024), result, bytes }
  }
  const ordinaryBody = arabicText(1).replace(/\n\n/gu, ' ')
  const ordinary = perKb(ordinaryBody)
  report('ordinary news, one 1 MB body', `${ordinary.usPerKb.toFixed(0)} µs/KB`, `${ordinary.result.work} work units, ${ordinary.result.hits.length} watchlists hit`)
  let worst = { name: '', ratio: 0 }
  for (const [name, body] of hostileBodies(file)) {
    const hostile = perKb(body)
    const ratio = hostile.usPerKb / ordinary.usPerKb
    if (ratio > worst.ratio) worst = { name, ratio }
    const spans = hostile.result.hits.reduce((n, h) => n + h.spans.length, 0)
    report(
      name,
      `${hostile.usPerKb.toFixed(0)} µs/KB`,
      `${ratio.toFixed(2)}× ordinary (target within 3×), ${(hostile.bytes / 1024).toFixed(0)} KB, ${hostile.result.work} units${hostile.result.truncated ? ', stopped at the work budget' : ''}, ${spans} spans kept`,
    )
  }
  report('worst case found', `${worst.ratio.toFixed(2)}×`, worst.name)
}
