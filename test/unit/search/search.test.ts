/**
 * Search as the analyst types it: any spelling the matcher folds, words with their clitics, phrases
 * and exclusions; and no string, however hostile, reaches FTS5's syntax or makes a query fail.
 */
import { describe, expect, it } from 'vitest'
import { searchRanges } from '../../../electron/core/search/highlight'
import { ftsExpression, MAX_SEARCH_WORDS, parseSearch } from '../../../electron/core/search/query'
import { searchParts } from '../../support/search'
import { storeOpener } from '../../support/databases'

const open = storeOpener()

const DOCS = [
  ['توقيف خلية إرهابية في بيروت', 'أعلنت السلطات توقيف أربعة أشخاص.'],
  ['ندوة حول مكافحة الارهاب', 'شارك خبراء في ندوة عن التطرف والإرهابيين.'],
  ['حزب الله يعلن موقفه', 'قال الحزب في بيان إن الوضع مستقر.'],
  ['الله أكبر', 'حزب التحرير يدعو إلى التظاهر.'],
  ['جولة في المدينة', 'وبيروت مدينة لا تنام، والمقاهي مزدحمة.'],
  ['فيلم عن الاستخبارات', 'يروي الفيلم قصة ضابط في جهاز الاستخبارات العامة.'],
] as const

/** A store holding DOCS (ids 1…6 in order) and a function that searches it as the timeline does. */
function searchable() {
  const store = open()
  const feed = store.feeds.add('https://f.example/rss', 'مصدر', 0)
  DOCS.forEach(([title, body], i) =>
    store.articles.insert({ feedId: feed.id, source: 'مصدر', guid: `g${i}`, url: null, title, body, publishedAt: i, publishedGuessed: false, fetchedAt: 0 }),
  )
  return (typed: string, sort: 'time' | 'relevance' = 'time'): number[] => {
    const parsed = parseSearch(typed)
    if (!parsed.ok) throw new Error(parsed.problem)
    return store.timeline.page({ filter: {}, sort, limit: 100, search: parsed.parts }).map((r) => r.id)
  }
}

describe('search', () => {
  it('finds a word in any spelling the matcher folds, with the clitics Arabic writes on it', () => {
    const search = searchable()
    expect(search('الإرهاب')).toEqual([2, 1]) // الارهاب, والإرهابيين, and إرهابية as a beginning
    expect(search('الارهاب')).toEqual([2, 1])
    expect(search('إرهابيين')).toEqual([2])
    expect(search('بيروت')).toEqual([5, 1]) // وبيروت too
    expect(search('الاستخبارات')).toEqual([6])
    expect(search('استخبارات')).toEqual([6])
  })

  it('keeps a phrase in order, and leaves out -excluded words', () => {
    const search = searchable()
    expect(search('"حزب الله"')).toEqual([3])
    expect(search('«حزب الله»')).toEqual([3])
    expect(search('حزب الله')).toEqual([4, 3])
    expect(search('حزب -التحرير')).toEqual([3])
    expect(search('الإرهاب -ندوة')).toEqual([1])
  })

  it('does not take «الله» for «له» with an article', () => {
    const search = searchable()
    expect(search('الله')).toEqual([4, 3])
  })

  it('ranks a title match above a body match', () => {
    const search = searchable()
    expect(search('الإرهاب', 'relevance')[0]).toBe(2)
  })

  it('ranks only the newest matches by best match, so a common word costs the same in any archive', () => {
    const store = open()
    const feed = store.feeds.add('https://f.example/rss', 'مصدر', 0)
    // The oldest article matches best (its title is the word); the newer ones only mention it.
    const titles = ['الإرهاب', 'خبر عن الإرهاب في المنطقة', 'تقرير يذكر الإرهاب عرضاً', 'ندوة ثقافية ذكرت الإرهاب']
    titles.forEach((title, i) =>
      store.articles.insert({ feedId: feed.id, source: 'مصدر', guid: `r${i}`, url: null, title, body: 'نص طويل عن أمور كثيرة أخرى لا صلة لها', publishedAt: i, publishedGuessed: false, fetchedAt: 0 }),
    )
    const ranked = (rankedMatches: number) =>
      store.timeline.page({ filter: {}, sort: 'relevance', limit: 10, search: searchParts('الإرهاب'), rankedMatches }).map((r) => r.id)
    expect(ranked(10)[0]).toBe(1)
    expect(ranked(10)).toHaveLength(4)
    expect(ranked(2).sort()).toEqual([3, 4])
  })

  it('asks the index only for the forms it holds, and sees a form an article brings later', () => {
    // A pure check first: forms the index lacks are left out; a word with none keeps itself.
    const held = new Set(['الارهاب', 'ارهاب'])
    const expression = ftsExpression(searchParts('الإرهاب زلزال'), (forms) => forms.filter((f) => held.has(f)))
    expect(expression).toBe('("الارهاب" OR "ارهاب") AND ("زلزال")')

    const store = open()
    const feed = store.feeds.add('https://f.example/rss', 'مصدر', 0)
    const add = (i: number, body: string) =>
      store.articles.insert({ feedId: feed.id, source: 'مصدر', guid: `p${i}`, url: null, title: `خبر ${i}`, body, publishedAt: i, publishedGuessed: false, fetchedAt: 0 })
    add(1, 'مكافحة الإرهاب في المنطقة')
    const search = (typed: string) => store.timeline.page({ filter: {}, sort: 'time', limit: 10, search: searchParts(typed) }).map((r) => r.id)
    expect(search('الإرهابيين')).toEqual([])
    expect(search('الإرهاب')).toEqual([1])
    // A form no article had when it was last looked up: the next search, after the article is indexed, finds it.
    add(2, 'القبض على الإرهابيين')
    expect(search('الإرهابيين')).toEqual([2])
    expect(search('إرهاب')).toEqual([2, 1])
  })

  it('says why a search is no search', () => {
    expect(parseSearch('  ')).toEqual({ ok: false, problem: 'empty' })
    expect(parseSearch('"" ** ()')).toEqual({ ok: false, problem: 'empty' })
    expect(parseSearch('-حزب')).toEqual({ ok: false, problem: 'only_excluded' })
    expect(parseSearch(Array.from({ length: MAX_SEARCH_WORDS + 1 }, (_, i) => `كلمة${i}`).join(' '))).toEqual({ ok: false, problem: 'too_many_words' })
  })

  it('never lets a typed string reach FTS5 syntax: hostile strings search or are refused, none fails', () => {
    const store = open()
    const pieces = ['"', "'", '*', '^', ':', '(', ')', '{', '}', '-', '+', 'NEAR', 'AND', 'OR', 'NOT', 'title', 'body', 'rowid', ';', 'حزب', '\u0000', '\u202e', '«', '»', '“']
    let seed = 11
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    let searched = 0
    for (let i = 0; i < 2_000; i++) {
      const typed = Array.from({ length: 1 + Math.floor(next() * 8) }, () => pieces[Math.floor(next() * pieces.length)]).join(next() < 0.5 ? ' ' : '')
      const parsed = parseSearch(typed)
      if (!parsed.ok) continue
      expect(() => store.timeline.page({ filter: {}, sort: 'relevance', limit: 5, search: parsed.parts }), typed).not.toThrow()
      searched++
    }
    expect(searched).toBeGreaterThan(1_000)
  })

  it('highlights the words found in the original text, diacritics and clitics included', () => {
    const parts = searchParts('الإرهاب "حزب الله" -فيلم')
    const text = 'قال إنّ والإرهابيينَ و«حزب الله» والفيلم'
    expect(searchRanges(text, parts).map((r) => text.slice(r.start, r.end))).toEqual(['والإرهابيينَ', 'حزب', 'الله'])
  })
})
