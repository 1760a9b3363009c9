import { describe, expect, it } from 'vitest'
import { MAX_FILE_CHARACTERS, parseWatchlistFile, SET_LIMITS, WatchlistFileError } from '../../../electron/core/rules/watchlist-file'

function file(watchlists: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ watchlists, ...extra }, null, 2)
}

const valid = { id: 'counter-terrorism', name: 'مكافحة الإرهاب', terms: ['إرهاب'] }

function refusal(text: string): WatchlistFileError {
  try {
    parseWatchlistFile(text)
  } catch (err) {
    if (err instanceof WatchlistFileError) return err
    throw err
  }
  throw new Error('expected the file to be refused')
}

describe('parseWatchlistFile: a valid file', () => {
  it('loads with defaults filled in', () => {
    const text = file([
      valid,
      {
        id: 'named_groups-2',
        name: 'تنظيمات',
        terms: ['داعش', { query: '"تنظيم القاعدة"', weight: 3 }],
        exclude: ['"القاعدة العسكرية"'],
        threshold: 2,
        notify: false,
      },
    ])
    expect(parseWatchlistFile(text).watchlists).toEqual([
      { id: 'counter-terrorism', name: 'مكافحة الإرهاب', terms: [{ query: 'إرهاب', weight: 1 }], exclude: [], notify: true, enabled: true },
      {
        id: 'named_groups-2',
        name: 'تنظيمات',
        terms: [
          { query: 'داعش', weight: 1 },
          { query: '"تنظيم القاعدة"', weight: 3 },
        ],
        exclude: ['"القاعدة العسكرية"'],
        threshold: 2,
        notify: false,
        enabled: true,
      },
    ])
  })

  it('accepts a byte order mark and an empty list', () => {
    expect(parseWatchlistFile(`\ufeff${file([valid])}`).watchlists).toHaveLength(1)
    expect(parseWatchlistFile(file([]))).toEqual({ sets: [], watchlists: [] })
  })
})

describe('parseWatchlistFile: an invalid file gives one readable line', () => {
  it.each([
    ['invalid JSON', '{\n  "watchlists": [\n    {"id": "a",\n  ]\n}', /not valid JSON/],
    ['text that is not JSON at all', 'watchlists:\n  - id: a\n', /not valid JSON/],
    ['not an object', '[]', /\(root\)/],
    ['watchlists is not a list', '{"watchlists": {}}', /watchlists/],
    ['empty term', file([{ ...valid, terms: [''] }]), /watchlists\.0\.terms\.0: empty term/],
    ['blank term', file([{ ...valid, terms: ['إرهاب', '   '] }]), /watchlists\.0\.terms\.1: empty term/],
    ['empty query in a weighted term', file([{ ...valid, terms: [{ query: '', weight: 1 }] }]), /terms\.0\.query: empty term/],
    ['empty exclude', file([{ ...valid, exclude: [' '] }]), /exclude\.0: empty term/],
    ['no terms', file([{ ...valid, terms: [] }]), /at least one term/],
    ['empty name', file([{ ...valid, name: ' ' }]), /name: empty name/],
    ['duplicate id', file([valid, { ...valid, name: 'نسخة' }]), /watchlists\.1\.id: duplicate id "counter-terrorism"/],
    ['upper-case id', file([{ ...valid, id: 'Counter-Terrorism' }]), /watchlists\.0\.id: id must be/],
    ['id with a space', file([{ ...valid, id: 'counter terrorism' }]), /id must be/],
    ['Arabic id', file([{ ...valid, id: 'ارهاب' }]), /id must be/],
    ['id starting with a dash', file([{ ...valid, id: '-ct' }]), /id must be/],
    ['unknown key in a watchlist', file([{ ...valid, colour: 'red' }]), /watchlists\.0: .*colour/],
    ['a colour not written #rrggbb', file([{ ...valid, color: 'red' }]), /watchlists\.0\.color: a colour is written #rrggbb/],
    ['a weight of 0', file([{ ...valid, terms: [{ query: 'إرهاب', weight: 0 }] }]), /weight is a number from -100 to 100, not 0/],
    ['a term set with a bad name', file([valid], { sets: { 'Armed Groups': ['داعش'] } }), /sets.*term set name/],
    ['a query naming an unknown set', file([{ ...valid, terms: ['@armed-groups'] }]), /no term set named @armed-groups at position 0/],
    ['a set naming itself through another', file([valid], { sets: { a: ['@b'], b: ['داعش OR @a'] } }), /term set @[ab] refers back to itself/],
    ['a set named with a longer name first', file([valid], { sets: { abc: ['داعش'], x: ['@abc @ab'] } }), /no term set named @ab at position 5/],
    ['a verb~ with =', file([{ ...valid, terms: ['=اعتقل~'] }]), /a verb~ is a plain word, without = or \* at position 0/],
    ['SENT without a term', file([{ ...valid, terms: ['اعتقال SENT'] }]), /operator SENT without a term/],
    ['a bad query inside a set', file([valid], { sets: { groups: ['"داعش'] } }), /term set @groups: unbalanced quote at position 0/],
    ['misspelt key', file([{ ...valid, exlude: [] }]), /exlude/],
    ['unknown key at the root', file([valid], { version: 2 }), /\(root\): .*version/],
    ['unknown key in a weighted term', file([{ ...valid, terms: [{ query: 'x', weight: 1, boost: 2 }] }]), /boost/],
    ['weight of zero', file([{ ...valid, terms: [{ query: 'x', weight: 0 }] }]), /terms\.0\.weight/],
    ['weight as a string', file([{ ...valid, terms: [{ query: 'x', weight: '2' }] }]), /terms\.0\.weight/],
    ['negative threshold', file([{ ...valid, threshold: -1 }]), /threshold/],
    ['term that is neither a string nor an object', file([{ ...valid, terms: [5] }]), /terms\.0: a term is a query string or/],
    ['weighted term without a weight', file([{ ...valid, terms: [{ query: 'x' }] }]), /terms\.0\.weight/],
    ['bad query syntax', file([{ ...valid, terms: ['إرهاب', '(داعش OR القاعدة'] }]), /watchlist "counter-terrorism": .*unbalanced \( at position 0/],
    ['bad exclude syntax', file([{ ...valid, exclude: ['NOT داعش'] }]), /watchlist "counter-terrorism": .*not negated/],
    ['bad query with a line break', file([{ ...valid, terms: ['"داعش\nOR القاعدة'] }]), /unbalanced quote at position 0/],
  ])('%s', (_label, text, reason) => {
    const err = refusal(text)
    expect(err.message).toMatch(reason)
    expect(err.message).not.toMatch(/[\r\n\u2028\u2029]/)
    expect(err.name).toBe('WatchlistFileError')
  })
})

describe('parseWatchlistFile: limits on the whole set', () => {
  /** n watchlists of `terms` terms each, every term `term`. */
  const lists = (n: number, terms: number, term = 'إرهاب') =>
    Array.from({ length: n }, (_, i) => ({ id: `list-${i}`, name: `قائمة ${i}`, terms: Array.from({ length: terms }, () => term) }))

  it('takes ten times the shipped set: 50 watchlists of 100 terms', () => {
    expect(parseWatchlistFile(file(lists(50, 100))).watchlists).toHaveLength(50)
  })

  it('refuses more watchlists than the limit', () => {
    expect(refusal(file(lists(SET_LIMITS.watchlists + 1, 1))).detail).toMatchObject({ code: 'watchlists.invalid', path: 'watchlists', problem: 'too_big', limit: SET_LIMITS.watchlists })
  })

  it('refuses a set with too many terms in all, naming the watchlist where it goes over', () => {
    // Each list within its own 5,000 terms; eleven of 500 make 5,500.
    expect(refusal(file(lists(11, 500))).detail).toEqual({ code: 'watchlists.invalid', path: 'watchlists.10', problem: 'set_too_many_queries', limit: SET_LIMITS.queries })
  })

  it('refuses a set whose queries are too long in all, naming the watchlist where it goes over', () => {
    const longQuery = `"${'قوات الأمن '.repeat(800).trim()}"` // 8,801 characters: within one query's limit
    const count = Math.floor(SET_LIMITS.queryCharacters / longQuery.length) + 1
    expect(refusal(file(lists(count, 1, longQuery))).detail).toEqual({
      code: 'watchlists.invalid',
      path: `watchlists.${count - 1}`,
      problem: 'set_too_large',
      limit: SET_LIMITS.queryCharacters,
    })
  })

  it('refuses a file too large to be a set within the limits before parsing its JSON', () => {
    const text = ' '.repeat(MAX_FILE_CHARACTERS) + file([valid])
    expect(refusal(text).detail).toEqual({ code: 'watchlists.invalid', path: '', problem: 'text_too_large', limit: MAX_FILE_CHARACTERS })
  })
})
