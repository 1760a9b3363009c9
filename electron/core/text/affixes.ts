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
  /** Only a noun takes it (ب, ك or the article): a verb~ word never does. */
  readonly nounOnly: boolean
  /** The future prefix س (after و or ف): only an imperfect verb takes it (سيداهم، وسنلاحق). */
  readonly future: boolean
}

function buildProclitics(): Proclitic[] {
  const out: Proclitic[] = []
  for (const conj of CONJUNCTIONS) {
    for (const prep of PREPOSITIONS) {
      out.push({ text: conj + prep, hasArticle: false, nounOnly: prep === 'ب' || prep === 'ك', future: false })
      // ل + ال is written لل: the alef of the article drops.
      out.push({ text: prep === 'ل' ? conj + 'لل' : conj + prep + 'ال', hasArticle: true, nounOnly: true, future: false })
    }
    out.push({ text: conj + 'س', hasArticle: false, nounOnly: false, future: true })
  }
  return out
}

/** Every proclitic sequence, longest first (و ف ب ك ل and the article, e.g. وبال، فلل، كال). */
export const PROCLITICS: readonly Proclitic[] = buildProclitics().sort((a, b) => b.text.length - a.text.length)

/** Attached pronouns, '' for none. */
export const PRONOUNS: readonly string[] = ['', 'ه', 'ها', 'هم', 'هن', 'هما', 'ك', 'كم', 'كن', 'كما', 'نا', 'ي']

/** Endings of nouns and adjectives: nisba, sound plurals, duals. */
const NOUN_ENDINGS = ['', 'ي', 'يه', 'يين', 'يون', 'يات', 'يان', 'ين', 'ون', 'ات', 'ان', 'يا']

function combine(stems: readonly string[], tails: readonly string[]): Set<string> {
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

/**
 * Endings of a verb~ in the perfect: the subject suffixes (اعتقلت، اعتقلوا، اعتقلنا …), alone or
 * before an object pronoun (اعتقلوه — وا loses its alef —, اعتقلتهم، اعتقلتموهم).
 */
const OBJECTS = ['ه', 'ها', 'هم', 'هما', 'هن', 'ك', 'كم', 'كن', 'كما', 'ني', 'نا']
export const VERB_PERFECT_ENDINGS: ReadonlySet<string> = new Set([
  ...combine(['', 'ت', 'تا', 'تم', 'تما', 'تن', 'نا', 'وا', 'ا', 'ن'], ['']),
  ...combine(['', 'ت', 'تا', 'تما', 'تمو', 'نا', 'و', 'ا', 'ن'], OBJECTS),
])

/** Endings of a verb~ in the imperfect, after its prefix ي ت ن ا: يعتقلون، يعتقلوا، تعتقلين، يعتقلونهم، ليعتقلوه. */
export const VERB_IMPERFECT_ENDINGS: ReadonlySet<string> = new Set([
  ...combine(['', 'ون', 'ان', 'ين', 'وا', 'ا', 'ن', 'نا'], ['']),
  ...combine(['', 'ون', 'و', 'ان', 'ا', 'ين', 'ي', 'ن', 'نا'], OBJECTS),
])

/**
 * Endings of a form from the broken-plural lists (خلايا، أحزمة): a pronoun only. A nisba or plural
 * ending on a listed form makes another word (دول → دولي، تجار → تجاري، أسرى → الأسري), and the
 * pronoun ي is left out for the same reason.
 */
export const FORM_ENDINGS: ReadonlySet<string> = new Set(PRONOUNS.filter((p) => p !== 'ي'))
/** The same for a listed form written with ة, once the ة is off: ة itself, or ت before a pronoun. */
export const FORM_TEH_MARBUTA_ENDINGS: ReadonlySet<string> = new Set(['ه', ...combine(['ت'], PRONOUNS.filter((p) => p !== '' && p !== 'ي'))])

/** Prefixes of the imperfect (he/she/we/I), before a verb's imperfect stem. */
export const IMPERFECT_PREFIXES: readonly string[] = ['ي', 'ت', 'ن', 'ا']

/**
 * A sound masculine plural or a dual in any case and state, given a form in ـون or ـين (which is
 * either): مسلحون، مسلحين، in construct مسلحو (nominative) and مسلحي (oblique); the dual's
 * الجانبان، الجانبين and its construct ـا; a pronoun after the construct forms.
 */
export const PLURAL_CASE_ENDINGS: ReadonlySet<string> = new Set([...combine(['ون', 'ين', 'ان'], ['']), ...combine(['و', 'ي', 'ا'], PRONOUNS)])

/** The sound plural endings a word in a watchlist may be written with (see PLURAL_CASE_ENDINGS). */
export const SOUND_PLURAL_SUFFIXES: readonly string[] = ['ون', 'ين']

/**
 * Agreement endings an =exact word still takes: gender and number (أمني، أمنية، أمنيون، أمنيين،
 * أمنيات، أمنيان، أمنيتان), never a clitic or a pronoun.
 */
export const AGREEMENT_ENDINGS: readonly string[] = ['ه', 'ون', 'ين', 'ات', 'ان', 'تان', 'تين']
/** Agreement endings of a word written with ة (normalized ه), once the ه is taken off. */
export const TEH_MARBUTA_AGREEMENT_ENDINGS: readonly string[] = ['ه', 'ات', 'تان', 'تين']

export const MAX_ENDING_LENGTH = Math.max(
  ...[...WORD_ENDINGS, ...TEH_MARBUTA_ENDINGS, ...VERB_PERFECT_ENDINGS, ...VERB_IMPERFECT_ENDINGS, ...PLURAL_CASE_ENDINGS].map((e) => e.length),
)

/** Smallest word length where affix stripping is allowed; shorter words match exactly. */
export const MIN_AFFIXED_WORD_LENGTH = 2
