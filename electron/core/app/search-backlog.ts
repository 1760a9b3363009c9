/**
 * Indexes the articles stored before search existed (migration 12's backlog) in the background: a
 * small batch per transaction, yielding to the event loop between batches, so polls, the API and
 * other processes' writes go on. A search meanwhile finds the articles already indexed (newest
 * first) and the counts say how many are left.
 */
import type { Store } from '../store/store'

/** Articles per transaction: a few tens of milliseconds of work. */
export const SEARCH_BACKLOG_BATCH = 200

/** Starts indexing the backlog; resolves when it is empty or stop() was called. */
export function drainSearchBacklog(store: Store, batch = SEARCH_BACKLOG_BATCH): { readonly done: Promise<void>; stop(): void } {
  let stopped = false
  const done = (async () => {
    while (!stopped && store.db.open) {
      const indexed = store.transaction(() => store.search.indexBacklog(batch))
      if (indexed < batch) return
      await new Promise((resolve) => setImmediate(resolve))
    }
  })()
  return {
    done,
    stop: () => {
      stopped = true
    },
  }
}
