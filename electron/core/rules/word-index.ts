/**
 * Index of watchlist words by their normalized form: a trie of word cores that a token is walked
 * down once per proclitic it starts with, so the cost per token does not grow with the number of
 * terms, and the word is never cut down to a root.
 */
import {
  MAX_ENDING_LENGTH,
  MIN_AFFIXED_WORD_LENGTH,
  PROCLITICS,
  type Proclitic,
  TEH_MARBUTA_ENDINGS,
  WORD_ENDINGS,
} from '../text/affixes'
import type { WordMode } from './query-lexer'

interface IndexEntry {
  readonly wordId: number
  /** A term written with ال (القاعدة) only matches tokens that carry the article. */
  readonly needsArticle: boolean
}

const ARABIC_LETTER = /[\u0600-\u06ff]/u

/** A node of the trie of indexed cores, keyed by UTF-16 code unit. */
interface TrieNode {
  readonly next: Map<number, TrieNode>
  /** Words whose core ends here, taking the ordinary endings. */
  plain?: IndexEntry[]
  /** Words ending in ة whose core (without it) ends here, taking the ة/ت/ات endings. */
  tehMarbuta?: IndexEntry[]
  /** prefix* words ending here: any continuation matches. */
  prefix?: IndexEntry[]
}

const newNode = (): TrieNode => ({ next: new Map() })

/** First letters a proclitic can start with; a token starting otherwise has none. */
const PROCLITIC_INITIALS = new Set(PROCLITICS.filter((p) => p.text !== '').map((p) => p.text.charCodeAt(0)))
const BARE: readonly Proclitic[] = PROCLITICS.filter((p) => p.text === '')

export class WordIndex {
  private readonly ids = new Map<string, number>()
  private readonly exact = new Map<string, number[]>()
  private readonly root = newNode()

  /** Registers a normalized word and returns its id (the same id for the same word and mode). */
  add(word: string, mode: WordMode = 'affix'): number {
    const key = `${mode}\u0000${word}`
    const known = this.ids.get(key)
    if (known !== undefined) return known
    const wordId = this.ids.size
    this.ids.set(key, wordId)
    const needsArticle = word.startsWith('ال') && word.length > 3
    const entry = { wordId, needsArticle }
    const core = needsArticle ? word.slice(2) : word
    if (mode === 'prefix') {
      ;(this.nodeFor(core).prefix ??= []).push(entry)
    } else if (mode === 'exact' || !ARABIC_LETTER.test(word) || word.length < MIN_AFFIXED_WORD_LENGTH) {
      // =exact words, Latin names, numbers and one-letter words match as written.
      this.exact.set(word, [...(this.exact.get(word) ?? []), wordId])
    } else {
      ;(this.nodeFor(core).plain ??= []).push(entry)
      if (core.endsWith('ه') && core.length > 2) (this.nodeFor(core.slice(0, -1)).tehMarbuta ??= []).push(entry)
    }
    return wordId
  }

  /** Ids of every watchlist word this token is an inflected or cliticized form of. */
  lookup(token: string): number[] {
    const found: number[] = [...(this.exact.get(token) ?? [])]
    const proclitics = PROCLITIC_INITIALS.has(token.charCodeAt(0)) ? PROCLITICS : BARE
    for (const proclitic of proclitics) {
      if (token.startsWith(proclitic.text)) this.walk(token, proclitic, found)
    }
    return found
  }

  /** Follows the token after its proclitic down the trie; every core passed may end a match. */
  private walk(token: string, proclitic: Proclitic, found: number[]): void {
    let node: TrieNode | undefined = this.root
    for (let i = proclitic.text.length; i < token.length && node; i++) {
      node = node.next.get(token.charCodeAt(i))
      if (!node) return
      if (node.prefix) collect(node.prefix, proclitic.hasArticle, found)
      if (!node.plain && !node.tehMarbuta) continue
      const tailLength = token.length - i - 1
      if (tailLength > MAX_ENDING_LENGTH) continue
      const tail = token.slice(i + 1)
      if (node.plain && WORD_ENDINGS.has(tail)) collect(node.plain, proclitic.hasArticle, found)
      if (node.tehMarbuta && TEH_MARBUTA_ENDINGS.has(tail)) collect(node.tehMarbuta, proclitic.hasArticle, found)
    }
  }

  private nodeFor(core: string): TrieNode {
    let node = this.root
    for (let i = 0; i < core.length; i++) {
      const code = core.charCodeAt(i)
      let child = node.next.get(code)
      if (!child) {
        child = newNode()
        node.next.set(code, child)
      }
      node = child
    }
    return node
  }
}

function collect(entries: readonly IndexEntry[], hasArticle: boolean, into: number[]): void {
  for (const e of entries) {
    if ((!e.needsArticle || hasArticle) && !into.includes(e.wordId)) into.push(e.wordId)
  }
}
