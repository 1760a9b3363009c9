/**
 * Builds resources/watchlists.json, the default watchlists, from the modules beside it. Edit those,
 * never the JSON: the unit tests check that the file is what this writes.
 *
 *   tsx scripts/watchlists/build.ts           writes resources/watchlists.json (npm run watchlists)
 *   tsx scripts/watchlists/build.ts --check   writes nothing; exits 1 if the file differs
 */
import { readFileSync, realpathSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseWatchlistFile } from '../../electron/core/rules/watchlist-file'
import { COOPERATION_SETS } from './cooperation'
import { COUNTRY_SETS } from './countries'
import { EVENT_SETS } from './events'
import { FRAMING_SETS } from './framing'
import { GROUP_SETS } from './groups'
import { WATCHLISTS } from './lists'
import type { TermSets, WatchlistSource } from './query'
import { VOCABULARY_SETS } from './vocabulary'

/** The file this builds. */
export const WATCHLISTS_FILE = new URL('../../resources/watchlists.json', import.meta.url)

/** The modules' sets, in the order the file lists them (a set may name one listed later). */
const SET_GROUPS: readonly TermSets[] = [GROUP_SETS, FRAMING_SETS, VOCABULARY_SETS, EVENT_SETS, COUNTRY_SETS, COOPERATION_SETS]

export interface WatchlistsFileSource {
  readonly sets: Readonly<Record<string, readonly string[]>>
  readonly watchlists: readonly (WatchlistSource & { readonly notify: true })[]
}

/** The file's content: every set, in order, then the watchlists, each with `notify: true` last. */
export function buildWatchlists(): WatchlistsFileSource {
  const sets: Record<string, readonly string[]> = {}
  for (const group of SET_GROUPS) {
    for (const [name, terms] of Object.entries(group)) {
      // A second definition would silently replace the first in place: say so instead.
      if (Object.hasOwn(sets, name)) throw new Error(`the set ${name} is defined twice in scripts/watchlists/`)
      sets[name] = terms
    }
  }
  const watchlists = WATCHLISTS.map((w) => ({ ...w, notify: true as const }))
  return { sets, watchlists }
}

/** The file's text: JSON indented by two spaces, non-ASCII characters as they are, a final newline. */
export function watchlistsJson(): string {
  return JSON.stringify(buildWatchlists(), null, 2) + '\n'
}

function main(args: readonly string[]): number {
  const unknown = args.filter((arg) => arg !== '--check')
  if (unknown.length > 0) {
    process.stderr.write(`unknown argument ${unknown.join(' ')} (only --check)\n`)
    return 2
  }
  const text = watchlistsJson()
  // What the app would refuse (an unknown @set, a weight of 0) is never written: the parser says why.
  parseWatchlistFile(text)
  if (args.includes('--check')) {
    let current: string | undefined
    try {
      current = readFileSync(WATCHLISTS_FILE, 'utf8')
    } catch {
      current = undefined
    }
    if (current === text) return 0
    process.stderr.write('resources/watchlists.json is not what scripts/watchlists/ builds: edit scripts/watchlists/, then run npm run watchlists\n')
    return 1
  }
  writeFileSync(WATCHLISTS_FILE, text)
  return 0
}

// Run as a script (not imported, as the tests do), through a symbolic link too.
if (process.argv[1] !== undefined && realpathSync(fileURLToPath(import.meta.url)) === realpathSync(process.argv[1])) process.exitCode = main(process.argv.slice(2))
