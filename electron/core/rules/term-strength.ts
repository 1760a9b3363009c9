/**
 * How much one term's occurrences weigh: a title occurrence more than a body one (a headline about
 * it is stronger evidence), an asserted one more than a negated or denied one («لم يُعتقل أحد»,
 * «نفت الوزارة …»). A term counts once, at its strongest occurrence of its subject (the left side
 * of NEAR and SENT: the right is context). A headline that only denies it (a denial or a rumour,
 * not a negation particle) makes every body mention a claim it denies.
 */
import { DENIED, SentenceNegation } from '../text/negation'
import { paragraphsOf, type Paragraphs } from '../text/paragraphs'
import type { Token } from '../text/tokenize'
import { leadOf, type Evaluation, type FieldPlaces } from './evaluate-query'
import type { Field } from './types'

export const FIELD_WEIGHT: Record<Field, number> = { title: 2, body: 1 }

/**
 * What a negated or denied occurrence is worth, wherever it is: half an asserted body mention. A
 * headline that denies («الداخلية تنفي توقيف …») is no stronger evidence than a body that does.
 */
export const NEGATED_FACTOR = 0.5

/**
 * A long article's passing mention: one asserted body occurrence, past the lead, of a term the
 * title and the lead never use. Stories are about what their headline and first lines say; a
 * feature on football that mentions an arrest once in its eighth paragraph is not about arrests.
 * Less than a body mention, so a weight-2 term alone stays under a threshold of 2, but not half:
 * a framing cue read in passing (a film, a match) keeps most of its weight, and two weight-2 terms
 * read in passing (1.5 each) pass the threshold together (0.75 chosen on the development part from
 * 0.5 to 1).
 */
export const PASSING_FACTOR = 0.75
/** Body tokens from which an article is long, and the tokens that make its lead. */
export const LONG_BODY_TOKENS = 150
export const LEAD_TOKENS = 60
/**
 * Sentences (the tokenizer's: . ؟ ! ؛ … and line breaks) from which a paragraph reports what it
 * mentions: past the lead, an event told in a paragraph of its own («وفي سياق آخر، نفّذت … تمريناً …
 * وشارك فيه … واستمر …») is news, not a word in passing (3 chosen on the development part: 2 also
 * took clauses in long paragraphs). Such a paragraph is one part of the story, half of its
 * sentences at most: a body that keeps no line breaks but a dateline's is not "a paragraph".
 */
export const DETAILED_PARAGRAPH_SENTENCES = 3
/**
 * Words from which a paragraph reports what it mentions, however few its sentences: Arabic news
 * runs a report into one or two long sentences joined by و and commas («وتزامناً مع الانتقال، أنهى
 * 40 محققاً … برنامجاً مكثفاً استمر أسبوعين في … وتضمن …»). Half of the body's words at most, as
 * for sentences. 65 chosen on the development part from 35 to 90: below 60 passing mentions in hard
 * negatives began to count in full; above 70 the one-sentence reports were passing again.
 */
export const DETAILED_PARAGRAPH_WORDS = 65

/**
 * Negation scopes of an article's fields and the sizes of its body's paragraphs, worked out on first
 * need (most articles have no hit), and the strengths already weighed.
 */
export class NegationScopes {
  private readonly scopes: Partial<Record<Field, SentenceNegation>> = {}
  private paragraphs?: Paragraphs
  /** Strength by evaluation: a term set's result is one object shared by every term naming it. */
  readonly strengths = new Map<object, number>()
  /**
   * For a subject weighed below a body mention: where its weak occurrences are, as statement keys —
   * a negated or denied sentence, or a body sentence a denying headline governs (deniedKey), each
   * word of a passing mention (passingKey). Terms whose keys meet read one statement (see
   * countWeakStatementsOnce).
   */
  readonly weakIn = new Map<object, number[]>()
  /** `body`: the text the body tokens come from (their offsets), to find its line breaks. */
  constructor(
    private readonly tokens: Record<Field, readonly Token[]>,
    private readonly body: string,
  ) {}

  get bodyLength(): number {
    return this.tokens.body.length
  }

  isNegated(field: Field, token: number): boolean {
    return this.scopeOf(field).scopeAt(token) !== 0
  }

  /**
   * Whether a body token's paragraph has DETAILED_PARAGRAPH_SENTENCES sentences or more, or
   * DETAILED_PARAGRAPH_WORDS words, and at most half of the body's: a body of one paragraph (a feed
   * that keeps no line breaks, or only a dateline's) says nothing by its paragraphs.
   */
  inDetailedParagraph(token: number): boolean {
    const paragraphs = this.paragraphsOfBody()
    const sentence = this.tokens.body[token].sentence
    const size = paragraphs.sentencesBySentence[sentence]
    if (size >= DETAILED_PARAGRAPH_SENTENCES && 2 * size <= paragraphs.sentences) return true
    const words = paragraphs.wordsBySentence[sentence]
    return words >= DETAILED_PARAGRAPH_WORDS && 2 * words <= paragraphs.words
  }

  /** Whether a body token's paragraph opens by changing the subject: a story of its own (topic-switch.ts). */
  inSwitchedParagraph(token: number): boolean {
    return this.paragraphsOfBody().switchedBySentence[this.tokens.body[token].sentence] === 1
  }

  /** The body paragraph (numbered from 0) a body token is in. */
  paragraphOf(token: number): number {
    return this.paragraphsOfBody().paragraphBySentence[this.tokens.body[token].sentence]
  }

  private paragraphsOfBody(): Paragraphs {
    return (this.paragraphs ??= paragraphsOf(this.tokens.body, this.body))
  }

  /** Denied or rumoured («نفت …», «شائعات عن …»), not merely under a negation particle. */
  isDenied(field: Field, token: number): boolean {
    return this.scopeOf(field).scopeAt(token) === DENIED
  }

  private scopeOf(field: Field): SentenceNegation {
    return (this.scopes[field] ??= new SentenceNegation(this.tokens[field]))
  }

  /** A sentence of either field as one number: the body's from 0 up, the title's from -1 down. */
  signedSentence(field: Field, token: number): number {
    const sentence = this.tokens[field][token].sentence
    return field === 'body' ? sentence : -1 - sentence
  }
}

/**
 * The strongest occurrence's factor: 2 for an asserted title occurrence, 1 in the body, 0.5 negated
 * anywhere. Stops at the first occurrence that cannot be beaten, pays `pay` for the occurrences it
 * looks at, and weighs each shared result once. `subjectAlone`: where the term's subject holds
 * without its context (term-subject.ts), asked only for a long article's weak body mention.
 */
export function termStrength(result: Evaluation, negation: NegationScopes, pay: (units: number) => void, subjectAlone?: (() => FieldPlaces) | null): number {
  // Weighed where the term's subject is: `اعتقال SENT الشرطة` is as negated as its اعتقال.
  const subject = leadOf(result)
  const known = negation.strengths.get(subject)
  if (known !== undefined) return known
  let best = 0
  let looked = 0
  // A denial is one statement however many of its words terms read; a passing sentence is not: two
  // terms at two places in it («اعتقال شخص ومداهمة منزله») are a detailed statement, and add up,
  // while two reading one word («قوات الأمن» and الأمن) are one mention. (Plain functions, not
  // closures: this runs for every candidate term.)
  const weak: number[] = []
  let headlineDenies = subject.title.length > 0
  for (let i = 0; i < subject.title.length && best < FIELD_WEIGHT.title; i += 2) {
    looked++
    const negated = negation.isNegated('title', subject.title[i])
    if (negated) noteWeak(weak, deniedKey(negation.signedSentence('title', subject.title[i])))
    headlineDenies &&= negated && negation.isDenied('title', subject.title[i])
    best = Math.max(best, negated ? NEGATED_FACTOR : FIELD_WEIGHT.title)
  }
  // A headline that denies it («الداخلية تنفي توقيف …», not a particle's «بلا مقاومة») makes the
  // body's mentions the claims it denies: each is a denied statement, joined to the headline's by
  // the terms that read both. (Per term: a term the headline does not name reads the body as usual.)
  if (headlineDenies) {
    for (let i = 0; i < subject.body.length && weak.length < MAX_WEAK_STATEMENTS; i += 2) {
      looked++
      noteWeak(weak, deniedKey(negation.signedSentence('body', subject.body[i])))
    }
  } else if (best < FIELD_WEIGHT.body) {
    const long = negation.bodyLength >= LONG_BODY_TOKENS
    let asserted = 0
    let lastStart = -1
    for (let i = 0; i < subject.body.length; i += 2) {
      looked++
      if (negation.isNegated('body', subject.body[i])) {
        noteWeak(weak, deniedKey(negation.signedSentence('body', subject.body[i])))
        best = Math.max(best, NEGATED_FACTOR)
        continue
      }
      // Two alternatives at one place (اعتقال and «اعتقال الصحفي») are one mention, not two.
      if (subject.body[i] === lastStart) continue
      lastStart = subject.body[i]
      asserted++
      // In a short text, in the lead, said twice, in a paragraph of its own or in one that changes the
      // subject («على صعيد آخر، …»): a full body mention,
      // the most the body gives. So in a story whose headline or lead asserts the subject without
      // its context («الداخلية تختتم تمريناً» before the body says it is a police drill): passing is
      // about the story, not the term.
      if (
        !long ||
        subject.body[i] < LEAD_TOKENS ||
        asserted >= 2 ||
        negation.inDetailedParagraph(subject.body[i]) ||
        negation.inSwitchedParagraph(subject.body[i]) ||
        (subjectAlone && headlineOrLeadAsserts(subjectAlone(), negation, pay))
      ) {
        best = FIELD_WEIGHT.body
        break
      }
      for (let t = subject.body[i]; t <= subject.body[i + 1] && weak.length < MAX_WEAK_STATEMENTS; t++) noteWeak(weak, passingKey(t))
      best = Math.max(best, PASSING_FACTOR)
    }
  }
  pay(looked)
  negation.strengths.set(subject, best)
  if (best < FIELD_WEIGHT.body) negation.weakIn.set(subject, weak)
  return best
}

/**
 * Whether a subject is asserted in the title or the body's lead, its context aside (a headline that
 * says «لم يكن عملاً إرهابياً» does not make the story about terrorism). Intervals are in order, so
 * it stops at the first place past the lead; `pay` is paid for the places looked at.
 */
function headlineOrLeadAsserts(named: FieldPlaces, negation: NegationScopes, pay: (units: number) => void): boolean {
  let looked = 0
  try {
    for (let i = 0; i < named.title.length; i += 2, looked++) if (!negation.isNegated('title', named.title[i])) return true
    for (let i = 0; i < named.body.length && named.body[i] < LEAD_TOKENS; i += 2, looked++) if (!negation.isNegated('body', named.body[i])) return true
    return false
  } finally {
    pay(looked + 1)
  }
}

/** Weak statement keys kept per term: enough to join it to the statements it shares, bounded whatever the text. */
export const MAX_WEAK_STATEMENTS = 32

/** Statement keys: a denied sentence is even (the title's negative), a word read in passing odd. */
const deniedKey = (signedSentence: number): number => 2 * signedSentence
const passingKey = (token: number): number => 2 * token + 1

/** Keeps a statement key (once in a row, and at most MAX_WEAK_STATEMENTS of them). */
function noteWeak(weak: number[], key: number): void {
  if (weak.length < MAX_WEAK_STATEMENTS && weak[weak.length - 1] !== key) weak.push(key)
}

/**
 * Terms weighed only at weak statements (a denial's sentence, a passing mention's place): those
 * whose statements meet — directly or through another such term — read one statement, which counts
 * once, as the largest of them (the first, on a tie). Returns the indexes (into `weak`) whose
 * contribution is already counted. A headline that repeats a denial of the body joins it rather
 * than doubling it; a word two terms read in passing is one mention.
 */
export function countWeakStatementsOnce(weak: readonly { readonly statements: readonly number[]; readonly contribution: number }[]): Set<number> {
  const parent = weak.map((_, i) => i)
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]]
    return i
  }
  const firstIn = new Map<number, number>()
  weak.forEach((w, i) => {
    for (const statement of w.statements) {
      const other = firstIn.get(statement)
      if (other === undefined) firstIn.set(statement, i)
      else parent[root(i)] = root(other)
    }
  })
  const largest = new Map<number, number>()
  weak.forEach((w, i) => {
    const r = root(i)
    const best = largest.get(r)
    if (best === undefined || w.contribution > weak[best].contribution) largest.set(r, i)
  })
  return new Set(weak.flatMap((_, i) => (largest.get(root(i)) === i ? [] : [i])))
}
