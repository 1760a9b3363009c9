/**
 * Where a phrase, or a part of a query, occurs in one field: token intervals kept as one flat
 * array [first0, last0, first1, last1, …], sorted by first token (then last), without repeats.
 * Flat number arrays instead of objects keep a hostile article's hundreds of thousands of
 * occurrences compact, and the sorted order makes every operation a forward merge, so NEAR costs
 * the number of occurrences on both sides rather than their product.
 */
export type Intervals = readonly number[]

export const NO_INTERVALS: Intervals = []

export const intervalCount = (list: Intervals): number => list.length >> 1

/** The union of two sorted lists, sorted, repeats dropped: one merge. */
export function merge(a: Intervals, b: Intervals): Intervals {
  if (a.length === 0) return b
  if (b.length === 0) return a
  const out: number[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    const fromA = j >= b.length || (i < a.length && (a[i] < b[j] || (a[i] === b[j] && a[i + 1] <= b[j + 1])))
    const first = fromA ? a[i] : b[j]
    const last = fromA ? a[i + 1] : b[j + 1]
    if (fromA) i += 2
    else j += 2
    const n = out.length
    if (n === 0 || out[n - 2] !== first || out[n - 1] !== last) out.push(first, last)
  }
  return out
}

/** The union of many sorted lists, merged in pairs (each element is merged log2(k) times, not k). */
export function mergeAll(lists: readonly Intervals[]): Intervals {
  return mergeInRounds(lists, merge) ?? NO_INTERVALS
}

/** Many sorted flat lists merged in pairs, round after round, by `mergeTwo`: mergeRounds(k) passes. Undefined for none. */
export function mergeInRounds<L extends readonly number[]>(lists: readonly L[], mergeTwo: (a: L, b: L) => L): L | undefined {
  let round = lists.filter((l) => l.length > 0)
  while (round.length > 1) {
    const next: L[] = []
    for (let k = 0; k < round.length; k += 2) next.push(k + 1 < round.length ? mergeTwo(round[k], round[k + 1]) : round[k])
    round = next
  }
  return round[0]
}

/** Passes of merging that mergeAll makes over its input, for the work budget. */
export function mergeRounds(listCount: number): number {
  return listCount <= 1 ? 0 : Math.ceil(Math.log2(listCount))
}

/**
 * The intervals of `a` with an interval of `b` at most `distance` words away (either side, or
 * overlapping). Widening every interval of `b` by distance + 1 words on each side gives windows
 * that, taken in order of start, merge into disjoint runs; an interval of `a` is near iff it meets
 * a run. Both lists are walked forward once: linear in their lengths.
 */
export function nearTo(a: Intervals, b: Intervals, distance: number): Intervals {
  return closeTo(a, b, distance + 1)
}

/** A token's position for NEAR: its index. */
const tokenIndex = (token: number): number => token

/**
 * The intervals of `a` with an interval of `b` within `reach` positions (overlapping counts), where
 * a token's position is `position(token)`: its index (NEAR/n: reach n + 1, see nearTo) or its
 * sentence (SENT: reach 0, the same sentence). `position` must not decrease along the tokens, so
 * the order of both lists is kept and the walk stays forward and linear.
 */
export function closeTo(a: Intervals, b: Intervals, reach: number, position: (token: number) => number = tokenIndex): Intervals {
  const out: number[] = []
  let j = 0
  let runStart = 0
  let runEnd = -Infinity
  for (let i = 0; i < a.length; i += 2) {
    const first = position(a[i])
    const last = position(a[i + 1])
    while (runEnd < first && j < b.length) {
      runStart = position(b[j]) - reach
      runEnd = position(b[j + 1]) + reach
      j += 2
      while (j < b.length && position(b[j]) - reach <= runEnd) {
        runEnd = Math.max(runEnd, position(b[j + 1]) + reach)
        j += 2
      }
    }
    if (runEnd < first) break
    if (runStart <= last) out.push(a[i], a[i + 1])
  }
  return out
}

/** The intervals of `a` that are not in `some` (a sublist of `a`, as closeTo returns): one forward walk. */
export function without(a: Intervals, some: Intervals): Intervals {
  if (some.length === 0) return a
  const out: number[] = []
  let j = 0
  for (let i = 0; i < a.length; i += 2) {
    if (j < some.length && some[j] === a[i] && some[j + 1] === a[i + 1]) j += 2
    else out.push(a[i], a[i + 1])
  }
  return out
}
