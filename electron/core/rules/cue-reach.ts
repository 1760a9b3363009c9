/**
 * How far a context cue (a negative term: a film, a match, a hospital) reaches. A cue said in the
 * headline or the lead frames the whole story: a novel's review, a match report. One said only
 * further down frames the part of the story it is in. So where a watchlist's evidence is an event
 * reported in a paragraph of its own past the lead (term-strength.ts: a detailed paragraph, not a
 * mention in passing) — the security drill in a festival's story, the police course in a school
 * year's — a cue that neither frames the story nor enters such a paragraph does not reach it, and
 * does not count. Where all of the evidence is in paragraphs that change the subject («على صعيد آخر،
 * …»: a roundup's second story), a cue reaches it only from inside one of them: the headline's film or
 * budget frames the story above, not the one the paragraph turns to.
 */
import type { FieldPlaces } from './evaluate-query'
import { LEAD_TOKENS, LONG_BODY_TOKENS, type NegationScopes } from './term-strength'

/** The body paragraphs where a watchlist's positive terms report what they found, worked out on first need. */
export class ReportedParagraphs {
  private paragraphs?: Set<number>
  /** Paragraphs that change the subject and hold evidence, when no evidence is anywhere else; else null. */
  private switched?: Set<number> | null

  /** `subjects`: where each holding positive term's subject is (its context aside). */
  constructor(
    private readonly subjects: Iterable<FieldPlaces>,
    private readonly negation: NegationScopes,
    private readonly pay: (units: number) => void,
  ) {}

  /** Whether a cue holding at `cue` bears on the evidence: always, unless the evidence is reported past the lead and the cue stays out of it. */
  reaches(cue: FieldPlaces): boolean {
    const switched = this.switchedOnly()
    if (switched !== null) return this.within(cue, switched)
    const reported = this.reported()
    if (reported.size === 0 || cue.title.length > 0) return true
    let looked = 0
    try {
      for (let i = 0; i < cue.body.length; i += 2, looked++) {
        if (cue.body[i] < LEAD_TOKENS || reported.has(this.negation.paragraphOf(cue.body[i]))) return true
      }
      return false
    } finally {
      this.pay(looked + 1)
    }
  }

  /** Whether a cue holds in the body inside one of `paragraphs`. */
  private within(cue: FieldPlaces, paragraphs: ReadonlySet<number>): boolean {
    let looked = 0
    try {
      for (let i = 0; i < cue.body.length; i += 2, looked++) if (paragraphs.has(this.negation.paragraphOf(cue.body[i]))) return true
      return false
    } finally {
      this.pay(looked + 1)
    }
  }

  /** The paragraphs that change the subject and hold the evidence, if the evidence is in no other place (the title included). */
  private switchedOnly(): Set<number> | null {
    if (this.switched !== undefined) return this.switched
    const paragraphs = new Set<number>()
    let looked = 0
    let elsewhere = false
    for (const subject of this.subjects) {
      if (subject.title.length > 0) elsewhere = true
      for (let i = 0; i < subject.body.length && !elsewhere; i += 2, looked++) {
        if (this.negation.inSwitchedParagraph(subject.body[i])) paragraphs.add(this.negation.paragraphOf(subject.body[i]))
        else elsewhere = true
      }
      if (elsewhere) break
    }
    this.pay(looked + 1)
    return (this.switched = elsewhere || paragraphs.size === 0 ? null : paragraphs)
  }

  private reported(): Set<number> {
    if (this.paragraphs) return this.paragraphs
    const paragraphs = new Set<number>()
    let looked = 0
    if (this.negation.bodyLength >= LONG_BODY_TOKENS) {
      for (const subject of this.subjects) {
        for (let i = 0; i < subject.body.length; i += 2, looked++) {
          const token = subject.body[i]
          if (token >= LEAD_TOKENS && !this.negation.isNegated('body', token) && this.negation.inDetailedParagraph(token)) paragraphs.add(this.negation.paragraphOf(token))
        }
      }
    }
    this.pay(looked + 1)
    return (this.paragraphs = paragraphs)
  }
}
