/**
 * Arabic clitics and inflectional endings, in normalized form (ة is already ه, hamza carriers
 * already folded). A watchlist word matches a token that is proclitics + word + ending; the word
 * itself is never stemmed, which is what keeps وزير from becoming زير and لبنان from becoming لبن.
 */

const CONJUNCTIONS = ['', 'و', 'ف']
const PREPOSITIONS = ['', 'ب', 'ك', 'ل']

export interface Proclitic {
  readonly text: string
  /** Whether the proclitic contains the definite article (ال, or لل where ل + ال fused). */
  readonly hasArticle: boolean
}

function buildProclitics(): Proclitic[] {
  const out: Proclitic[] = []
  for (const conj of CONJUNCTIONS) {
    for (const prep of PREPOSITIONS) {
      out.push({ text: conj + prep, hasArticle: false })
      // ل + ال is written لل: the alef of the article drops.
      out.push({ text: prep === 'ل' ? conj + 'لل' : conj + prep + 'ال', hasArticle: true })
    }
  }
  return out
}

/** Every proclitic sequence, longest first (و ف ب ك ل and the article, e.g. وبال، فلل، كال). */
export const PROCLITICS: readonly Proclitic[] = buildProclitics().sort((a, b) => b.text.length - a.text.length)

const PRONOUNS = ['', 'ه', 'ها', 'هم', 'هن', 'هما', 'ك', 'كم', 'كن', 'كما', 'نا', 'ي']

/** Endings of nouns and adjectives: nisba, sound plurals, duals. */
const NOUN_ENDINGS = ['', 'ي', 'يه', 'يين', 'يون', 'يات', 'يان', 'ين', 'ون', 'ات', 'ان', 'يا']

function combine(stems: string[], tails: string[]): Set<string> {
  const out = new Set<string>()
  for (const s of stems) for (const t of tails) out.add(s + t)
  return out
}

/** What may follow a word as written in the watchlist. Plural and dual ن drops before a pronoun. */
export const WORD_ENDINGS: ReadonlySet<string> = new Set([
  ...combine(NOUN_ENDINGS, ['']),
  ...combine(['', 'ي', 'ات', 'يات', 'و', 'ا'], PRONOUNS),
  ...combine(['يت'], PRONOUNS.filter((p) => p !== '')),
])

/**
 * What may follow a word ending in ة once its ة (normalized ه) is taken off: the ة itself, the ت
 * it becomes before an ending (حكومتها), and the feminine plural (ورشات).
 */
export const TEH_MARBUTA_ENDINGS: ReadonlySet<string> = new Set([
  'ه',
  ...combine(['ت'], PRONOUNS.filter((p) => p !== '')),
  'تين', 'تان', 'تي',
  ...combine(['ات'], PRONOUNS),
])

export const MAX_ENDING_LENGTH = Math.max(
  ...[...WORD_ENDINGS, ...TEH_MARBUTA_ENDINGS].map((e) => e.length),
)

/** Smallest word length where affix stripping is allowed; shorter words match exactly. */
export const MIN_AFFIXED_WORD_LENGTH = 2
