/**
 * Finds every watchlist phrase in one field, in token order: each token is looked up once in the
 * word index, and phrases are followed word by word down a trie of their word ids, so a word that
 * starts 150 phrases (شركة …) costs one step per word of the text that continues one of them, not
 * one check per phrase. Occurrences go into one flat, sorted array of token intervals per phrase
 * (see intervals.ts). The scan takes its work from the article's budget and stops at the token
 * where the budget runs out.
 */
import type { Token } from '../text/tokenize'
import type { WorkBudget } from './work-budget'
import type { WordIndex } from './word-index'

/** Phrases by their words: a node is reached by a sequence of word ids from the root. */
export interface PhraseTrieNode {
  /** Phrases whose last word this is. */
  readonly ends: number[]
  readonly next: Map<number, PhraseTrieNode>
}

export const newPhraseTrieNode = (): PhraseTrieNode => ({ ends: [], next: new Map() })

export interface PhraseTable {
  readonly index: WordIndex
  /** The root of the phrases' trie of word ids. */
  readonly phraseTrie: PhraseTrieNode
  /**
   * The root's children again, in an array by word id (undefined where no phrase starts): every
   * token with word ids starts there, and an array read costs less than hashing into a Map.
   */
  readonly firstWords: readonly (PhraseTrieNode | undefined)[]
}

/**
 * Occurrences by phrase id: flat [first, last, …] token intervals in token order. Kept in an array
 * by phrase id that the matcher reuses from article to article (RunFlags): a Map made per field of
 * every article grew, rehashing, with each phrase found, a fifth of the scan's time on news.
 */
export class PhraseOccurrences {
  /** Phrase ids with occurrences, in the order of their first one. */
  private readonly found: number[] = []

  /** `lists`: by phrase id, all undefined (it is emptied again by release). */
  constructor(private readonly lists: (number[] | undefined)[]) {}

  get(phraseId: number): readonly number[] | undefined {
    return this.lists[phraseId]
  }

  /** The phrases with occurrences, in the order of their first one. */
  keys(): readonly number[] {
    return this.found
  }

  add(phraseId: number, first: number, last: number): void {
    const list = this.lists[phraseId]
    if (list !== undefined) {
      list.push(first, last)
      return
    }
    this.lists[phraseId] = [first, last]
    this.found.push(phraseId)
  }

  /** Leaves the array by phrase id all undefined, for another article (the lists themselves are kept by who holds them). */
  release(): void {
    for (const phraseId of this.found) this.lists[phraseId] = undefined
  }
}

/** Tokens scanned between two steps of scanPhrasesInSteps: some milliseconds of work. */
export const SCAN_STEP_TOKENS = 16_384

/**
 * Scans `tokens` into `into`, stopping (yielding) every SCAN_STEP_TOKENS tokens so a caller can
 * let the event loop run; returns false when the budget ran out before the last token.
 */
export function* scanPhrasesInSteps(table: PhraseTable, tokens: readonly Token[], budget: WorkBudget, into: PhraseOccurrences): Generator<void, boolean> {
  const scan = new FieldScan(table, tokens, budget, into)
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && i % SCAN_STEP_TOKENS === 0) yield
    if (!scan.phrasesFrom(i)) return false
  }
  return true
}

/** One field's scan: the ids of each token, looked up once (a phrase's continuation reads the tokens after it). */
class FieldScan {
  private readonly idsAt: (readonly number[] | undefined)[]
  /** Trie nodes still to continue from the current start, and the token each continues with. */
  private readonly pendingNodes: PhraseTrieNode[] = []
  private readonly pendingAts: number[] = []

  constructor(
    private readonly table: PhraseTable,
    private readonly tokens: readonly Token[],
    private readonly budget: WorkBudget,
    private readonly into: PhraseOccurrences,
  ) {
    this.idsAt = new Array<readonly number[] | undefined>(tokens.length)
  }

  /**
   * Records every phrase starting at token `start`; false when the budget ran out. Phrases longer
   * than a word continue from a stack of pending trie nodes, not by recursion: a phrase may have
   * thousands of words.
   */
  phrasesFrom(start: number): boolean {
    let ok = this.continueWith(this.table.phraseTrie, start, start)
    while (ok && this.pendingNodes.length > 0) {
      ok = this.continueWith(this.pendingNodes.pop() as PhraseTrieNode, start, this.pendingAts.pop() as number)
    }
    if (!ok) this.pendingNodes.length = this.pendingAts.length = 0
    return ok
  }

  /**
   * From `node` (the phrase words matched up to token at - 1), the phrases continuing with token
   * `at`: records those it ends, and leaves the nodes going on in the pending stack.
   */
  private continueWith(node: PhraseTrieNode, start: number, at: number): boolean {
    if (at >= this.tokens.length) return true
    const ids = this.lookup(at)
    if (ids === undefined) return false
    if (ids.length === 0) return true
    // Every id found is compared with the node's continuations: paid for as such.
    if (!this.budget.takeForScan(ids.length)) return false
    // Every token with word ids starts at the root: its children are read from an array by word id.
    const firstWords = node === this.table.phraseTrie ? this.table.firstWords : undefined
    for (const wordId of ids) {
      const child = firstWords !== undefined ? firstWords[wordId] : node.next.get(wordId)
      if (child !== undefined && !this.reached(child, start, at)) return false
    }
    return true
  }

  /** Tokens start…at took a phrase path to `child`: records the phrases it ends, stacks it when more go on. */
  private reached(child: PhraseTrieNode, start: number, at: number): boolean {
    const ends = child.ends
    if (ends.length > 0) {
      // An occurrence recorded is paid for too: the evaluation will merge it, and a scan that stops
      // at its share must leave what it found affordable to evaluate.
      if (!this.budget.takeForScan(ends.length)) return false
      for (const phraseId of ends) this.record(phraseId, start, at)
    }
    if (child.next.size > 0) {
      this.pendingNodes.push(child)
      this.pendingAts.push(at + 1)
    }
    return true
  }

  private lookup(i: number): readonly number[] | undefined {
    let ids = this.idsAt[i]
    if (ids === undefined) {
      if (!this.budget.takeForScan(1)) return undefined
      ids = this.table.index.lookup(this.tokens[i].norm)
      this.idsAt[i] = ids
    }
    return ids
  }

  private record(phraseId: number, first: number, last: number): void {
    this.into.add(phraseId, first, last)
  }
}
