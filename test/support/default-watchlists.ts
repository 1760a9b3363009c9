/** The shipped default watchlists (resources/watchlists.json), parsed once, and what they flag in a text. */
import { readFileSync } from 'node:fs'
import { Matcher } from '../../electron/core/rules/matcher'
import { parseWatchlistFile } from '../../electron/core/rules/watchlist-file'

export const defaultWatchlistFile = parseWatchlistFile(readFileSync(new URL('../../resources/watchlists.json', import.meta.url), 'utf8'))
export const defaultMatcher = new Matcher(defaultWatchlistFile)

/** The ids of the watchlists the defaults flag an article on, sorted. */
export const flagged = (body: string, title = ''): string[] =>
  defaultMatcher
    .match({ title, body })
    .map((h) => h.watchlistId)
    .sort()
