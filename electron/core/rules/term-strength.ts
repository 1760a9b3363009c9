/**
 * How much one term's occurrences weigh: a title occurrence more than a body one (a headline about
 * it is stronger evidence), an asserted one more than a negated or denied one («لم يُعتقل أحد»,
 * «نفت الوزارة …»). A term counts once, at its strongest occurrence of its subject (the left side
 * of NEAR and SENT: the right is context).
 */
import { negatedTokens } from '../text/negation'
import type { Token } from '../text/tokenize'
import { leadOf, type Evaluation } from './evaluate-query'
import type { Field } from './types'

export const FIELD_WEIGHT: Record<Field, number> = { title: 2, body: 1 }

/**
 * What a negated or denied occurrence is worth, wherever it is: half an asserted body mention. A
 * headline that denies («الداخلية تنفي توقيف …») is no stronger evidence than a body that does.
 */
export const NEGATED_FACTOR = 0.5

/** Negation scopes of an article's fields, worked out on first need (most articles have no hit), and the strengths already weighed. */
export class NegationScopes {
  private readonly scopes: Partial<Record<Field, Uint8Array>> = {}
  /** Strength by evaluation: a term set's result is one object shared by every term naming it. */
  readonly strengths = new Map<object, number>()
  constructor(private readonly tokens: Record<Field, readonly Token[]>) {}

  isNegated(field: Field, token: number): boolean {
    const scope = (this.scopes[field] ??= negatedTokens(this.tokens[field]))
    return scope[token] === 1
  }
}

/**
 * The strongest occurrence's factor: 2 for an asserted title occurrence, 1 in the body, 0.5 negated
 * anywhere. Stops at the first occurrence that cannot be beaten, pays `pay` for the occurrences it
 * looks at, and weighs each shared result once.
 */
export function termStrength(result: Evaluation, negation: NegationScopes, pay: (units: number) => void): number {
  // Weighed where the term's subject is: `اعتقال SENT الشرطة` is as negated as its اعتقال.
  const subject = leadOf(result)
  const known = negation.strengths.get(subject)
  if (known !== undefined) return known
  let best = 0
  let looked = 0
  search: for (const field of ['title', 'body'] as const) {
    const list = subject[field]
    for (let i = 0; i < list.length; i += 2) {
      looked++
      if (negation.isNegated(field, list[i])) {
        best = Math.max(best, NEGATED_FACTOR)
        continue
      }
      best = Math.max(best, FIELD_WEIGHT[field])
      // An asserted title occurrence is the most there is; an asserted body one the most the body gives.
      if (field === 'title' || best >= FIELD_WEIGHT.body) break search
    }
  }
  pay(looked)
  negation.strengths.set(subject, best)
  return best
}
