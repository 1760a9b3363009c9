/**
 * Which watchlists' hits a new watchlist file can change: a rescan re-matches those alone. A
 * watchlist's matching is its terms, exclusions, threshold and whether it is enabled; its name,
 * colour and notification setting change no hit. The term sets are shared by every query that
 * names one, so a change to any set re-matches every watchlist.
 */
import type { Watchlist, WatchlistFile } from './types'

/** Every watchlist's hits may change. */
export const ALL_WATCHLISTS = 'all'

export type WatchlistsToRescan = typeof ALL_WATCHLISTS | ReadonlySet<string>

function matchingOf(watchlist: Watchlist): string {
  return JSON.stringify([watchlist.terms, watchlist.exclude, watchlist.threshold ?? null, watchlist.enabled !== false])
}

/** The ids of the watchlists added, removed or matching differently from `before` to `after`. */
export function watchlistsToRescan(before: WatchlistFile, after: WatchlistFile): WatchlistsToRescan {
  if (JSON.stringify(before.sets) !== JSON.stringify(after.sets)) return ALL_WATCHLISTS
  const old = new Map(before.watchlists.map((w) => [w.id, matchingOf(w)]))
  const changed = new Set<string>()
  for (const w of after.watchlists) {
    if (old.get(w.id) !== matchingOf(w)) changed.add(w.id)
    old.delete(w.id)
  }
  for (const removed of old.keys()) changed.add(removed)
  return changed
}

/** Both scopes at once: what still had to be rescanned and what a newer change adds. */
export function unionOfRescans(a: WatchlistsToRescan, b: WatchlistsToRescan): WatchlistsToRescan {
  if (a === ALL_WATCHLISTS || b === ALL_WATCHLISTS) return ALL_WATCHLISTS
  return new Set([...a, ...b])
}
