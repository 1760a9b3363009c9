import { describe, expect, it } from 'vitest'
import { WATCHLIST_PALETTE } from '../../../electron/core/contract/palette'
import { splitColoredHighlights } from '../../../src/lib/highlight'
import { draftColor, fromFile, newWatchlist, placeError, setsOf, toFile } from '../../../src/lib/watchlist-draft'
import { problemExtent } from '../../../src/components/watchlist-editor/QueryField'

const FILE = {
  sets: { groups: ['داعش', '"تنظيم الدولة"'] },
  watchlists: [
    { id: 'ct', name: 'مكافحة الإرهاب', terms: [{ query: 'إرهاب', weight: 2 }, { query: 'فيلم', weight: -1 }, { query: '@groups', weight: 1 }], exclude: ['"الإرهاب النفسي"'], threshold: 2, notify: true, enabled: true },
    { id: 'arrests', name: 'اعتقالات', terms: [{ query: 'اعتقال', weight: 1 }], exclude: [], notify: false, enabled: false, color: '#22aa88' },
  ],
}

describe('the editor draft', () => {
  it('reads a watchlist file into rows and writes the same file back', () => {
    const draft = fromFile(FILE)
    expect(new Set([...draft.watchlists.map((w) => w.key), ...draft.watchlists[0].terms.map((t) => t.key)]).size).toBe(5)
    expect(toFile(draft)).toEqual({
      sets: FILE.sets,
      watchlists: [
        { id: 'ct', name: 'مكافحة الإرهاب', terms: [{ query: 'إرهاب', weight: 2 }, { query: 'فيلم', weight: -1 }, '@groups'], exclude: ['"الإرهاب النفسي"'], threshold: 2, notify: true, enabled: true },
        { id: 'arrests', name: 'اعتقالات', terms: ['اعتقال'], exclude: [], notify: false, enabled: false, color: '#22aa88' },
      ],
    })
    expect(setsOf(draft)).toEqual(FILE.sets)
    expect([draftColor(draft, draft.watchlists[0].key), draftColor(draft, draft.watchlists[1].key)]).toEqual([WATCHLIST_PALETTE[0], '#22aa88'])
  })

  it('gives a new watchlist an id no other has', () => {
    const draft = fromFile({ sets: {}, watchlists: [{ ...FILE.watchlists[0], id: 'list-2' }] })
    expect(newWatchlist(draft)).toMatchObject({ id: 'list-3', terms: [{ query: '', weight: 1 }], enabled: true, color: null })
  })

  it('places a refusal at its watchlist and row: by query for query problems, by path for shape problems', () => {
    const draft = fromFile(FILE)
    const [ct, arrests] = draft.watchlists
    expect(placeError(draft, { code: 'query.syntax', query: 'فيلم', position: 0, problem: 'unexpected_term', watchlist: 'ct' })).toEqual({ watchlistKey: ct.key, rowKey: ct.terms[1].key })
    expect(placeError(draft, { code: 'query.syntax', query: '"الإرهاب النفسي"', position: 0, problem: 'unexpected_term', watchlist: 'ct' })).toEqual({ watchlistKey: ct.key, rowKey: ct.exclude[0].key })
    expect(placeError(draft, { code: 'watchlists.invalid', path: 'watchlists.1.terms.0.weight', problem: 'zero_weight' })).toEqual({ watchlistKey: arrests.key, rowKey: arrests.terms[0].key })
    expect(placeError(draft, { code: 'watchlists.invalid', path: 'watchlists.1.name', problem: 'empty_name' })).toEqual({ watchlistKey: arrests.key, rowKey: undefined })
    const set = draft.sets[0]
    expect(placeError(draft, { code: 'query.syntax', query: '"تنظيم الدولة"', position: 0, problem: 'unexpected_term', termSet: 'groups' })).toEqual({ setKey: set.key, rowKey: set.members[1].key })
    expect(placeError(draft, { code: 'watchlists.invalid', path: 'sets.groups.0', problem: 'empty_term' })).toEqual({ setKey: set.key, rowKey: set.members[0].key })
    expect(placeError(draft, { code: 'internal', detail: 'x' })).toEqual({})
  })

  it('marks the word a problem is at, or a caret past the end', () => {
    expect(problemExtent('خلية AND (بغداد', 9)).toEqual({ start: 9, end: 10 })
    expect(problemExtent('إرهاب AND', 6)).toEqual({ start: 6, end: 9 })
    expect(problemExtent('إرهاب AND', 9)).toEqual({ start: 9, end: 9 })
    expect(problemExtent('إرهاب', 99)).toEqual({ start: 5, end: 5 })
  })
})

describe('coloured highlights', () => {
  it("gives each piece its watchlist's colour, the first one's where two overlap, and merges touching pieces of one colour", () => {
    const text = 'اعتقال خلية إرهابية'
    const pieces = splitColoredHighlights(text, [
      { start: 0, end: 6, color: '#aaaaaa' },
      { start: 7, end: 19, color: '#bbbbbb' },
      { start: 12, end: 19, color: '#aaaaaa' },
      { start: 6, end: 7, color: '#aaaaaa' },
    ])
    expect(pieces).toEqual([
      { text: 'اعتقال ', marked: true, color: '#aaaaaa' },
      { text: 'خلية إرهابية', marked: true, color: '#bbbbbb' },
    ])
    expect(pieces.map((p) => p.text).join('')).toBe(text)
    expect(splitColoredHighlights('abc', [{ start: 5, end: 9, color: '#aaaaaa' }])).toEqual([{ text: 'abc', marked: false }])
  })
})
