import { describe, expect, it } from 'vitest'
import { ALL_WATCHLISTS, unionOfRescans, watchlistsToRescan } from '../../../electron/core/rules/watchlist-changes'
import type { Watchlist, WatchlistFile } from '../../../electron/core/rules/types'

const list = (id: string, query: string, more: Partial<Watchlist> = {}): Watchlist => ({ id, name: id, terms: [{ query, weight: 1 }], exclude: [], notify: true, ...more })
const file = (watchlists: readonly Watchlist[], sets: WatchlistFile['sets'] = []): WatchlistFile => ({ sets, watchlists })
const ids = (scope: ReturnType<typeof watchlistsToRescan>) => (scope === ALL_WATCHLISTS ? scope : [...scope].sort())

describe('which watchlists a new file can re-flag', () => {
  const before = file([list('ct', 'إرهاب'), list('oil', 'النفط')])

  it('none when only names, colours or notifications change', () => {
    expect(ids(watchlistsToRescan(before, file([list('ct', 'إرهاب', { name: 'مكافحة الإرهاب', color: '#112233' }), list('oil', 'النفط', { notify: false })])))).toEqual([])
    expect(ids(watchlistsToRescan(before, file([list('oil', 'النفط'), list('ct', 'إرهاب')])))).toEqual([])
  })

  it('each watchlist whose terms, weights, exclusions, threshold or enabling changed', () => {
    expect(ids(watchlistsToRescan(before, file([list('ct', 'الإرهاب'), list('oil', 'النفط')])))).toEqual(['ct'])
    expect(ids(watchlistsToRescan(before, file([list('ct', 'إرهاب', { terms: [{ query: 'إرهاب', weight: 2 }] }), list('oil', 'النفط', { exclude: ['مباراة'] })])))).toEqual(['ct', 'oil'])
    expect(ids(watchlistsToRescan(before, file([list('ct', 'إرهاب', { threshold: 2 }), list('oil', 'النفط', { enabled: false })])))).toEqual(['ct', 'oil'])
  })

  it('added and removed watchlists', () => {
    expect(ids(watchlistsToRescan(before, file([list('ct', 'إرهاب'), list('arrests', 'اعتقال')])))).toEqual(['arrests', 'oil'])
  })

  it('all of them when a term set changes: any query may name it', () => {
    const sets = [{ name: 'groups', terms: ['داعش'] }]
    expect(watchlistsToRescan(file(before.watchlists, sets), file(before.watchlists, [{ name: 'groups', terms: ['داعش', 'القاعدة'] }]))).toBe(ALL_WATCHLISTS)
  })

  it('a change on top of an unfinished rescan adds to it', () => {
    expect([...(unionOfRescans(new Set(['ct']), new Set(['oil'])) as Set<string>)].sort()).toEqual(['ct', 'oil'])
    expect(unionOfRescans(new Set(['ct']), ALL_WATCHLISTS)).toBe(ALL_WATCHLISTS)
  })
})
