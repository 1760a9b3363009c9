/**
 * Index of watchlist words by their normalized form: a trie of word cores that a token is walked
 * down once per proclitic it starts with, so the cost per token does not grow with the number of
 * terms, and the word is never cut down to a root. Each core carries the endings it may take:
 * a noun's, a ة word's, a sound plural's cases, a verb~'s persons and tenses.
 */
import {
  AGREEMENT_ENDINGS,
  FORM_ENDINGS,
  FORM_TEH_MARBUTA_ENDINGS,
  IMPERFECT_PREFIXES,
  MAX_ENDING_LENGTH,
  MIN_AFFIXED_WORD_LENGTH,
  PLURAL_CASE_ENDINGS,
  PROCLITICS,
  type Proclitic,
  SOUND_PLURAL_SUFFIXES,
  TEH_MARBUTA_AGREEMENT_ENDINGS,
  TEH_MARBUTA_ENDINGS,
  VERB_IMPERFECT_ENDINGS,
  VERB_PERFECT_ENDINGS,
  WORD_ENDINGS,
} from '../text/affixes'
import { WHOLE_WORDS } from '../text/whole-words'
import { otherForms } from '../text/word-forms'
import { LookupMemo } from './lookup-memo'
import type { WordMode } from './query-lexer'

interface IndexEntry {
  readonly wordId: number
  /** A term written with ال (القاعدة) only matches tokens that carry the article. */
  readonly needsArticle: boolean
  /** A verb~ form: never after ب, ك or the article. */
  readonly verb: boolean
  /** An imperfect verb form (a verb~'s, or a word written so: يداهم): may take the future س. */
  readonly imperfect: boolean
}

const ARABIC_LETTER = /[\u0600-\u06ff]/u

/** Which endings a core takes: its own set for each kind of word. */
type EndingKind = 'plain' | 'tehMarbuta' | 'pluralCase' | 'perfect' | 'imperfect' | 'form' | 'formTehMarbuta'

const ENDINGS: Record<EndingKind, ReadonlySet<string>> = {
  plain: WORD_ENDINGS,
  tehMarbuta: TEH_MARBUTA_ENDINGS,
  pluralCase: PLURAL_CASE_ENDINGS,
  perfect: VERB_PERFECT_ENDINGS,
  imperfect: VERB_IMPERFECT_ENDINGS,
  form: FORM_ENDINGS,
  formTehMarbuta: FORM_TEH_MARBUTA_ENDINGS,
}
const ENDING_KINDS = Object.keys(ENDINGS) as EndingKind[]

/** A node of the trie of indexed cores, keyed by UTF-16 code unit. */
interface TrieNode {
  readonly next: Map<number, TrieNode>
  /** Words whose core ends here, by the endings they take. */
  ends?: Partial<Record<EndingKind, IndexEntry[]>>
  /** prefix* words ending here: any continuation matches. */
  prefix?: IndexEntry[]
}

const newNode = (): TrieNode => ({ next: new Map() })

const BARE: readonly Proclitic[] = PROCLITICS.filter((p) => p.text === '')
/** The proclitics a token may start with, by its first letter (the bare one always among them). */
const PROCLITICS_BY_INITIAL = new Map<number, readonly Proclitic[]>()
for (const p of PROCLITICS) {
  if (p.text === '') continue
  const initial = p.text.charCodeAt(0)
  PROCLITICS_BY_INITIAL.set(initial, [...(PROCLITICS_BY_INITIAL.get(initial) ?? []), p])
}
for (const [initial, list] of PROCLITICS_BY_INITIAL) PROCLITICS_BY_INITIAL.set(initial, [...list, ...BARE])

/** Shortest core a sound plural's cases are derived from (مسلحين → مسلح; not سجين → سج). */
const MIN_PLURAL_CORE = 4
/** Shortest word (prefix included) read as an imperfect verb that may take the future س (يداهم). */
const MIN_IMPERFECT_LENGTH = 4

/**
 * Tokens whose lookup is remembered. News vocabulary repeats (most tokens of an article were seen
 * in the articles before it), so a bounded memo saves most trie walks; past the bound it starts
 * over, which keeps memory fixed whatever the input.
 */
const LOOKUP_MEMO_SIZE = 50_000
const NO_IDS: readonly number[] = Object.freeze([])

export class WordIndex {
  private readonly ids = new Map<string, number>()
  private readonly memo = new LookupMemo<readonly number[]>(LOOKUP_MEMO_SIZE)
  private readonly exact = new Map<string, number[]>()
  private readonly root = newNode()

  /**
   * Registers a normalized word and returns its id (the same id for the same word and mode).
   * `hamzaLam`: the word was written أل… or إل… (ألماني), so its folded ال is no article.
   */
  add(word: string, mode: WordMode = 'affix', hamzaLam = false): number {
    this.memo.clear()
    const key = `${mode}\u0000${hamzaLam ? 'hamza-lam' : ''}\u0000${word}`
    const known = this.ids.get(key)
    if (known !== undefined) return known
    const wordId = this.ids.size
    this.ids.set(key, wordId)
    const arabic = ARABIC_LETTER.test(word)
    if (mode === 'exact' || !arabic || word.length < MIN_AFFIXED_WORD_LENGTH) {
      // =exact words keep their agreement endings only; Latin names, numbers and one-letter words match as written.
      for (const form of mode === 'exact' && arabic && word.length >= 3 ? agreementForms(word) : [word]) this.addExact(form, wordId)
      return wordId
    }
    // A verb never carries the article: التقى is a verb whose letters happen to start so.
    const needsArticle = mode !== 'verb' && !hamzaLam && word.startsWith('ال') && word.length > 3
    const core = needsArticle ? word.slice(2) : word
    const entry = (overrides: Partial<IndexEntry> = {}): IndexEntry => ({ wordId, needsArticle, verb: false, imperfect: false, ...overrides })
    if (mode === 'prefix') {
      ;(this.nodeFor(core).prefix ??= []).push(entry())
    } else if (mode === 'verb') {
      this.addEnding(core, 'perfect', entry({ verb: true }))
      for (const stem of imperfectStems(core)) {
        for (const prefix of IMPERFECT_PREFIXES) {
          // A form IV verb's ت imperfect is spelled as form V's perfect: توقف (stopped), not تُوقِف.
          if (prefix === 'ت' && isFormFour(core) && stem.length === 3) continue
          this.addEnding(prefix + stem, 'imperfect', entry({ verb: true, imperfect: true }))
        }
      }
    } else {
      const imperfect = core.length >= MIN_IMPERFECT_LENGTH && IMPERFECT_PREFIXES.includes(core[0])
      this.addNoun(core, entry({ imperfect }))
      for (const form of otherForms(core)) this.addForm(form, entry())
    }
    return wordId
  }

  /** Ids of every watchlist word this token is an inflected or cliticized form of (do not modify the array). */
  lookup(token: string): readonly number[] {
    const known = this.memo.get(token)
    if (known) return known
    const found = this.find(token)
    const ids = found.length === 0 ? NO_IDS : found
    // A hostile text of endless distinct tokens only ever refills the memo: no growth. (The memo
    // keeps the token's units, not the token: a slice of its article would keep the article alive.)
    this.memo.set(token, ids)
    return ids
  }

  private find(token: string): number[] {
    const found: number[] = [...(this.exact.get(token) ?? [])]
    const proclitics = PROCLITICS_BY_INITIAL.get(token.charCodeAt(0)) ?? BARE
    for (const proclitic of proclitics) {
      if (token.startsWith(proclitic.text)) this.walk(token, proclitic, found)
    }
    return found
  }

  private addExact(form: string, wordId: number): void {
    const ids = this.exact.get(form) ?? []
    if (!ids.includes(wordId)) ids.push(wordId)
    this.exact.set(form, ids)
  }

  private addNoun(core: string, entry: IndexEntry): void {
    this.addEnding(core, 'plain', entry)
    if (core.endsWith('ه') && core.length > 2) this.addEnding(core.slice(0, -1), 'tehMarbuta', entry)
    const plural = SOUND_PLURAL_SUFFIXES.find((s) => core.endsWith(s) && core.length - s.length >= MIN_PLURAL_CORE)
    if (plural) this.addEnding(core.slice(0, -plural.length), 'pluralCase', entry)
  }

  /** A listed form of the word (a broken plural): clitics and pronouns, nothing that makes another word. */
  private addForm(form: string, entry: IndexEntry): void {
    if (form.endsWith('ه') && form.length > 2) this.addEnding(form.slice(0, -1), 'formTehMarbuta', entry)
    else this.addEnding(form, 'form', entry)
  }

  private addEnding(core: string, kind: EndingKind, entry: IndexEntry): void {
    const node = this.nodeFor(core)
    ;((node.ends ??= {})[kind] ??= []).push(entry)
  }

  /** Follows the token after its proclitic down the trie; every core passed may end a match. */
  private walk(token: string, proclitic: Proclitic, found: number[]): void {
    // A whole word that only looks like core + ending (أمنيات) matches only a core that is all of it.
    const whole = WHOLE_WORDS.has(proclitic.text === '' ? token : token.slice(proclitic.text.length))
    let node: TrieNode | undefined = this.root
    for (let i = proclitic.text.length; i < token.length && node; i++) {
      node = node.next.get(token.charCodeAt(i))
      if (!node) return
      if (node.prefix) collect(node.prefix, proclitic, found)
      if (!node.ends) continue
      const tailLength = token.length - i - 1
      if (tailLength > MAX_ENDING_LENGTH || (whole && tailLength > 0)) continue
      const tail = token.slice(i + 1)
      for (const kind of ENDING_KINDS) {
        const entries = node.ends[kind]
        if (entries && ENDINGS[kind].has(tail)) collect(entries, proclitic, found)
      }
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

/**
 * The imperfect stems of a verb given in the perfect: اعتقل → عتقل (يعتقل), أوقف → وقف (يوقف),
 * استهدف → ستهدف; a verb without a leading alef keeps its letters (داهم → يداهم، ضبط → يضبط).
 * Hollow and weak verbs change letters (قال → يقول): list those forms as their own words.
 */
function imperfectStems(perfect: string): string[] {
  return perfect.startsWith('ا') && perfect.length > 3 ? [perfect.slice(1), perfect] : [perfect]
}

/** أفعل: four letters with a leading alef (أوقف، أطلق، أعلن), not form VIII's افتعل with its ت (اتهم، اتخذ). */
function isFormFour(perfect: string): boolean {
  return perfect.length === 4 && perfect.startsWith('ا') && perfect[1] !== 'ت'
}

/** An =exact word and its gender and number forms (أمني → أمنية، أمنيون، أمنيات …). */
function agreementForms(word: string): string[] {
  const forms = word.endsWith('ه') ? TEH_MARBUTA_AGREEMENT_ENDINGS.map((e) => word.slice(0, -1) + e) : AGREEMENT_ENDINGS.map((e) => word + e)
  // أمني + ات is أمنيات, "wishes": a whole word of its own is no agreement form.
  return [word, ...forms.filter((form) => !WHOLE_WORDS.has(form))]
}

function collect(entries: readonly IndexEntry[], proclitic: Proclitic, into: number[]): void {
  for (const e of entries) {
    if (e.needsArticle && !proclitic.hasArticle) continue
    if (e.verb && proclitic.nounOnly) continue
    if (proclitic.future && !e.imperfect) continue
    if (!into.includes(e.wordId)) into.push(e.wordId)
  }
}
