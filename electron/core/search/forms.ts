/**
 * The words search indexes and looks for, in the matcher's normalization (الإرهاب and الارهاب are
 * one word). FTS5 only finds a word or a word's beginning, and Arabic writes و، ف، ب، ك، ل، س and
 * the article onto the word: so each word is also indexed without each proclitic it may carry
 * («والإرهابيين» also as «الارهابيين» and «ارهابيين»), and a searched word without its article is
 * looked for as a beginning («الإرهاب» → «ارهاب*»). The word itself is never cut (see affixes.ts).
 */
import { MIN_AFFIXED_WORD_LENGTH, PROCLITICS, TEH_MARBUTA_ENDINGS, VERB_PERFECT_ENDINGS, WORD_ENDINGS } from '../text/affixes'
import { words } from '../text/tokenize'

/** A form shorter than this is not indexed: «وب» from «وبل» finds nothing worth finding. */
const MIN_FORM_LENGTH = 2

/** The word without each proclitic it may begin with (longest first), not the word itself. */
export function withoutProclitics(word: string): string[] {
  const forms: string[] = []
  for (const p of PROCLITICS) {
    if (p.text !== '' && word.length - p.text.length >= MIN_FORM_LENGTH && word.startsWith(p.text)) forms.push(word.slice(p.text.length))
  }
  return forms
}

/** Letters a searched word keeps without its article: «الله» is not «له» with an article. */
const MIN_BARE_LENGTH = 3

/** The article (with what may precede it: وال، بال، لل…) a searched word may begin with: the word without it is searched too. */
export function withoutArticle(word: string): string | undefined {
  for (const p of PROCLITICS) {
    if (p.hasArticle && word.length - p.text.length >= MIN_BARE_LENGTH && word.startsWith(p.text)) return word.slice(p.text.length)
  }
  return undefined
}

/**
 * The written forms a searched word stands for, as the matcher reads a watchlist word: the word
 * and the word without its article, each with the endings Arabic adds (nisba, plurals, duals,
 * pronouns, ة as ت, a verb's subject and object suffixes) — «ارهاب» is also ارهابي، ارهابيه،
 * ارهابيين، ارهابيات. Looked up as whole index terms (which stay fast at a million articles, where
 * a beginning* merges every term it begins), and never cutting into the word itself.
 */
export function searchedForms(word: string): string[] {
  const forms = new Set<string>()
  const bare = withoutArticle(word)
  for (const base of bare ? [word, bare] : [word]) {
    forms.add(base)
    if (base.length < MIN_AFFIXED_WORD_LENGTH + 1) continue
    for (const ending of WORD_ENDINGS) forms.add(base + ending)
    for (const ending of VERB_PERFECT_ENDINGS) forms.add(base + ending)
    // ة (normalized ه) becomes ت before an ending: حكومة → حكومتها، ورشات.
    if (base.endsWith('ه')) for (const ending of TEH_MARBUTA_ENDINGS) forms.add(base.slice(0, -1) + ending)
  }
  return [...forms]
}

/** What the search index stores of an article: its words in order (phrases), and the other forms once each. */
export interface SearchDocument {
  readonly title: string
  readonly body: string
  readonly forms: string
}

/**
 * Characters of a body indexed: a long report's first 100,000 (some 15,000 words) are searchable;
 * a hostile megabyte of text costs the index no more than that.
 */
export const MAX_INDEXED_BODY = 100_000

export function searchDocument(title: string, body: string): SearchDocument {
  const titleWords = words(title.slice(0, MAX_INDEXED_BODY))
  const bodyWords = words(body.length > MAX_INDEXED_BODY ? body.slice(0, body.lastIndexOf(' ', MAX_INDEXED_BODY) + 1 || MAX_INDEXED_BODY) : body)
  const forms = new Set<string>()
  for (const list of [titleWords, bodyWords]) for (const word of list) for (const form of withoutProclitics(word)) forms.add(form)
  return { title: titleWords.join(' '), body: bodyWords.join(' '), forms: [...forms].join(' ') }
}
