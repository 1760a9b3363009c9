/**
 * `@name{n}`: where n different members of a term set occur in one sentence, at n different
 * places. «بالتنسيق مع الأجهزة الأمنية الأردنية والعراقية» names two countries; «الأمن المصري في
 * القاهرة» names one twice, as one member lists both words of a country. Members are the set's
 * queries as written, so how a set is split into members says what counts as different.
 *
 * Linear in the occurrences: the members' sorted lists are merged keeping which member each
 * occurrence is of, then walked once, sentence by sentence, each sentence's places matched to
 * members once.
 */
import { mergeInRounds, type Intervals } from './intervals'

/** Occurrences as flat triples [first, last, member, …], sorted by first then last. */
type Tagged = number[]

/** Two tagged lists merged in order, every occurrence kept (two members at one place are two). */
function mergeTagged(a: Tagged, b: Tagged): Tagged {
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
 * Whether `count` different members can be given `count` different places: a matching of places
 * to members, each place lending one of the members found there (one word found by two members
 * is one place). Found by augmenting paths, phase by phase (Hopcroft–Karp): each phase walks every
 * place and member at most once, and `count` phases are the most needed, so the check is linear
 * in the places whatever their overlaps. A place keeps at most `count` members: with fewer than
 * `count` matched, one of them is always free.
 */
function enoughDistinct(places: number[][], count: number): boolean {
  if (places.length < count) return false
  const placeOf = new Map<number, number>() // member → the place it is matched to
  const matched = new Uint8Array(places.length)
  let size = 0
  for (let phase = 0; phase < count; phase++) {
    const seen = new Set<number>()
    // An augmenting path alternates places and members, and is at most 2 × count long.
    const augment = (place: number): boolean => {
      for (const member of places[place]) {
        if (seen.has(member)) continue
        seen.add(member)
        const holder = placeOf.get(member)
        if (holder === undefined || augment(holder)) {
          placeOf.set(member, place)
          return true
        }
      }
      return false
    }
    let grew = false
    for (let p = 0; p < places.length && size < count; p++) {
      if (matched[p] === 1 || !augment(p)) continue
      matched[p] = 1
      size++
      grew = true
    }
    if (size >= count) return true
    if (!grew) return false
  }
  return size >= count
}

/**
 * The occurrences (of every member, as sorted intervals) that lie in a sentence where `count`
 * different members occur at different places; `sentenceOf(token)` must not decrease along the
 * tokens. `members[m]` are member m's intervals.
 */
export function inSentencesWithDistinct(members: readonly Intervals[], count: number, sentenceOf: (token: number) => number): Intervals {
  const tagged = members.map((list, m) => {
    const out: Tagged = []
    for (let i = 0; i < list.length; i += 2) out.push(list[i], list[i + 1], m)
    return out
  })
  // Merged in pairs, as mergeAll does: log2(k) passes over the occurrences.
  const all = mergeInRounds(tagged, mergeTagged) ?? []
  const out: number[] = []
  let start = 0
  while (start < all.length) {
    const sentence = sentenceOf(all[start])
    let end = start
    const places: number[][] = []
    let placeEnd = -1
    for (; end < all.length && sentenceOf(all[end]) === sentence; end += 3) {
      const first = all[end]
      const last = all[end + 1]
      const member = all[end + 2]
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
