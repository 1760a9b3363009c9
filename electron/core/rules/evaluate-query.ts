/**
 * Evaluates a parsed query over the phrases found in one article: whether it holds, and where
 * (token intervals per field). Every operator is a forward merge over sorted intervals, paid for
 * from the article's work budget, so the cost stays linear in the article whatever the query.
 *
 * Where a part holds is where its subject is (Evaluation.lead), and that is what gets highlighted
 * and weighed: a phrase where it is; OR where any side is; `a NEAR b` and `a SENT b` the a's with
 * a b close by (b is context); `a NOT NEAR b` the a's with no b close by; `a AND b` where a is
 * (b is context that must be somewhere in the article); `@set{n}` the members in sentences with n
 * different ones; NOT nowhere. NEAR chains still measure
 * closeness between all the words of both sides.
 */
import type { Token } from '../text/tokenize'
import { closeTo, intervalCount, merge, mergeAll, mergeRounds, nearTo, NO_INTERVALS, without, type Intervals } from './intervals'
import { inSentencesWithDistinct } from './distinct-members'
import type { PhraseOccurrences } from './phrase-scan'
import type { Proximity } from './query'
import type { Field } from './types'
import type { WorkBudget } from './work-budget'

export const FIELDS: readonly Field[] = ['title', 'body']

/**
 * A query as the matcher evaluates it: a parsed query with each phrase replaced by its id in the
 * matcher's phrase table. A term set is one node shared by every query that names it.
 */
export type CompiledNode =
  | { readonly kind: 'phrase'; readonly id: number }
  | { readonly kind: 'and'; readonly items: readonly CompiledNode[] }
  /**
   * An OR keeps its phrase alternatives apart as ids: a large set is mostly phrases, checked in one
   * tight loop. `triggers[k]`: phrases one of which items[k] needs found to hold (query-table.ts,
   * triggersOf), or null; an item none of whose triggers is found is not evaluated.
   */
  | { readonly kind: 'or'; readonly phrases: Int32Array; readonly items: readonly CompiledNode[]; readonly triggers: readonly (Int32Array | null)[] }
  | { readonly kind: 'not'; readonly item: CompiledNode }
  | { readonly kind: 'near'; readonly distance: Proximity; readonly negated: boolean; readonly left: CompiledNode; readonly right: CompiledNode }
  /** `id`: the set's number in the query table (Run.liveSets). */
  | { readonly kind: 'set'; readonly id: number; readonly item: CompiledNode }
  /** `@name{n}`: the set's members one by one (see distinct-members.ts); `set` its number; `triggers` as an OR's. */
  | { readonly kind: 'distinct'; readonly set: number; readonly count: number; readonly members: readonly CompiledNode[]; readonly triggers: readonly (Int32Array | null)[] }

/** Where a query part holds, by field: token intervals of the title and of the body. */
export type FieldPlaces = { readonly title: Intervals; readonly body: Intervals }

/** Whether a query part holds, and where (per field) it does. */
export interface Evaluation {
  readonly ok: boolean
  readonly title: Intervals
  readonly body: Intervals
  /**
   * Where the part's own subject is, when that is less than where it holds: `a NEAR b` and `a SENT b`
   * hold (and are highlighted) on both sides, but are about a — b is context. A term is weighed at
   * its subject's occurrences (negated or not, title or body: term-strength.ts). Absent: all of it.
   */
  readonly lead?: FieldPlaces
}

/** The intervals a part is about (see Evaluation.lead). */
export const leadOf = (e: Evaluation): FieldPlaces => e.lead ?? e

export const NO_MATCH: Evaluation = { ok: false, title: NO_INTERVALS, body: NO_INTERVALS }
const HOLDS_NOWHERE: Evaluation = { ok: true, title: NO_INTERVALS, body: NO_INTERVALS }

/** One article's matching state: its tokens, the phrases found, the budget left. */
export interface Run {
  readonly tokens: Record<Field, Token[]>
  readonly occurrences: Record<Field, PhraseOccurrences>
  readonly budget: WorkBudget
  /** 1 for each phrase id found in either field: most phrases of a large set are absent, and say so cheaply. */
  readonly found: Uint8Array
  /** Term sets (and `@set{n}`) already evaluated on this article: a set named by many queries costs once. */
  readonly sets: Map<CompiledNode, Evaluation>
  /**
   * By set number, 1 when the set holds a phrase found (itself or through a set it names): a set
   * is an OR of queries that each need a phrase of their own, so the others cannot hold and are
   * not walked. Most of a large set's tree is absent from any one article.
   */
  readonly liveSets: Uint8Array
  /** A token's sentence, by field (for SENT and `@set{n}`): one function per article, not one per node. */
  readonly sentenceOf: Record<Field, (token: number) => number>
}

/** The sentence lookups of an article's tokens (Run.sentenceOf). */
export function sentenceLookups(tokens: Record<Field, Token[]>): Record<Field, (token: number) => number> {
  return { title: (token) => tokens.title[token].sentence, body: (token) => tokens.body[token].sentence }
}

/** Thrown inside an evaluation when the budget cannot pay for the next step. */
export class OutOfBudget extends Error {}

/**
 * Whether a compiled query holds in the run's article, and where. A plain recursive function: it
 * runs for every node of every candidate term. `subjectOnly`: the caller needs only where the part
 * holds as a subject (leadOf) — a term is weighed and highlighted there, and NOT asks only whether
 * it holds — so where both sides of a NEAR hold is not worked out (a set is always evaluated in full:
 * its result is shared).
 */
export function evaluateQuery(n: CompiledNode, run: Run, subjectOnly = false): Evaluation {
  pay(run, 1)
  switch (n.kind) {
    case 'phrase': {
      if (run.found[n.id] !== 1) return NO_MATCH
      return { ok: true, title: run.occurrences.title.get(n.id) ?? NO_INTERVALS, body: run.occurrences.body.get(n.id) ?? NO_INTERVALS }
    }
    case 'set': {
      if (run.liveSets[n.id] === 0) return NO_MATCH
      // Shared: evaluated once per article, however many queries name it (as @set{n} below; no
      // closure for it, this is the hottest case).
      let result = run.sets.get(n)
      if (!result) run.sets.set(n, (result = evaluateQuery(n.item, run)))
      return result
    }
    case 'not':
      return evaluateQuery(n.item, run, true).ok ? NO_MATCH : HOLDS_NOWHERE
    case 'and': {
      let located: Evaluation | undefined
      for (const item of n.items) {
        const part = evaluateQuery(item, run, subjectOnly)
        if (!part.ok) return NO_MATCH
        if (!located && (part.title.length > 0 || part.body.length > 0)) located = part
      }
      return located ?? HOLDS_NOWHERE
    }
    case 'or': {
      const parts: Evaluation[] = []
      pay(run, n.phrases.length)
      const { phrases } = n
      for (let i = 0; i < phrases.length; i++) {
        const id = phrases[i]
        if (run.found[id] === 1) parts.push({ ok: true, title: run.occurrences.title.get(id) ?? NO_INTERVALS, body: run.occurrences.body.get(id) ?? NO_INTERVALS })
      }
      for (let k = 0; k < n.items.length; k++) {
        if (!mayHold(n.triggers[k], run.found)) continue
        const part = evaluateQuery(n.items[k], run, subjectOnly)
        if (part.ok) parts.push(part)
      }
      if (parts.length <= 1) return parts[0] ?? NO_MATCH
      const size = parts.reduce((sum, p) => sum + intervalCount(p.title) + intervalCount(p.body), 0)
      pay(run, size * mergeRounds(parts.length))
      if (subjectOnly) return { ok: true, title: mergedLeads(parts, 'title'), body: mergedLeads(parts, 'body') }
      const merged = { ok: true, title: mergeAll(parts.map((p) => p.title)), body: mergeAll(parts.map((p) => p.body)) }
      if (!parts.some((p) => p.lead)) return merged
      pay(run, size * mergeRounds(parts.length))
      return { ok: true, title: merged.title, body: merged.body, lead: { title: mergedLeads(parts, 'title'), body: mergedLeads(parts, 'body') } }
    }
    case 'near':
      return evaluateNear(n, run, subjectOnly)
    case 'distinct': {
      if (run.liveSets[n.set] === 0) return NO_MATCH
      let result = run.sets.get(n)
      if (!result) run.sets.set(n, (result = evaluateDistinct(n, run)))
      return result
    }
  }
}

/** Whether an item with these triggers (CompiledNode's 'or') may hold: null, or one of them found. */
function mayHold(triggers: Int32Array | null, found: Uint8Array): boolean {
  if (triggers === null) return true
  for (let i = 0; i < triggers.length; i++) if (found[triggers[i]] === 1) return true
  return false
}

/** Where the alternatives of an OR hold as subjects, in one field. */
function mergedLeads(parts: readonly Evaluation[], field: Field): Intervals {
  return mergeAll(parts.map((p) => leadOf(p)[field]))
}

/** Where n different members of a set share a sentence; weighed and highlighted at those members. */
function evaluateDistinct(n: Extract<CompiledNode, { kind: 'distinct' }>, run: Run): Evaluation {
  const found: Evaluation[] = []
  for (let k = 0; k < n.members.length; k++) {
    if (!mayHold(n.triggers[k], run.found)) continue
    const member = evaluateQuery(n.members[k], run, true)
    if (member.ok) found.push(member)
  }
  if (found.length < n.count) return NO_MATCH
  const size = found.reduce((sum, e) => sum + intervalCount(leadOf(e).title) + intervalCount(leadOf(e).body), 0)
  pay(run, size * (mergeRounds(found.length) + n.count + 1))
  const where = (field: Field): Intervals =>
    inSentencesWithDistinct(
      found.map((e) => leadOf(e)[field]),
      n.count,
      run.sentenceOf[field],
    )
  const title = where('title')
  const body = where('body')
  return title.length > 0 || body.length > 0 ? { ok: true, title, body } : NO_MATCH
}

function evaluateNear(n: Extract<CompiledNode, { kind: 'near' }>, run: Run, subjectOnly: boolean): Evaluation {
  const left = evaluateQuery(n.left, run, subjectOnly)
  if (!left.ok) return NO_MATCH
  const right = evaluateQuery(n.right, run)
  if (!right.ok) return n.negated ? left : NO_MATCH
  pay(run, 2 * (intervalCount(left.title) + intervalCount(left.body) + intervalCount(right.title) + intervalCount(right.body)))
  // Plain functions below, not closures: this runs for every NEAR and SENT of every candidate term.
  const subject = leadOf(left)
  if (n.negated) {
    // The part holds where its subject does: a chain whose subject has nothing kept does not hold.
    const lead = { title: keptAway(n, run, 'title', subject.title, right.title), body: keptAway(n, run, 'body', subject.body, right.body) }
    if (lead.title.length === 0 && lead.body.length === 0) return NO_MATCH
    // Without a lead of its own the left side is its subject: what is kept is the lead.
    if (subjectOnly || !left.lead) return { ok: true, title: lead.title, body: lead.body }
    return { ok: true, title: keptAway(n, run, 'title', left.title, right.title), body: keptAway(n, run, 'body', left.body, right.body), lead }
  }
  // `a NEAR b NEAR c` is about a: it holds only where some a is close enough, not where b alone is.
  const lead = { title: close(n, run, 'title', subject.title, right.title), body: close(n, run, 'body', subject.body, right.body) }
  if (lead.title.length === 0 && lead.body.length === 0) return NO_MATCH
  if (subjectOnly) return { ok: true, title: lead.title, body: lead.body }
  return { ok: true, title: bothClose(n, run, 'title', left.title, right.title), body: bothClose(n, run, 'body', left.body, right.body), lead }
}

type NearNode = Extract<CompiledNode, { kind: 'near' }>

/** The places of `a` within the node's distance of some `b` (in one sentence, for SENT). */
function close(n: NearNode, run: Run, field: Field, a: Intervals, b: Intervals): Intervals {
  return n.distance === 'sentence' ? closeTo(a, b, 0, run.sentenceOf[field]) : nearTo(a, b, n.distance)
}

/** The places of `a` with no `b` that close (NOT NEAR, NOT SENT). */
function keptAway(n: NearNode, run: Run, field: Field, a: Intervals, b: Intervals): Intervals {
  return without(a, close(n, run, field, a, b))
}

/** Both sides where they are close to each other. */
function bothClose(n: NearNode, run: Run, field: Field, a: Intervals, b: Intervals): Intervals {
  return merge(close(n, run, field, a, b), close(n, run, field, b, a))
}

export function pay(run: Run, units: number): void {
  if (!run.budget.take(units)) throw new OutOfBudget()
}
