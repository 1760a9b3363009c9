/**
 * Which words of a text sit in a negated or denied statement, so a mention there counts less than
 * an asserted one («لم يتم اعتقال أحد», «نفت الوزارة أي تنسيق أمني»). Three cues, all inside one
 * sentence: a negation particle a few words before (لم، لن، لا، ليس، عدم، دون …), a word calling
 * what follows a rumour or a falsehood just as near (شائعات، مزاعم، أخبار كاذبة عن …), or a verb of
 * denial anywhere before (نفى، نفت، ينفي، تنفي، نفي). One pass over the tokens: linear.
 */
import { normalize } from './normalize'
import type { Token } from './tokenize'

/** Words after a particle that it may negate. */
export const NEGATION_REACH = 4

/**
 * After a particle, a denial of the whole rest of the sentence: «لا صحة لـ…» (no truth in),
 * «لا صلة لها بأي فكر متطرف», «لا علاقة له بالتنظيم» (no link to).
 */
const DENIED_BY_NO = new Set(['صحه', 'صله', 'علاقه', 'ارتباط'])

/** What follows a particle and makes it not negate what comes after. */
const STILL = ['يزال', 'تزال', 'يزالون', 'نزال', 'زال', 'زالت']
const THAT = ['ان', 'انه', 'انها', 'اننا']

interface Particle {
  /** Words after it that it negates. */
  readonly reach: number
  /** Next words that make it something else: لا سيما (especially), لا يقل عن (at least), لم يعد (no longer), دون طيار (drone), غير أن (however). */
  readonly notBefore: ReadonlySet<string>
  /** When set, the only next words with which it negates at all (a rumour «عن» something). */
  readonly onlyBefore?: ReadonlySet<string>
  /** What it makes of the words it reaches: NEGATED, or DENIED for a rumour's. */
  readonly scope: typeof NEGATED | typeof DENIED
}

/** A token's scope in negatedTokens: negated by a particle («لم يُعتقل»), or reported as denied or rumoured. */
export const NEGATED = 1
export const DENIED = 2

const particle = (reach: number, notBefore: readonly string[] = []): Particle => ({ reach, notBefore: new Set(notBefore), scope: NEGATED })

/** Saying what a rumour is about: «شائعات عن …», «مزاعم بشأن …». */
const ABOUT = new Set(['عن', 'بشأن', 'حول', 'بخصوص', 'حيال'].map(normalize))

/** A rumour word reaches past its «عن» as far as a particle reaches past itself. */
const RUMOUR: Particle = { ...particle(NEGATION_REACH + 1), onlyBefore: ABOUT, scope: DENIED }

/** By normalized word. غير negates the word after it (غير مرخصة، غير مسلح); the others a few words. */
const PARTICLE_BY_WORD: ReadonlyMap<string, Particle> = new Map([
  ['لم', particle(NEGATION_REACH, ['يعد', 'تعد', 'يعودوا'])],
  ['لن', particle(NEGATION_REACH)],
  ['لا', particle(NEGATION_REACH, ['سيما', 'يقل', 'تقل', 'شك', 'بد', 'ريب', ...STILL])],
  ['ليس', particle(NEGATION_REACH)],
  ['ليست', particle(NEGATION_REACH)],
  ['ليسوا', particle(NEGATION_REACH)],
  ['غير', particle(1, THAT)],
  ['عدم', particle(NEGATION_REACH, ['الاستقرار', 'استقرار'])],
  ['دون', particle(NEGATION_REACH, ['طيار'])],
  ['بدون', particle(NEGATION_REACH, ['طيار'])],
  ['بلا', particle(NEGATION_REACH)],
  // What a rumour, a false report or an allegation is about is not asserted by the text: «أخبار
  // كاذبة عن توقيف مشاهير», «بادعاءات عن القبض على صاحب الحساب», «مزاعم عن اعتقال ناشطين». Only
  // with «عن» and the like after it: «ضبط مروجي الشائعات وتوقيف اثنين» asserts the arrest. (شائعة
  // alone is also "common".)
  ...withProclitics(['شائعات', 'إشاعات', 'إشاعة', 'ادعاءات', 'مزاعم', 'أكاذيب', 'كاذبة', 'مفبركة', 'ملفقة', 'مغلوطة'], ['', 'ب', 'ل', 'ال', 'بال', 'لل']).map(
    (word): [string, Particle] => [normalize(word), RUMOUR],
  ),
])

/** The particle a token is, with و or ف before it (and ب or ل before عدم); «فلم» is left out: it is also "film". */
function particleOf(norm: string): Particle | undefined {
  return PARTICLE_FORMS.get(norm)
}

const CONJUNCTIONS = ['', 'و', 'ف']
/** «بعدم» and «لعدم» (for not …), with or without و. */
const WITH_ADAM = new Set(['بعدم', 'لعدم', 'وبعدم', 'ولعدم'])

/**
 * Every written form of a particle, its conjunction included: one lookup per token, where trying
 * each conjunction sliced the token and hashed a new string up to three times. A form two ways
 * (conjunction + word, or a word of its own) is the first one in the order of CONJUNCTIONS.
 */
const PARTICLE_FORMS: ReadonlyMap<string, Particle> = (() => {
  const forms = new Map<string, Particle>()
  for (const conjunction of CONJUNCTIONS) {
    for (const [word, found] of PARTICLE_BY_WORD) if (!forms.has(conjunction + word)) forms.set(conjunction + word, found)
  }
  for (const word of WITH_ADAM) if (!forms.has(word)) forms.set(word, PARTICLE_BY_WORD.get('عدم') as Particle)
  forms.delete('فلم')
  return forms
})()

/**
 * Verbs and nouns of denial: everything after them in the sentence is reported as denied. Giving the
 * lie («يكذّب شائعة احتجازه», unvowelled also «he lies»: either way not asserted) and refuting
 * (فنّد، دحض) in every person and tense, and their verbal nouns.
 */
const DENIALS = new Set(
  withProclitics(
    [
      ...['نفى', 'نفت', 'ينف', 'تنف', 'ينفي', 'تنفي', 'نفي', 'نفيا', 'نافيا', 'نافيه', 'نفوا', 'ينفون', 'تنفيان'],
      ...['كذب', 'كذبت', 'يكذب', 'تكذب', 'كذبوا', 'يكذبون', 'تكذيب', 'مكذبا'],
      ...['فند', 'فندت', 'يفند', 'تفند', 'فندوا', 'تفنيد', 'دحض', 'دحضت', 'يدحض', 'تدحض'],
    ],
    ['', 'و', 'ف'],
  ).map(normalize),
)

/**
 * Verbs of ruling out, which also mean "left out" (استبعد المدرب اللاعب): a denial only when what
 * is ruled out follows within RULED_OUT_REACH words — a clause or a possibility (استبعدت الشرطة أن
 * يكون…، استبعد مصدر أمني وجود أي شبهة).
 */
const RULING_OUT = new Set(
  withProclitics(['استبعد', 'استبعدت', 'يستبعد', 'تستبعد', 'يستبعدون', 'استبعدوا', 'مستبعدا', 'مستبعدة', 'مستبعد'], ['', 'و', 'ف']).map(normalize),
)
const RULED_OUT = new Set(['أن', 'وجود', 'أي', 'فرضية', 'احتمال', 'شبهة', 'فرضيات', 'كون'].map(normalize))
const RULED_OUT_REACH = 6

/** Whether the token at `i` rules something out: a clause or a possibility follows it in its sentence. */
function rulesOut(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + RULED_OUT_REACH && k < tokens.length && tokens[k].sentence === tokens[i].sentence; k++) {
    if (RULED_OUT.has(tokens[k].norm)) return true
  }
  return false
}

/** Whether what follows token i says what it is about: «عن» (not «عن طريق», by means of) and the like. */
function about(tokens: readonly Token[], i: number, words: ReadonlySet<string>): boolean {
  return words.has(tokens[i + 1]?.norm ?? '') && tokens[i + 2]?.norm !== 'طريق'
}

function withProclitics(words: readonly string[], proclitics: readonly string[]): string[] {
  return proclitics.flatMap((p) => words.map((w) => p + w))
}

/**
 * For each token, NEGATED when a negation particle reaches it, DENIED when a denial («نفت …»، «لا
 * صحة لـ…»، ruling out) or a rumour («شائعات عن …») does, else 0. The whole text in one pass: the
 * matcher asks SentenceNegation instead, which must agree with this (negation.test.ts).
 */
export function negatedTokens(tokens: readonly Token[]): Uint8Array {
  return negatedInRange(tokens, 0, tokens.length, new Uint8Array(tokens.length))
}

/**
 * negatedTokens, worked out a sentence at a time on first need: a scope never crosses a sentence
 * end, and most of a long article's sentences hold no term whose occurrence needs weighing.
 */
export class SentenceNegation {
  private readonly scopes: Uint8Array
  private readonly known: Uint8Array

  constructor(private readonly tokens: readonly Token[]) {
    this.scopes = new Uint8Array(tokens.length)
    this.known = new Uint8Array(tokens.length)
  }

  /** The token's scope: 0, NEGATED or DENIED. */
  scopeAt(token: number): number {
    if (this.known[token] === 0) {
      const tokens = this.tokens
      const sentence = tokens[token].sentence
      let from = token
      while (from > 0 && tokens[from - 1].sentence === sentence) from--
      let to = token + 1
      while (to < tokens.length && tokens[to].sentence === sentence) to++
      negatedInRange(tokens, from, to, this.scopes)
      this.known.fill(1, from, to)
    }
    return this.scopes[token]
  }
}

/** Scopes of tokens [from, to) into `negated` (the words after `to` may be read, as cues' next words). */
function negatedInRange(tokens: readonly Token[], from: number, to: number, negated: Uint8Array): Uint8Array {
  let sentence = -1
  let denied = false
  let reachUntil = -1
  /** The reach of the particle whose scope is open: a list through «أو» continues by as much. */
  let openReach = 0
  /** The open particle's scope (Particle.scope). */
  let openScope: Particle['scope'] = NEGATED
  for (let i = from; i < to; i++) {
    const token = tokens[i]
    if (token.sentence !== sentence) {
      sentence = token.sentence
      denied = false
      reachUntil = -1
      openReach = 0
    }
    // A negated list goes on through its «أو» / «ولا»: «لا توجد أي شبهة جنائية أو إرهابية».
    // (غير negates one word: «الهجرة غير الشرعية أو تهريب المخدرات» denies no smuggling.)
    if (openReach > 1 && reachUntil >= 0 && i <= reachUntil + 1 && (token.norm === 'او' || token.norm === 'ولا')) reachUntil = Math.max(reachUntil, i + openReach)
    if (denied) negated[i] = DENIED
    else if (i <= reachUntil) negated[i] = openScope
    const next = tokens[i + 1]?.norm ?? ''
    const negator = particleOf(token.norm)
    // «لا صحة لـ…» (there is no truth in …) is the usual wording of a denial. A denial that is
    // itself negated («لم تستبعد», «لم ينف», «ليس مستبعدا») leaves open what follows: it ends the
    // particle's reach instead of denying.
    const ruling = RULING_OUT.has(token.norm)
    if (DENIALS.has(token.norm) || ruling) {
      if (negated[i] !== 0 && !denied) reachUntil = i
      else if (!ruling || rulesOut(tokens, i)) denied = true
    } else if (negator && !negator.onlyBefore && DENIED_BY_NO.has(next)) denied = true
    else if (negator && !negator.notBefore.has(next) && (!negator.onlyBefore || about(tokens, i, negator.onlyBefore)) && i + negator.reach > reachUntil) {
      reachUntil = i + negator.reach
      openReach = negator.reach
      openScope = negator.scope
    }
  }
  return negated
}
