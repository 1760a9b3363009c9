import { describe, expect, it } from 'vitest'
import { WATCHLIST_PALETTE } from '../../../electron/core/contract/palette'
import { splitColoredHighlights } from '../../../src/lib/highlight'
import { draftColor, draftJson, duplicateSetKeys, fromFile, newSet, newWatchlist, placeError, setsOf, toFile } from '../../../src/lib/watchlist-draft'
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

  it('places a refusal at its row when the row has spaces around its query (the core trims before it checks)', () => {
    const draft = fromFile(FILE)
    const ct = draft.watchlists[0]
    const padded = { ...draft, watchlists: [{ ...ct, terms: [...ct.terms, { key: 'padded', query: '  خلية AND (بغداد ', weight: 1 }] }, draft.watchlists[1]] }
    expect(placeError(padded, { code: 'query.syntax', query: 'خلية AND (بغداد', position: 9, problem: 'unbalanced_open', watchlist: 'ct' })).toEqual({
      watchlistKey: ct.key,
      rowKey: 'padded',
    })
    const set = draft.sets[0]
    const paddedSet = { ...draft, sets: [{ ...set, members: [...set.members, { key: 'm', query: ' (تنظيم ' }] }] }
    expect(placeError(paddedSet, { code: 'query.syntax', query: '(تنظيم', position: 0, problem: 'unbalanced_open', termSet: 'groups' })).toEqual({ setKey: set.key, rowKey: 'm' })
  })

  it('finds term sets that share a name (saved, one would silently replace the other)', () => {
    const draft = fromFile(FILE)
    expect(duplicateSetKeys(draft).size).toBe(0)
    const added = { ...newSet(draft), name: 'groups' }
    const twice = { ...draft, sets: [...draft.sets, added] }
    expect([...duplicateSetKeys(twice)].sort()).toEqual([draft.sets[0].key, added.key].sort())
    // What the file would carry: one set's members gone. This is why saving is blocked.
    expect(setsOf(twice).groups).toEqual([''])
    expect(duplicateSetKeys({ ...twice, sets: [draft.sets[0], { ...added, name: 'others' }] }).size).toBe(0)
  })

  it('reads the file again keeping the rows\' keys (by watchlist id, set name and position), so open forms stay mounted', () => {
    const draft = fromFile(FILE)
    const changed = { ...FILE, watchlists: [{ ...FILE.watchlists[1], name: 'اعتقالات جديدة' }, { id: 'new', name: 'جديدة', terms: [{ query: 'س', weight: 1 }], exclude: [], notify: true, enabled: true }, FILE.watchlists[0]] }
    const again = fromFile(changed, draft)
    expect(again.watchlists.map((w) => w.key)).toEqual([draft.watchlists[1].key, expect.any(String), draft.watchlists[0].key])
    expect(new Set(again.watchlists.map((w) => w.key)).size).toBe(3)
    expect(again.watchlists[2].terms.map((t) => t.key)).toEqual(draft.watchlists[0].terms.map((t) => t.key))
    expect(again.sets[0].key).toBe(draft.sets[0].key)
    expect(toFile(again)).toEqual(toFile(fromFile(changed)))
  })

  it('compares drafts as the core would store them: names and queries trimmed, a weight of 1 either way', () => {
    const draft = fromFile(FILE)
    const ct = draft.watchlists[0]
    const padded = { ...draft, watchlists: [{ ...ct, name: ` ${ct.name} `, terms: ct.terms.map((t) => ({ ...t, query: `${t.query} ` })) }, draft.watchlists[1]] }
    expect(draftJson(padded)).toBe(draftJson(draft))
    expect(draftJson(fromFile({ ...FILE, watchlists: [{ ...FILE.watchlists[1], terms: ['اعتقال'] as never }] }))).toBe(
      draftJson(fromFile({ ...FILE, watchlists: [FILE.watchlists[1]] })),
    )
    expect(draftJson({ ...draft, watchlists: [{ ...ct, threshold: 3 }, draft.watchlists[1]] })).not.toBe(draftJson(draft))
    // Two sets of one name are two sets, not one: the draft differs from the file it came from.
    expect(draftJson({ ...draft, sets: [...draft.sets, { ...newSet(draft), name: 'groups' }] })).not.toBe(draftJson(draft))
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
