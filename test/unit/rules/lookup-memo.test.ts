/**
 * The word index remembers lookups within a fixed number of tokens, and a remembered token must not
 * keep its article alive: a token is a slice of the article's normalized text, and V8 keeps a
 * slice's parent string, so memoising the slice itself held ~1 MB per article (110 MB after 50).
 * The memo is a bounded table of its own (lookup-memo.ts), not a Map.
 */
import v8 from 'node:v8'
import vm from 'node:vm'
import { describe, expect, it } from 'vitest'
import { LookupMemo, lookupHash, MAX_PROBES } from '../../../electron/core/rules/lookup-memo'
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

describe('LookupMemo', () => {
  // A fixed seed: the memo's own is drawn per process, and what these tests count must not vary.
  const SEED = 0x811c9dc5

  it('gives back what was remembered, and nothing for a token it has not seen', () => {
    const memo = new LookupMemo<number>(100, SEED)
    memo.set('اعتقال', 1)
    memo.set('توقيف', 2)
    expect(memo.get('اعتقال')).toBe(1)
    expect(memo.get('توقيف')).toBe(2)
    expect(memo.get('مداهمة')).toBeUndefined()
  })

  it('keeps the tokens while it grows past its first table, each with its own value', () => {
    const memo = new LookupMemo<number>(50_000, SEED)
    for (let i = 0; i < 20_000; i++) memo.set(`كلمة${i}`, i)
    expect(memo.size).toBe(20_000)
    for (let i = 0; i < 20_000; i++) expect(memo.get(`كلمة${i}`)).toBe(i)
    expect(memo.get('كلمة20000')).toBeUndefined()
  })

  it('keeps two generations at most, so endless distinct tokens never grow it', () => {
    const memo = new LookupMemo<number>(1_000, SEED)
    for (let i = 0; i < 10_500; i++) memo.set(`w${i}`, i)
    // The young generation holds the last 500 tokens, the old one the thousand before them.
    expect(memo.size).toBe(1_500)
    expect(memo.get('w10499')).toBe(10_499)
    expect(memo.get('w9000')).toBe(9_000)
    expect(memo.get('w8999')).toBeUndefined()
  })

  it('remembers a token still in use when a generation turns over', () => {
    // News repeats its common words among endless rare ones: a memo that started over at its
    // capacity forgot them all at once and looked every one of them up again.
    const memo = new LookupMemo<number>(1_000, SEED)
    const common = Array.from({ length: 100 }, (_, i) => `شائعة${i}`)
    common.forEach((token, i) => memo.set(token, i))
    for (let i = 0; i < 5_000; i++) {
      memo.set(`نادرة${i}`, i)
      const token = common[i % common.length]
      if (memo.get(token) === undefined) memo.set(token, -1)
    }
    common.forEach((token, i) => expect(memo.get(token)).toBe(i))
    expect(memo.size).toBeLessThanOrEqual(2_000)
  })

  it('walks at most MAX_PROBES slots: tokens made to share one slot are not remembered past them', () => {
    // Tokens whose hash lands on slot 0 of the largest table (2,048 slots for 1,000 tokens), so of every smaller one too.
    const memo = new LookupMemo<number>(1_000, SEED)
    const colliding: string[] = []
    for (let i = 0; colliding.length < 900; i++) if ((lookupHash(`t${i}`, SEED) & 0x7ff) === 0) colliding.push(`t${i}`)
    for (const [i, token] of colliding.entries()) memo.set(token, i)
    // Only the run of slots a lookup may walk holds them; the rest are looked up afresh each time.
    expect(memo.size).toBe(MAX_PROBES)
    expect(memo.get(colliding[0])).toBe(0)
    expect(memo.get(colliding[899])).toBeUndefined()
  })
})
