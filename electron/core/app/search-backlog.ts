/**
 * Indexes the search backlog in the background — articles just stored, and those stored before
 * search existed (migration 12): a small batch per transaction, yielding to the event loop between
 * batches, so polls, the API and other processes' writes go on; when it is empty, it looks again
 * a little later. A search catches up on what is left before it runs (timeline-table.ts).
 */
import type { Store } from '../store/store'

/** Articles per transaction: a few tens of milliseconds of work. */
export const SEARCH_BACKLOG_BATCH = 200
/** How long an empty backlog is left before it is looked at again. */
export const SEARCH_BACKLOG_IDLE_MS = 2_000

/** Indexes the backlog until stop(); `done` resolves once stopped (or, with `untilEmpty`, once the backlog is empty). */
export function drainSearchBacklog(store: Store, batch = SEARCH_BACKLOG_BATCH, untilEmpty = false): { readonly done: Promise<void>; stop(): void } {
  let stopped = false
  let wake: (() => void) | undefined
  const done = (async () => {
    while (!stopped && store.db.open) {
      const indexed = store.transaction(() => store.search.indexBacklog(batch))
      if (indexed < batch) {
        if (untilEmpty) return
        await new Promise<void>((resolve) => {
          wake = resolve
          setTimeout(resolve, SEARCH_BACKLOG_IDLE_MS).unref()
        })
      } else await new Promise((resolve) => setImmediate(resolve))
    }
  })()
  return {
    done,
    stop: () => {
      stopped = true
      wake?.()
    },
  }
}
