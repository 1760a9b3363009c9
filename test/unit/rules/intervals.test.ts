/** NEAR as a merge keeps exactly what comparing every pair kept (the old, quadratic way). */
import { describe, expect, it } from 'vitest'
import { merge, mergeAll, nearTo, type Intervals } from '../../../electron/core/rules/intervals'

/** A seeded generator, so a failure can be replayed. */
function prng(seed: number): () => number {
  let s = seed
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648)
}

function randomIntervals(random: () => number, count: number): Intervals {
  const list: [number, number][] = Array.from({ length: count }, () => {
    const first = Math.floor(random() * 200)
    return [first, first + Math.floor(random() * 3)]
  })
  return mergeAll(list.map((pair) => pair))
}

/** Every pair compared: an interval of `a` is kept when some interval of `b` is within `distance` words. */
function nearByPairs(a: Intervals, b: Intervals, distance: number): number[] {
  const out: number[] = []
  for (let i = 0; i < a.length; i += 2) {
    for (let j = 0; j < b.length; j += 2) {
      if (Math.max(b[j] - a[i + 1], a[i] - b[j + 1]) - 1 <= distance) {
        out.push(a[i], a[i + 1])
        break
      }
    }
  }
  return out
}

describe('intervals', () => {
  it('merges sorted lists without repeats', () => {
    expect(merge([1, 1, 5, 6], [1, 1, 2, 4, 5, 6])).toEqual([1, 1, 2, 4, 5, 6])
    expect(mergeAll([[9, 9], [1, 2], [4, 4], [1, 2]])).toEqual([1, 2, 4, 4, 9, 9])
  })

  it('NEAR by merge agrees with every pair compared, on 2,000 random cases', () => {
    const random = prng(42)
    for (let n = 0; n < 2000; n++) {
      const a = randomIntervals(random, Math.floor(random() * 12))
      const b = randomIntervals(random, Math.floor(random() * 12))
      const distance = 1 + Math.floor(random() * 6)
      expect(nearTo(a, b, distance)).toEqual(nearByPairs(a, b, distance))
    }
  })
})
