/**
 * Re-evaluates stored articles against the current watchlists, so that changing a watchlist
 * flags (or unflags) history too. Works in batches, one transaction each, lets the event loop in
 * every few milliseconds so the app stays responsive, reports progress, and stops cleanly when
 * cancelled: every batch done is done, the rest keeps its earlier hits.
 *
 * A rescan may be of some watchlists only (`only`): after one watchlist changed, only its hits can
 * change, so only it is matched (a matcher built of it alone costs a fraction of the whole set)
 * and only its hits are rewritten.
 */
import { performance } from 'node:perf_hooks'
import type { RescanProgressEvent, RescanSummary } from '../contract/types'
import type { Matcher } from '../rules/matcher'
import type { StoredArticle } from '../store/articles-table'
import type { Store } from '../store/store'
import { yieldToEventLoop } from '../work/steps'
import { startMatchWorkers, type MatchedArticle, type MatchWorkers } from './match-workers'

/**
 * Articles are matched without a pause for up to this long. Pausing after each article cost more
 * than the matching of a short one (a rescan ran at less than half the matcher's speed); a slice
 * this short still answers a contract call or a click within a frame or two.
 */
const SLICE_MS = 12
/** Bodies longer than this are matched with pauses inside (Matcher.runAsync): one may take a while. */
const LONG_BODY = 20_000

const NO_MATCH: MatchedArticle = { hits: [], truncated: false }

export interface RescanOptions {
  readonly batchSize?: number
  readonly signal?: AbortSignal
  readonly onProgress?: (event: RescanProgressEvent) => void
  readonly now?: () => number
  /**
   * Rewrite only these watchlists' hits (the matcher given must be built of these, less any that
   * were removed: their hits are dropped). Absent: every hit is rewritten.
   */
  readonly only?: readonly string[]
  /** Matching threads to use (match-workers.ts); 0 or absent: matched in this thread. */
  readonly threads?: number
  /** How threads are started (tests stand in threads that fail). */
  readonly startThreads?: typeof startMatchWorkers
}

export async function rescanArticles(store: Store, matcher: Matcher, options: RescanOptions = {}): Promise<RescanSummary> {
  const batchSize = options.batchSize ?? 500
  const now = options.now ?? Date.now
  const only = options.only
  const total = store.articles.count()
  let done = 0
  let flagged = 0
  let threads = 0
  const progress = (phase: RescanProgressEvent['phase']): RescanSummary => {
    options.onProgress?.({ type: 'rescanProgress', phase, done, total, flagged })
    return { done, total, flagged, cancelled: phase === 'cancelled', threads }
  }
  progress('running')
  // Yield first: the caller (e.g. setWatchlists) returns before any batch blocks the thread.
  await yieldToEventLoop()
  const matching = await matchingFor(matcher, options)
  threads = matching.threads
  try {
    let readUpTo = 0
    // The next batch is read and sent to be matched before this one is written: the matching
    // threads work while this thread writes.
    const next = (): { batch: RescanBatch; results: Promise<MatchedArticle[] | undefined> } | undefined => {
      const batch = store.articles.batchAfter(readUpTo, batchSize)
      if (batch.length === 0) return undefined
      readUpTo = batch[batch.length - 1].id
      return { batch, results: matching.match(batch) }
    }
    for (let pending = next(); pending !== undefined; ) {
      const results = await pending.results
      if (results === undefined || options.signal?.aborted) return progress('cancelled')
      const following = next()
      flagged += writeBatch(store, pending.batch, results, only, now)
      done += pending.batch.length
      progress('running')
      await yieldToEventLoop()
      pending = following
    }
    return progress('done')
  } finally {
    await matching.close()
  }
}

type RescanBatch = readonly Pick<StoredArticle, 'id' | 'title' | 'body'>[]

/** Matching of a batch; undefined when cancelled part way. */
interface BatchMatching {
  readonly threads: number
  match(batch: RescanBatch): Promise<MatchedArticle[] | undefined>
  close(): Promise<void>
}

/**
 * Threads when asked for and they start; else this thread, with pauses (see SLICE_MS). A thread
 * that stops part way (out of memory, killed) does not fail the rescan: what it had is matched
 * here, and so is the rest.
 */
async function matchingFor(matcher: Matcher, options: RescanOptions): Promise<BatchMatching> {
  // Only removed watchlists to drop: nothing to match, each article's hits of them go.
  if (matcher.watchlists.length === 0) return { threads: 0, match: async (batch) => batch.map(() => NO_MATCH), close: async () => {} }
  const here = inThisThread(matcher, options)
  const threads = options.threads ?? 0
  if (threads === 0) return here
  let workers: MatchWorkers | undefined
  try {
    workers = await (options.startThreads ?? startMatchWorkers)(matcher.file, threads)
  } catch {
    // A thread that cannot start (no worker code beside a stripped build): matched here instead, only slower.
    return here
  }
  const close = async (): Promise<void> => {
    const closing = workers
    workers = undefined
    await closing?.close()
  }
  return {
    threads,
    async match(batch) {
      if (workers) {
        try {
          return await workers.match(batch)
        } catch {
          await close()
        }
      }
      return here.match(batch)
    },
    close,
  }
}

function inThisThread(matcher: Matcher, options: RescanOptions): BatchMatching {
  let sliceStart = performance.now()
  return {
    threads: 0,
    async match(batch) {
      const results: MatchedArticle[] = []
      for (const article of batch) {
        if (performance.now() - sliceStart > SLICE_MS) {
          await yieldToEventLoop()
          sliceStart = performance.now()
          if (options.signal?.aborted) return undefined
        }
        results.push(article.body.length > LONG_BODY ? await matcher.runAsync(article, yieldToEventLoop) : matcher.run(article))
      }
      return results
    },
    close: async () => {},
  }
}

/**
 * Stores a batch's results in one short transaction; returns how many it flags. Most articles
 * come out as they were (unflagged, or flagged at the same places with the same score): those are
 * not rewritten, so a hit keeps the time it was first matched.
 */
function writeBatch(store: Store, batch: RescanBatch, results: readonly MatchedArticle[], only: readonly string[] | undefined, now: () => number): number {
  let flagged = 0
  store.transaction(() => {
    // Read under the write lock: another process (a CLI rescan beside the app) may have changed
    // these hits since they were matched, and reconcile writes only the difference from what it is told.
    const before = store.hits.forArticles(batch.map((a) => a.id))
    batch.forEach((article, i) => {
      const { hits, truncated } = results[i]
      if (hits.length > 0) flagged++
      const stored = (before.get(article.id) ?? []).filter((h) => only === undefined || only.includes(h.watchlistId))
      // Only what changed is written: a hit that comes out the same keeps the time it was first matched.
      store.hits.reconcile(article.id, stored, hits, now(), truncated)
    })
  })
  return flagged
}
