/**
 * The word index remembers lookups within a fixed number of tokens, and a remembered token must not
 * keep its article alive: a token is a slice of the article's normalized text, and V8 keeps a
 * slice's parent string, so memoising the slice itself held ~1 MB per article (110 MB after 50).
 */
import v8 from 'node:v8'
import vm from 'node:vm'
import { describe, expect, it } from 'vitest'
import { Matcher } from '../../../electron/core/rules/matcher'

v8.setFlagsFromString('--expose-gc')
const gc = vm.runInNewContext('gc') as () => void

const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي'
/** A 14-letter word of its own for each i: long enough for V8 to slice rather than copy it. */
const uniqueWord = (i: number): string => Array.from({ length: 14 }, (_, j) => letters[(i + j * 7 + Math.floor(i / 28) * j) % 28]).join('')

describe('the lookup memo', () => {
  it('does not keep the articles it has seen in memory', () => {
    const matcher = new Matcher([{ id: 'w', name: 'w', terms: [{ query: 'داعش', weight: 1 }], exclude: [], notify: true }])
    const filler = 'ب '.repeat(200_000) // 400,000 characters: a 0.8 MB string
    matcher.run({ title: '', body: `${uniqueWord(0)} داعش ${filler}` })
    gc()
    const before = process.memoryUsage().heapUsed
    for (let i = 1; i <= 12; i++) matcher.run({ title: '', body: `${uniqueWord(i)} داعش ${filler}` })
    gc()
    const grownMb = (process.memoryUsage().heapUsed - before) / 1e6
    // Twelve articles of 0.8 MB each: kept alive, they would be ~10 MB.
    expect(grownMb).toBeLessThan(4)
  }, 60_000)
})
