/** What every group of handlers shares: the store, the compiled watchlists, events, clocks. */
import type { MarsadEvent } from '../contract/types'
import { watchlistColor } from '../contract/palette'
import type { ErrorDetail } from '../errors/problems'
import type { FetchLimits } from '../feeds/fetch'
import type { Random } from '../monitor/schedule'
import type { NewHitArticle } from '../monitor/ingest'
import type { Matcher } from '../rules/matcher'
import type { Store } from '../store/store'
import type { DatabaseFile } from './csv-workers'

export interface CoreContext {
  readonly store: Store
  readonly matcher: () => Matcher
  /** Puts a set in force; a set that built replaces stored watchlists that could not be (see stored-watchlists.ts). */
  readonly setMatcher: (matcher: Matcher) => void
  /** Why the stored watchlists are not in force, when they could not be built. */
  readonly watchlistsProblem: () => ErrorDetail | undefined
  readonly emit: (event: MarsadEvent) => void
  /** A polled feed's new flagged articles, as soon as it is done: queued for notices (app/notice-job.ts). */
  readonly queueHits?: (articles: readonly NewHitArticle[]) => void
  readonly now: () => number
  readonly random?: Random
  readonly limits?: FetchLimits
  readonly pollConcurrency?: number
  /** Threads a rescan matches in (default: one per core, see match-workers.ts); 0 matches in the core's own thread. */
  readonly matchThreads?: number
  /** Threads a big CSV export writes its rows in (default: one per core, see csv-export.ts); 0 writes them in the core's thread. */
  readonly exportThreads?: number
  /** The database's file, for threads that open it beside the core (none for an in-memory database). */
  readonly dbFile?: DatabaseFile
  readonly resourcesDir: string
}

/** Watchlist ids to names, for views and exports. */
export function watchlistNames(ctx: CoreContext): Map<string, string> {
  return new Map(ctx.matcher().watchlists.map((w) => [w.id, w.name]))
}

/** Watchlist ids to their highlight colours (their own, else the palette's by position). */
export function watchlistColors(ctx: CoreContext): Map<string, string> {
  return new Map(ctx.matcher().watchlists.map((w, i) => [w.id, watchlistColor(w.color, i)]))
}
