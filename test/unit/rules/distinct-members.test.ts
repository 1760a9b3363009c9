/**
 * `@set{n}`: n different members of a term set in one sentence, at n different places — «two
 * countries cooperating», which no list of words can say.
 */
import { describe, expect, it } from 'vitest'
import { inSentencesWithDistinct } from '../../../electron/core/rules/distinct-members'
import { Matcher } from '../../../electron/core/rules/matcher'
import { parseQuery, QueryError } from '../../../electron/core/rules/query'
import { resolveTermSets } from '../../../electron/core/rules/term-sets'
import type { TermSet, Watchlist } from '../../../electron/core/rules/types'

const countries: TermSet = {
  name: 'countries',
  terms: ['(مصر OR مصري OR القاهرة)', '(الأردن OR أردني OR عمان)', '(العراق OR عراقي OR بغداد)', '"الولايات المتحدة" OR أمريكي OR أميركي'],
}

function watchlist(query: string): Watchlist {
  return { id: 'w', name: 'w', terms: [{ query, weight: 2 }], exclude: [], notify: true, threshold: 2 }
}

function match(query: string, body: string) {
  const result = new Matcher({ sets: [countries], watchlists: [watchlist(query)] }).run({ title: '', body })
  const [score] = result.scores
  return { flagged: result.hits.length > 0, words: (score?.spans ?? []).map((s) => body.slice(s.start, s.end)), work: result.work }
}

describe('@set{n} in a query', () => {
  it('parses as n different members of the set', () => {
    const sets = resolveTermSets([countries])
    const node = parseQuery('تنسيق SENT @countries{2}', sets)
    expect(node).toMatchObject({ kind: 'near', right: { kind: 'distinct', count: 2, set: { name: 'countries' } } })
  })

  it.each([
    ['@countries{1}', 10],
    ['@countries{10}', 10],
    ['@countries{}', 10],
    ['@countries{a}', 10],
    ['تنسيق @countries{2', 16],
  ])('refuses a count outside 2…9: %s at %i', (query, position) => {
    const sets = resolveTermSets([countries])
    let error: unknown
    try {
      parseQuery(query, sets)
    } catch (err) {
      error = err
    }
    expect(error).toBeInstanceOf(QueryError)
    expect((error as QueryError).detail).toMatchObject({ problem: 'distinct_count', position, limit: 9 })
  })

  it('refuses more different members than the set lists, at its braces', () => {
    const sets = resolveTermSets([countries])
    expect(() => parseQuery('@countries{4}', sets)).not.toThrow()
    expect(() => parseQuery('تنسيق SENT @countries{5}', sets)).toThrow(
      expect.objectContaining({ detail: expect.objectContaining({ problem: 'distinct_over_members', position: 21, limit: 4 }) }),
    )
  })

  it('still checks the name before the braces', () => {
    expect(() => parseQuery('@Countries{2}')).toThrow(expect.objectContaining({ detail: expect.objectContaining({ problem: 'bad_set_name' }) }))
    expect(() => parseQuery('@nowhere{2}')).toThrow(expect.objectContaining({ detail: expect.objectContaining({ problem: 'unknown_set' }) }))
  })
})

describe('@set{n} matching', () => {
  const query = 'بالتنسيق SENT @countries{2}'

  it('holds where two different members share the sentence with the subject', () => {
    const body = 'أوقفت الشرطة المصرية، بالتنسيق مع الأجهزة الأمنية الأردنية، ثلاثة مطلوبين.'
    expect(match(query, body)).toMatchObject({ flagged: true, words: ['بالتنسيق'] })
  })

  it('does not hold on one member named twice: the member lists both words of a country', () => {
    expect(match(query, 'أوقفت الشرطة المصرية في القاهرة، بالتنسيق مع النيابة، ثلاثة مطلوبين.').flagged).toBe(false)
  })

  it('does not hold when the second member is in another sentence', () => {
    expect(match(query, 'أوقفت الشرطة المصرية، بالتنسيق مع النيابة، ثلاثة مطلوبين. وفي الأردن أعلنت الحكومة خطة للطرق.').flagged).toBe(false)
  })

  it('counts one place once even when two members find it', () => {
    const overlapping: TermSet = { name: 'countries', terms: ['أمريكي', '"الولايات المتحدة" OR أمريكي'] }
    const body = 'وصل وفد أمريكي بالتنسيق مع السفارة.'
    const result = new Matcher({ sets: [overlapping], watchlists: [watchlist(query)] }).run({ title: '', body })
    expect(result.hits).toEqual([])
  })

  it('on its own, highlights the members in the sentences that hold', () => {
    const body = 'عقد وزيرا داخلية مصر والأردن اجتماعا في عمان. وعاد الوزير إلى القاهرة.'
    expect(match('@countries{2}', body).words).toEqual(['مصر', 'والأردن', 'عمان'])
    expect(match('@countries{3}', body).flagged).toBe(false)
    expect(match('@countries{3}', 'اتفق العراق والأردن ومصر على خطة').words).toEqual(['العراق', 'والأردن', 'ومصر'])
  })

  it('costs the occurrences, not their pairs: a sentence of 40,000 country names', () => {
    const small = match('@countries{2}', 'مصر الأردن '.repeat(1_000))
    const large = match('@countries{2}', 'مصر الأردن '.repeat(20_000))
    expect(large.flagged).toBe(true)
    expect(large.work / small.work).toBeLessThan(25)
  })
})

describe('inSentencesWithDistinct', () => {
  const sentenceOf = (token: number): number => Math.floor(token / 10)

  it('keeps the occurrences of sentences with enough different members, in order', () => {
    // Sentence 0: members 0 and 1; sentence 1: member 0 twice; sentence 2: members 0 and 1 at one place.
    const members = [
      [1, 1, 11, 11, 14, 14, 20, 21],
      [5, 6, 21, 21],
    ]
    expect(inSentencesWithDistinct(members, 2, sentenceOf)).toEqual([1, 1, 5, 6])
  })

  it('lets the place with fewer members choose first', () => {
    // Place [1,2] is found by members 0 and 1; place [5,5] only by member 0: two members, two places.
    expect(inSentencesWithDistinct([[1, 2, 5, 5], [1, 2]], 2, sentenceOf)).toEqual([1, 2, 5, 5])
  })
})

describe('@set{n} finds the assignment when members overlap', () => {
  it('three members at three places, though every place is found by two of them', () => {
    // Places hold [B, A], [B, C], [C, B]: A, B, C can each take a place of its own.
    const members = [[0, 1], [0, 0, 2, 2, 5, 5], [2, 3, 4, 5]]
    expect(inSentencesWithDistinct(members, 3, () => 0)).not.toEqual([])
    const sets: TermSet[] = [{ name: 's', terms: ['"سمك قمر"', 'سمك', '"سمك بحر" OR "جبل سمك"'] }]
    const result = new Matcher({ sets, watchlists: [{ ...watchlist('@s{3}') }] }).run({ title: '', body: 'سمك قمر سمك بحر جبل سمك' })
    expect(result.hits.map((h) => h.watchlistId)).toEqual(['w'])
  })

  it('but not two members at three places', () => {
    expect(inSentencesWithDistinct([[0, 0, 2, 2, 4, 4], [0, 0, 2, 2, 4, 4]], 3, () => 0)).toEqual([])
  })

  it('holds with nine members found at every place, and its work grows with the text, not its square', () => {
    const wide = (places: number) => Array.from({ length: 9 }, () => Array.from({ length: places }, (_, i) => [2 * i, 2 * i]).flat())
    const body = (places: number) => Array.from({ length: places }, () => 'سمك').join(' ')
    const sets: TermSet[] = [{ name: 's', terms: Array.from({ length: 9 }, (_, i) => (i === 0 ? 'سمك' : `سمك OR كلمة${i}`)) }]
    const matcher = new Matcher({ sets, watchlists: [watchlist('@s{9}')] })
    const work = (places: number) => matcher.run({ title: '', body: body(places) }).work
    expect(inSentencesWithDistinct(wide(20), 9, () => 0)).not.toEqual([])
    expect(work(20_000) / work(5_000)).toBeLessThan(4.5)
  })
})
