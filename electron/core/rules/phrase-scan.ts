/**
 * Finds every watchlist phrase in one field, in token order: each token is looked up once in the
 * word index, and a phrase is checked from its first word. Occurrences go into one flat, sorted
 * array of token intervals per phrase (see intervals.ts). The scan takes its work from the
 * article's budget and stops at the token where the budget runs out.
 */
import type { Token } from '../text/tokenize'
import type { WorkBudget } from './work-budget'
import type { WordIndex } from './word-index'

export interface PhraseTable {
  readonly index: WordIndex
  /** Word ids of each phrase, by phrase id. */
  readonly phraseWords: readonly (readonly number[])[]
  readonly phrasesByFirstWord: ReadonlyMap<number, readonly number[]>
}

/** Occurrences by phrase id: flat [first, last, …] token intervals in token order. */
export type PhraseOccurrences = Map<number, number[]>

/** Tokens scanned between two steps of scanPhrasesInSteps: some milliseconds of work. */
export const SCAN_STEP_TOKENS = 16_384

/**
 * Scans `tokens` into `into`, stopping (yielding) every SCAN_STEP_TOKENS tokens so a caller can
 * let the event loop run; returns false when the budget ran out before the last token.
 */
export function* scanPhrasesInSteps(table: PhraseTable, tokens: readonly Token[], budget: WorkBudget, into: PhraseOccurrences): Generator<void, boolean> {
  // Ids per token, looked up once each (a phrase's continuation reads the tokens after it).
  const idsAt: (readonly number[] | undefined)[] = new Array<readonly number[] | undefined>(tokens.length)
  const lookup = (i: number): readonly number[] | undefined => {
    if (i >= tokens.length) return undefined
    let ids = idsAt[i]
    if (ids === undefined) {
      if (!budget.takeForScan(1)) return undefined
      ids = table.index.lookup(tokens[i].norm)
      // Every id found is compared again by each phrase continuation that reads this token.
      if (!budget.takeForScan(ids.length)) return undefined
      idsAt[i] = ids
    }
    return ids
  }
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && i % SCAN_STEP_TOKENS === 0) yield
    const ids = lookup(i)
    if (ids === undefined) return false
    if (ids.length === 0) continue
    for (const wordId of ids) {
      const phrases = table.phrasesByFirstWord.get(wordId)
      if (!phrases) continue
      for (const phraseId of phrases) {
        const words = table.phraseWords[phraseId]
        if (!budget.takeForScan(words.length)) return false
        let matched = true
        for (let j = 1; j < words.length && matched; j++) {
          const next = lookup(i + j)
          if (next === undefined && i + j < tokens.length) return false
          matched = next !== undefined && next.includes(words[j])
        }
        if (!matched) continue
        let list = into.get(phraseId)
        if (!list) into.set(phraseId, (list = []))
        list.push(i, i + words.length - 1)
      }
    }
  }
  return true
}
