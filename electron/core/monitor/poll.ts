/**
 * Polls feeds: fetch → decode → parse → ingest, one feed at a time per slot, a few slots at once.
 * A failing feed records its error and never stops the others.
 */
import type { FeedView, PollProgressEvent, PollReport } from '../contract/types'
import { decodeFeed } from '../feeds/decode'
import { DEFAULT_LIMITS, fetchFeed, type FetchLimits } from '../feeds/fetch'
import { parseFeed } from '../feeds/parse'
import type { Matcher } from '../rules/matcher'
import type { Store } from '../store/store'
import { ingestItems, type NewHitArticle } from './ingest'

export interface PollDeps {
  readonly store: Store
  readonly matcher: () => Matcher
  readonly limits?: FetchLimits
  readonly now?: () => number
  readonly onProgress?: (event: PollProgressEvent) => void
}

export interface PollOutcome {
  readonly report: PollReport
  readonly newHits: readonly NewHitArticle[]
}

export async function pollFeed(deps: PollDeps, feed: FeedView): Promise<PollOutcome> {
  const now = deps.now ?? Date.now
  const base = { feedId: feed.id, name: feed.name, url: feed.url }
  deps.onProgress?.({ type: 'pollProgress', feedId: feed.id, name: feed.name, phase: 'started' })
  try {
    const body = await fetchFeed(feed.url, deps.limits ?? DEFAULT_LIMITS)
    const parsed = await parseFeed(decodeFeed(body.bytes, body.contentType).text)
    const result = ingestItems(deps.store, deps.matcher(), { id: feed.id, source: feed.name }, parsed, now())
    const newHits = result.newHits.length
    deps.onProgress?.({ type: 'pollProgress', feedId: feed.id, name: feed.name, phase: 'done', newArticles: result.newArticles, newHits })
    return {
      report: { ...base, ok: true, fetched: parsed.items.length, newArticles: result.newArticles, newHits },
      newHits: result.newHits,
    }
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err)
    deps.store.feeds.recordFailure(feed.id, error, now())
    deps.onProgress?.({ type: 'pollProgress', feedId: feed.id, name: feed.name, phase: 'failed', error })
    return { report: { ...base, ok: false, fetched: 0, newArticles: 0, newHits: 0, error }, newHits: [] }
  }
}

/** Polls the feeds with at most `concurrency` requests in flight; reports come back in feed order. */
export async function pollFeeds(deps: PollDeps, feeds: readonly FeedView[], concurrency = 6): Promise<PollOutcome[]> {
  const outcomes: PollOutcome[] = new Array(feeds.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < feeds.length) {
      const index = next++
      outcomes[index] = await pollFeed(deps, feeds[index])
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, feeds.length) }, worker))
  return outcomes
}
