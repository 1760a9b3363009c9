/**
 * The watchlists a service starts with. A set is built (the Matcher constructed) before it is
 * saved, so a stored set always builds, except in a database an older Marsad wrote: it saved
 * a set it had only parsed (a 20,000-link NEAR chain parsed fine, then overflowed the stack when
 * built, and every later command failed). Such a database still opens: it says why, and monitors
 * with the shipped watchlists until a good set replaces the stored one.
 *
 * Why the shipped set rather than the last set that built: that older Marsad replaced the good set
 * in the same write that stored the bad one, so no earlier set is left in the file; and the
 * shipped set is the one every database starts from, tested against the labeled sentences. The
 * stored definitions are left as they are: the analyst's work is not deleted behind their back.
 */
import { readFileSync } from 'node:fs'
import type { ErrorDetail } from '../errors/problems'
import { toErrorDetail } from '../errors/marsad-error'
import { Matcher } from '../rules/matcher'
import { parseWatchlistFile } from '../rules/watchlist-file'
import type { Store } from '../store/store'

export interface LoadedWatchlists {
  readonly matcher: Matcher
  /** Why the stored watchlists are not the ones in force (absent when they are). */
  readonly problem?: ErrorDetail
}

export function loadWatchlists(store: Store, shippedPath: string): LoadedWatchlists {
  try {
    return { matcher: new Matcher(store.watchlists.load()) }
  } catch (err) {
    // list() validates every query (a QueryError names its watchlist); anything else is a bug, said as such.
    return { matcher: new Matcher(parseWatchlistFile(readFileSync(shippedPath, 'utf8'))), problem: shortened(toErrorDetail(err)) }
  }
}

/** The problem travels with every getWatchlists reply: the query it quotes need not be 200 kB. */
function shortened(detail: ErrorDetail): ErrorDetail {
  return detail.code === 'query.syntax' && detail.query.length > QUOTED_QUERY_LENGTH ? { ...detail, query: `${detail.query.slice(0, QUOTED_QUERY_LENGTH)}…` } : detail
}

const QUOTED_QUERY_LENGTH = 300
