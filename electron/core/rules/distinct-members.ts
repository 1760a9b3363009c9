/**
 * `@name{n}`: where n different members of a term set occur in one sentence, at n different
 * places. «بالتنسيق مع الأجهزة الأمنية الأردنية والعراقية» names two countries; «الأمن المصري في
 * القاهرة» names one twice, as one member lists both words of a country. Members are the set's
 * queries as written, so how a set is split into members says what counts as different.
 *
 * Linear in the occurrences: the members' sorted lists are merged keeping which member each
 * occurrence is of, then walked once, sentence by sentence.
 */
import type { Intervals } from './intervals'

/** Occurrences as flat triples [first, last, member, …], sorted by first then last. */
type Tagged = number[]

/** Merged in pairs, as mergeAll does: log2(k) passes over the occurrences. */
function mergeTagged(lists: Tagged[]): Tagged {
  let round = lists.filter((l) => l.length > 0)
  while (round.length > 1) {
    const next: Tagged[] = []
    for (let k = 0; k < round.length; k += 2) next.push(k + 1 < round.length ? mergeTwo(round[k], round[k + 1]) : round[k])
    round = next
  }
  return round[0] ?? []
}

function mergeTwo(a: Tagged, b: Tagged): Tagged {
  const out: number[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    const fromA = j >= b.length || (i < a.length && (a[i] < b[j] || (a[i] === b[j] && a[i + 1] <= b[j + 1])))
    const list = fromA ? a : b
    const at = fromA ? i : j
    out.push(list[at], list[at + 1], list[at + 2])
    if (fromA) i += 3
    else j += 3
  }
  return out
}

/**
 * Whether `count` different members can be given `count` different places. A place is a stretch
 * of overlapping occurrences (one word found by two members is one place); each place lends one
 * member. Places with fewer members choose first, which finds the assignment whenever members
 * overlap only now and then, as the members of a real set do.
 */
function enoughDistinct(places: number[][], count: number): boolean {
  if (places.length < count) return false
  const used = new Set<number>()
  // Each place holds 1…count members: taken by size through buckets, one pass, no sort.
  for (let size = 1; size <= count; size++) {
    for (const members of places) {
      if (members.length !== size) continue
      const free = members.find((m) => !used.has(m))
      if (free === undefined) continue
      used.add(free)
      if (used.size >= count) return true
    }
  }
  return false
}

/**
 * The occurrences (of every member, as sorted intervals) that lie in a sentence where `count`
 * different members occur at different places; `sentenceOf(token)` must not decrease along the
 * tokens. `members[m]` are member m's intervals.
 */
export function inSentencesWithDistinct(members: readonly Intervals[], count: number, sentenceOf: (token: number) => number): Intervals {
  const all = mergeTagged(
    members.map((list, m) => {
      const tagged: number[] = []
      for (let i = 0; i < list.length; i += 2) tagged.push(list[i], list[i + 1], m)
      return tagged
    }),
  )
  const out: number[] = []
  let start = 0
  while (start < all.length) {
    const sentence = sentenceOf(all[start])
    let end = start
    const places: number[][] = []
    let placeEnd = -1
    for (; end < all.length && sentenceOf(all[end]) === sentence; end += 3) {
      const [first, last, member] = [all[end], all[end + 1], all[end + 2]]
      if (first > placeEnd) places.push([])
      placeEnd = Math.max(placeEnd, last)
      const place = places[places.length - 1]
      // A place needs to lend only one member, and the check at most `count` of them.
      if (place.length < count && !place.includes(member)) place.push(member)
    }
    if (enoughDistinct(places, count)) {
      for (let k = start; k < end; k += 3) {
        const n = out.length
        if (n === 0 || out[n - 2] !== all[k] || out[n - 1] !== all[k + 1]) out.push(all[k], all[k + 1])
      }
    }
    start = end
  }
  return out
}
