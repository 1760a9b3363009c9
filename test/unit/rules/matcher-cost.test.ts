/**
 * Matching cost stays linear in the article whatever the text: NEAR is a merge over sorted
 * positions, spans are kept per term up to a cap (the rest counted), and a work budget stops a
 * hostile article cleanly. Work is counted in units (tokens looked up, occurrences evaluated), so
 * these tests never time anything.
 */
import { describe, expect, it } from 'vitest'
import { Matcher } from '../../../electron/core/rules/matcher'
import type { Watchlist } from '../../../electron/core/rules/types'

const arrests = (query: string): Watchlist[] => [{ id: 'arrests', name: 'اعتقالات', terms: [{ query, weight: 1 }], exclude: [], notify: true }]

/** The body of the review's hostile item: one arrest phrase said over and over. */
const repeated = (times: number): string => 'قبضت على '.repeat(times).trim()

describe('NEAR over a body that repeats its operands', () => {
  it('keeps at most 100 spans per term, counts the rest, and points each span at the words', () => {
    const body = repeated(20_000)
    const [hit] = new Matcher(arrests('قبضت NEAR/3 على')).match({ title: '', body })
    expect(hit.spans).toHaveLength(100)
    // The subject (قبضت) is highlighted, each of its 20,000 occurrences once; على is context.
    expect(hit.omittedSpans).toBe(20_000 - 100)
    expect(hit.spans.slice(0, 4).map((s) => body.slice(s.start, s.end))).toEqual(['قبضت', 'قبضت', 'قبضت', 'قبضت'])
  })

  it('costs twice the work for twice the text, however close the operands are', () => {
    const matcher = new Matcher(arrests('(قبضت OR على) NEAR/50 (قبضت OR على)'))
    const work = (times: number) => matcher.run({ title: '', body: repeated(times) }).work
    expect(work(20_000) / work(10_000)).toBeLessThan(2.1)
    expect(work(40_000) / work(20_000)).toBeLessThan(2.1)
    // A constant number of units per word, whatever the length (every pair would be 20,000 per word here).
    expect(work(40_000) / 80_000).toBeLessThan(20)
  })
})

describe('the work budget', () => {
  it('stops a hostile article cleanly: hits found before the budget stay, and the result says it stopped', () => {
    const body = `أعلنت الشرطة أنها قبضت على خلية. ${'على قبضت '.repeat(50_000)}`
    const result = new Matcher(arrests('قبضت NEAR/3 على'), { workBudget: 5_000 }).run({ title: '', body })
    expect(result.truncated).toBe(true)
    expect(result.work).toBeLessThanOrEqual(5_000 + 100)
    expect(result.hits.map((h) => h.watchlistId)).toEqual(['arrests'])
    expect(body.slice(result.hits[0].spans[0].start, result.hits[0].spans[0].end)).toBe('قبضت')
  })

  it('does not stop an ordinary long article', () => {
    const body = 'قال مصدر أمني إن الشرطة قبضت اليوم على ثلاثة مشتبه بهم في العاصمة. '.repeat(20_000)
    expect(new Matcher(arrests('قبضت NEAR/3 على')).run({ title: '', body }).truncated).toBe(false)
  })
})

describe('a set with none of its phrases in the article', () => {
  it('is not walked: a 3,000-query set absent from the text costs what a 3-query one does', () => {
    const setOf = (size: number) => ({ name: 'big', terms: Array.from({ length: size }, (_, i) => `"كلمة${i} أخرى${i}" NEAR/2 قرية${i}`) })
    const work = (size: number) =>
      new Matcher({ sets: [setOf(size)], watchlists: arrests('اعتقال SENT @big') }).run({ title: '', body: 'أعلنت الشرطة اعتقال ثلاثة أشخاص في المدينة.' }).work
    expect(work(3_000)).toBe(work(3))
  })

  it('skips the members absent from the text: a live 300-member set costs what a 3-member one does', () => {
    // One member holds; the others, each `(a OR b) NOT NEAR/2 c`, have none of their words here.
    const setOf = (size: number) => ({
      name: 'countries',
      terms: ['مصر', ...Array.from({ length: size - 1 }, (_, i) => `(بلد${i} OR عاصمة${i}) NOT NEAR/2 (طيران OR شركة)`)],
    })
    const work = (size: number) =>
      new Matcher({ sets: [setOf(size), { name: 'pairs', terms: ['@countries{2}'] }], watchlists: arrests('اعتقال SENT @countries OR اعتقال SENT @pairs') }).run({
        title: '',
        body: 'أعلنت الشرطة في مصر اعتقال ثلاثة أشخاص.',
      }).work
    expect(work(300)).toBe(work(3))
  })

  it('is still found when one of its phrases is, nested sets included', () => {
    const sets = [
      { name: 'outer', terms: ['@inner', 'مداهمة'] },
      { name: 'inner', terms: ['"حملة أمنية"', 'تفتيش NEAR/2 منزل'] },
    ]
    const [hit] = new Matcher({ sets, watchlists: arrests('@outer') }).match({ title: '', body: 'نفذت الشرطة حملة أمنية واسعة' })
    expect(hit?.watchlistId).toBe('arrests')
  })
})

describe('phrases sharing a first word', () => {
  // A scan's work: the same short text under watchlists whose terms all start with one word.
  const scanWork = (phrases: number) => {
    const terms = Array.from({ length: phrases }, (_, i) => `"شركة طيران${i}"`)
    return new Matcher(arrests(terms.join(' OR '))).run({ title: '', body: 'أعلنت شركة الطيران الوطنية عن رحلات جديدة. '.repeat(20) }).work
  }

  it('cost one step per word of the text continuing one, not one check per phrase', () => {
    expect(scanWork(300)).toBe(scanWork(3))
  })

  it('are found however long: a phrase of 4,900 words (9,800 characters, a valid query)', () => {
    // The trie was once walked by recursion, a call per word: this overflowed the stack.
    const words = Array.from({ length: 4_900 }, (_, i) => 'abcdefghijklmnopqrstuvwxyz'[i % 26]).join(' ')
    const [hit] = new Matcher(arrests(`"${words}"`)).match({ title: '', body: words })
    expect(hit?.spans).toEqual([{ field: 'body', start: 0, end: words.length, query: `"${words}"` }])
  })

})
