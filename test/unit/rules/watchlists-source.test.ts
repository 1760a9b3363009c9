/**
 * resources/watchlists.json is generated: scripts/watchlists/ holds its sets and watchlists, with
 * the reasons for their terms, and `npm run watchlists` writes the file from them.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseWatchlistFile } from '../../../electron/core/rules/watchlist-file'
import { buildWatchlists, watchlistsJson } from '../../../scripts/watchlists/build'

const shipped = readFileSync(new URL('../../../resources/watchlists.json', import.meta.url), 'utf8')
const built = watchlistsJson()

describe('resources/watchlists.json', () => {
  it('is exactly what scripts/watchlists/ builds', () => {
    expect(
      shipped,
      'resources/watchlists.json differs from what scripts/watchlists/ builds: do not edit the JSON by hand; edit scripts/watchlists/ and run `npm run watchlists`',
    ).toBe(built)
  })

  it('as built, parses with the app’s own parser, every set and watchlist in order', () => {
    const file = parseWatchlistFile(built)
    const source = buildWatchlists()
    expect(file.sets.map((s) => s.name)).toEqual(Object.keys(source.sets))
    expect(file.watchlists.map((w) => w.id)).toEqual(source.watchlists.map((w) => w.id))
    expect(file.watchlists.every((w) => w.notify)).toBe(true)
  })
})
