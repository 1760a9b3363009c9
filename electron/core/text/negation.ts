/**
 * Which words of a text sit in a negated or denied statement, so a mention there counts less than
 * an asserted one («لم يتم اعتقال أحد», «نفت الوزارة أي تنسيق أمني»). Two cues, both inside one
 * sentence: a negation particle a few words before (لم، لن، لا، ليس، عدم، دون …), or a verb of
 * denial anywhere before (نفى، نفت، ينفي، تنفي، نفي). One pass over the tokens: linear.
 */
import type { Token } from './tokenize'

/** Words after a particle that it may negate. */
export const NEGATION_REACH = 4

/** Particles, normalized, with the conjunctions و ف (and ب ل before عدم) they take. */
const PARTICLES = withProclitics(['لم', 'لن', 'لا', 'ليس', 'ليست', 'ليسوا', 'غير', 'عدم', 'دون', 'بدون', 'بلا'], ['', 'و', 'ف'])
  .concat(withProclitics(['عدم'], ['ب', 'ل', 'وب', 'ول']))

/** What makes a particle not a negation: لا سيما (especially), لا يزال (still), لا بد (must), غير أن (however). */
const NOT_NEGATING_NEXT = new Set(['سيما', 'يزال', 'تزال', 'يزالون', 'نزال', 'زال', 'زالت', 'بد', 'ان', 'انه', 'انها', 'اننا'])

/** Verbs and nouns of denial: everything after them in the sentence is reported as denied. */
const DENIALS = new Set(
  withProclitics(['نفى', 'نفت', 'ينفي', 'تنفي', 'نفي', 'نفيا', 'نافيا', 'نافيه', 'نفوا', 'ينفون', 'تنفيان', 'كذبت', 'فندت', 'دحضت'], ['', 'و', 'ف']).map(
    (w) => w.replace(/ى/gu, 'ي').replace(/ة/gu, 'ه'),
  ),
)

function withProclitics(words: readonly string[], proclitics: readonly string[]): string[] {
  return proclitics.flatMap((p) => words.map((w) => p + w))
}

const PARTICLE_SET = new Set(PARTICLES)

/** For each token, 1 when it is in the scope of a negation or a denial, else 0. */
export function negatedTokens(tokens: readonly Token[]): Uint8Array {
  const negated = new Uint8Array(tokens.length)
  let sentence = -1
  let denied = false
  let reachUntil = -1
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    if (token.sentence !== sentence) {
      sentence = token.sentence
      denied = false
      reachUntil = -1
    }
    // A negated list goes on through its «أو» / «ولا»: «لا توجد أي شبهة جنائية أو إرهابية».
    if (reachUntil >= 0 && i <= reachUntil + 1 && (token.norm === 'او' || token.norm === 'ولا')) reachUntil = i + 2
    if (denied || i <= reachUntil) negated[i] = 1
    // «لا صحة لـ…» (there is no truth in …) is the usual wording of a denial.
    if (DENIALS.has(token.norm) || (PARTICLE_SET.has(token.norm) && tokens[i + 1]?.norm === 'صحه')) denied = true
    else if (PARTICLE_SET.has(token.norm) && !NOT_NEGATING_NEXT.has(tokens[i + 1]?.norm ?? '')) reachUntil = i + NEGATION_REACH
  }
  return negated
}
