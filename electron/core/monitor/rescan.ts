/**
 * Re-evaluates stored articles against the current watchlists, so that changing a watchlist
 * flags (or unflags) history too. Works in batches, one transaction each, yields between batches
 * so the app stays responsive, reports progress, and stops cleanly when cancelled: every batch
 * done is done, the rest keeps its earlier hits.
 */
import type { RescanProgressEvent, RescanSummary } from '../contract/types'
import type { Matcher, MatchResult } from '../rules/matcher'
import type { Store } from '../store/store'
import { yieldToEventLoop } from '../work/steps'

export interface RescanOptions {
  readonly batchSize?: number
  readonly signal?: AbortSignal
  readonly onProgress?: (event: RescanProgressEvent) => void
  readonly now?: () => number
}

export async function rescanArticles(store: Store, matcher: Matcher, options: RescanOptions = {}): Promise<RescanSummary> {
  const batchSize = options.batchSize ?? 500
  const now = options.now ?? Date.now
  const total = store.articles.count()
  let done = 0
  let flagged = 0
  let afterId = 0
  const progress = (phase: RescanProgressEvent['phase']): RescanSummary => {
    options.onProgress?.({ type: 'rescanProgress', phase, done, total, flagged })
    return { done, total, flagged, cancelled: phase === 'cancelled' }
  }
  progress('running')
  for (;;) {
    // Yield first: the caller (e.g. setWatchlists) returns before any batch blocks the thread.
    await yieldToEventLoop()
    if (options.signal?.aborted) return progress('cancelled')
    const batch = store.articles.batchAfter(afterId, batchSize)
    if (batch.length === 0) return progress('done')
    // Matched one article at a time with the event loop served in between, then stored in one
    // short transaction: a batch of long articles never holds the thread or the database.
    const results: MatchResult[] = []
    for (const article of batch) {
      await yieldToEventLoop()
      if (options.signal?.aborted) return progress('cancelled')
      results.push(await matcher.runAsync(article, yieldToEventLoop))
    }
    store.transaction(() => {
      batch.forEach((article, i) => {
        store.hits.replace(article.id, results[i].hits, now(), results[i].truncated)
        if (results[i].hits.length > 0) flagged++
      })
    })
    done += batch.length
    afterId = batch[batch.length - 1].id
    progress('running')
  }
}
