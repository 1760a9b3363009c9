/**
 * Retention in the background: a long-running Marsad (the app, serve, poll) removes what the
 * analyst's limit lets go (store/retention.ts) when it starts and every hour, a small batch per
 * transaction, yielding between batches so polls and the API go on.
 */
import { pruneBatch, firstIdStoredAt, retentionCutoff } from '../store/retention'
import type { Store } from '../store/store'

/** Articles removed per transaction. */
export const PRUNE_BATCH = 500
export const PRUNE_EVERY_MS = 3_600_000

/** Removes everything retention lets go now, batch by batch; returns how many. */
export async function pruneAll(store: Store, now: number, shouldStop: () => boolean = () => false): Promise<number> {
  const cutoff = retentionCutoff(store.settings, now)
  if (cutoff === null) return 0
  const boundary = firstIdStoredAt(store.db, cutoff)
  let removed = 0
  let after = 0
  while (!shouldStop() && store.db.open) {
    const batch = store.transaction(() => pruneBatch(store.db, boundary, after, PRUNE_BATCH))
    removed += batch.removed
    after = batch.last
    if (batch.removed < PRUNE_BATCH) return removed
    await new Promise((resolve) => setImmediate(resolve))
  }
  return removed
}

/** Prunes now and every PRUNE_EVERY_MS until stopped. */
export function startRetention(store: Store, now: () => number): () => void {
  let stopped = false
  let timer: ReturnType<typeof setTimeout> | undefined
  const run = (): void => {
    void pruneAll(store, now(), () => stopped)
      .catch(() => {
        // A busy or closing database: the next round tries again.
      })
      .finally(() => {
        if (!stopped) timer = setTimeout(run, PRUNE_EVERY_MS)
      })
  }
  run()
  return () => {
    stopped = true
    if (timer) clearTimeout(timer)
  }
}
