/**
 * Index of watchlist words by their normalized form, so a token is looked up by splitting off
 * clitics and endings (a handful of Map lookups) instead of being compared with every term.
 */
import {
  MAX_ENDING_LENGTH,
  MIN_AFFIXED_WORD_LENGTH,
  PROCLITICS,
  TEH_MARBUTA_ENDINGS,
  WORD_ENDINGS,
} from '../text/affixes'

interface IndexEntry {
  readonly wordId: number
  /** A term written with ال (القاعدة) only matches tokens that carry the article. */
  readonly needsArticle: boolean
}

const ARABIC_LETTER = /[\u0600-\u06ff]/u

export class WordIndex {
  private readonly ids = new Map<string, number>()
  private readonly exact = new Map<string, number>()
  private readonly plain = new Map<string, IndexEntry[]>()
  private readonly tehMarbuta = new Map<string, IndexEntry[]>()

  /** Registers a normalized word and returns its id (the same id for the same word). */
  add(word: string): number {
    const known = this.ids.get(word)
    if (known !== undefined) return known
    const wordId = this.ids.size
    this.ids.set(word, wordId)
    if (!ARABIC_LETTER.test(word) || word.length < MIN_AFFIXED_WORD_LENGTH) {
      this.exact.set(word, wordId) // Latin names, numbers and one-letter words match as written.
      return wordId
    }
    const needsArticle = word.startsWith('ال') && word.length > 3
    const core = needsArticle ? word.slice(2) : word
    push(this.plain, core, { wordId, needsArticle })
    if (core.endsWith('ه') && core.length > 2) push(this.tehMarbuta, core.slice(0, -1), { wordId, needsArticle })
    return wordId
  }

  /** Ids of every watchlist word this token is an inflected or cliticized form of. */
  lookup(token: string): number[] {
    const found: number[] = []
    const exact = this.exact.get(token)
    if (exact !== undefined) found.push(exact)
    for (const proclitic of PROCLITICS) {
      if (!token.startsWith(proclitic.text)) continue
      const rest = token.slice(proclitic.text.length)
      const maxTail = Math.min(MAX_ENDING_LENGTH, rest.length - MIN_AFFIXED_WORD_LENGTH)
      for (let tailLength = 0; tailLength <= maxTail; tailLength++) {
        const cut = rest.length - tailLength
        const tail = rest.slice(cut)
        const inWord = WORD_ENDINGS.has(tail)
        const inTeh = TEH_MARBUTA_ENDINGS.has(tail)
        if (!inWord && !inTeh) continue
        const core = rest.slice(0, cut)
        if (inWord) collect(this.plain.get(core), proclitic.hasArticle, found)
        if (inTeh) collect(this.tehMarbuta.get(core), proclitic.hasArticle, found)
      }
    }
    return found
  }
}

function push(map: Map<string, IndexEntry[]>, key: string, entry: IndexEntry): void {
  const list = map.get(key)
  if (list) list.push(entry)
  else map.set(key, [entry])
}

function collect(entries: IndexEntry[] | undefined, hasArticle: boolean, into: number[]): void {
  if (!entries) return
  for (const e of entries) {
    if ((!e.needsArticle || hasArticle) && !into.includes(e.wordId)) into.push(e.wordId)
  }
}
