/**
 * What the analyst typed into the search box, read as a search: words (all must be there, each
 * also as a word's beginning), "quoted phrases" (the words in that order), and -words that must
 * not be there. Whatever the string holds, the FTS5 query built from it is only quoted normalized
 * words: no character the user types reaches FTS5's own syntax, so no input makes it fail.
 */
import { words } from '../text/tokenize'
import { searchedForms, withoutArticle } from './forms'

/** Words a search may have: a search is a few words, not a document. */
export const MAX_SEARCH_WORDS = 32

export interface SearchPart {
  /** Normalized words: one word, or a phrase's words in order. */
  readonly words: readonly string[]
  readonly exclude: boolean
  /** Typed with a trailing * (one word only): every word it begins, not only its forms. */
  readonly prefix?: boolean
}

export type ParsedSearch = { readonly ok: true; readonly parts: readonly SearchPart[] } | { readonly ok: false; readonly problem: 'empty' | 'only_excluded' | 'too_many_words' }

/** Splits the typed string into words and "phrases" (an unclosed quote runs to the end), each maybe -excluded. */
export function parseSearch(input: string): ParsedSearch {
  const parts: SearchPart[] = []
  const pattern = /(-?)(?:"([^"]*)"?|“([^”]*)”?|«([^»]*)»?|([^\s"“«]+))/gu
  for (const m of input.matchAll(pattern)) {
    const quoted = m[2] ?? m[3] ?? m[4]
    const found = words(quoted ?? m[5] ?? '')
    if (found.length === 0) continue
    const exclude = m[1] === '-'
    // An unquoted "word" the tokenizer splits (أمن/دفاع) is several words, each searched; a
    // trailing * asks for every word the last one begins (ارها*).
    const prefix = quoted === undefined && (m[5] ?? '').endsWith('*')
    if (quoted === undefined) found.forEach((word, i) => parts.push({ words: [word], exclude, ...(prefix && i === found.length - 1 ? { prefix } : {}) }))
    else parts.push({ words: found, exclude })
  }
  if (parts.length === 0) return { ok: false, problem: 'empty' }
  if (parts.every((p) => p.exclude)) return { ok: false, problem: 'only_excluded' }
  if (parts.reduce((n, p) => n + p.words.length, 0) > MAX_SEARCH_WORDS) return { ok: false, problem: 'too_many_words' }
  return { ok: true, parts }
}

const quoted = (word: string): string => `"${word}"`

/**
 * Of a word's forms, those the index holds (the store's lookup; by default all of them). A word
 * stands for hundreds of forms and an archive holds a few of them: FTS5 walks every form it is
 * given, in every segment of the index, and ranks over each (330 forms of الأمن made a search of a
 * million articles 5–15 times slower than the 22 that occur).
 */
export type PresentForms = (forms: readonly string[]) => readonly string[]

const allForms: PresentForms = (forms) => forms

/** One word as FTS5 looks for it: each of its forms, as written or (without a proclitic) in the forms column; or, typed with *, its beginning. */
function wordMatch(part: SearchPart, present: PresentForms): string {
  const word = part.words[0]
  if (part.prefix) {
    const bare = withoutArticle(word)
    return bare ? `(${quoted(word)}* OR ${quoted(bare)}*)` : `${quoted(word)}*`
  }
  const forms = present(searchedForms(word))
  // No form in the index: the word itself, which finds nothing, keeps the expression whole.
  return `(${(forms.length > 0 ? forms : [word]).map(quoted).join(' OR ')})`
}

/** A phrase: its words in order, as written, in the title or the body. */
function phraseMatch(phrase: readonly string[]): string {
  return `{title body} : (${phrase.map(quoted).join(' + ')})`
}

/** The FTS5 MATCH expression of a parsed search, with only the word forms `present` keeps. */
export function ftsExpression(parts: readonly SearchPart[], present: PresentForms = allForms): string {
  const partMatch = (p: SearchPart): string => (p.words.length === 1 ? wordMatch(p, present) : phraseMatch(p.words))
  const include = parts.filter((p) => !p.exclude).map(partMatch)
  const exclude = parts.filter((p) => p.exclude).map(partMatch)
  return include.join(' AND ') + exclude.map((e) => ` NOT ${e}`).join('')
}
