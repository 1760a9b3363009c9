/**
 * Polls feeds: fetch (conditional) → decode → parse → [full text] → ingest, then schedule the next
 * check. A failing feed records its error and backs off; it never stops the others.
 */
import type { PollProgressEvent, PollReport } from '../contract/types'
import { toErrorDetail } from '../errors/marsad-error'
import type { ErrorDetail } from '../errors/problems'
import { decodeFeed } from '../feeds/decode'
import { policyForFeed } from '../feeds/address-policy'
import { fetchUrl, FetchError, type FetchLimits } from '../feeds/fetch'
import { feedNotices } from '../feeds/notices'
import { parseFeed } from '../feeds/parse'
import type { Matcher } from '../rules/matcher'
import { displayName, type FeedRecord } from '../store/feeds-table'
import type { Store } from '../store/store'
import { withFullText } from './full-text'
import { deliveredBefore, ingestItems, matchItems, pageWanted, type NewHitArticle } from './ingest'
import { nextCheckAfterFailure, nextCheckAfterSuccess, type Random } from './schedule'
import { hostOf } from '../feeds/url'
import { yieldToEventLoop } from '../work/steps'

export interface PollDeps {
  readonly store: Store
  readonly matcher: () => Matcher
  readonly limits?: FetchLimits
  readonly now?: () => number
  readonly random?: Random
  readonly onProgress?: (event: PollProgressEvent) => void
  /**
   * A feed's new flagged articles, as soon as that feed is done (the round's newHits event comes
   * when every feed is): queued for notices at once, they survive a quit in the middle of a round.
   */
  readonly onHits?: (articles: readonly NewHitArticle[]) => void
}

export interface PollOutcome {
  readonly report: PollReport
  readonly newHits: readonly NewHitArticle[]
}

export async function pollFeed(deps: PollDeps, feed: FeedRecord): Promise<PollOutcome> {
  const now = deps.now ?? Date.now
  deps.onProgress?.({ type: 'pollProgress', feedId: feed.id, name: feed.name, phase: 'started' })
  try {
    const outcome = await fetchAndStore(deps, feed, now)
    const { newArticles, newHits } = outcome.report
    deps.onProgress?.({ type: 'pollProgress', feedId: feed.id, name: feed.name, phase: 'done', newArticles, newHits })
    return outcome
  } catch (err) {
    const error = recordFailure(deps, feed, err, now())
    deps.onProgress?.({ type: 'pollProgress', feedId: feed.id, name: feed.name, phase: 'failed', error })
    return { report: { feedId: feed.id, name: feed.name, url: feed.url, ok: false, fetched: 0, newArticles: 0, newHits: 0, error }, newHits: [] }
  }
}

async function fetchAndStore(deps: PollDeps, feed: FeedRecord, now: () => number): Promise<PollOutcome> {
  const { store } = deps
  // The feed's own host may be private (the analyst added it so); redirects and pages elsewhere may not.
  const policy = policyForFeed(feed.url)
  const userAgent = store.settings.userAgent()
  const result = await fetchUrl(feed.url, { limits: deps.limits, etag: feed.etag, lastModified: feed.lastModified, policy, userAgent })
  const url = result.permanentUrl && store.feeds.moveTo(feed.id, result.permanentUrl) ? result.permanentUrl : feed.url
  const report = { feedId: feed.id, name: feed.name, url, ok: true }
  if (result.kind === 'not-modified') {
    const at = now()
    store.feeds.recordNotModified(feed.id, at, nextCheckAfterSuccess(at, feed.intervalMinutes, deps.random))
    return { report: { ...report, notModified: true, fetched: 0, newArticles: 0, newHits: 0 }, newHits: [] }
  }
  const decoded = decodeFeed(result.bytes, result.contentType, feed.encoding ?? undefined)
  const parsed = await parseFeed(decoded.text)
  // Links several items of this read share came marked by parseFeed, over the whole read.
  const fresh = parsed.items.filter((item) => !deliveredBefore(store, feed.id, item))
  const items = feed.fullText ? await withFullText(fresh, deps.limits, (item) => pageWanted(store, item), { policy, userAgent }) : fresh
  // Named after parsing: a feed added unchecked has no title until its first fetch.
  const source = displayName({ name: feed.customName, title: parsed.title ?? feed.title, url })
  // Matched before the commit, yielding between items: matching never holds the database or the thread.
  const matcher = deps.matcher()
  const matches = await matchItems(matcher, items)
  // One commit per feed: the articles and the feed's new state land together.
  const ingested = store.transaction(() => {
    const stored = ingestItems(store, matcher, { id: feed.id, source }, items, now(), matches)
    // The next check counts from this good read, not from the fetch: parsing and matching a long
    // feed take seconds on a busy machine, and the interval is the gap between good reads.
    const at = now()
    const nextCheckAt = nextCheckAfterSuccess(at, feed.intervalMinutes, deps.random)
    store.feeds.recordSuccess(feed.id, { title: parsed.title, etag: result.etag, lastModified: result.lastModified, now: at, nextCheckAt, notices: feedNotices(decoded, parsed) })
    return stored
  })
  return {
    report: { ...report, fetched: parsed.items.length, newArticles: ingested.newArticles, newHits: ingested.newHits.length },
    newHits: ingested.newHits,
  }
}

/** Stores the error and when to try again; a 410 Gone disables the feed. Returns the error. */
function recordFailure(deps: PollDeps, feed: FeedRecord, err: unknown, now: number): ErrorDetail {
  const error = toErrorDetail(err)
  if (err instanceof FetchError && err.status === 410) {
    const reason: ErrorDetail = { code: 'feed.gone' }
    deps.store.feeds.disable(feed.id, reason, now)
    return reason
  }
  const retryAfter = err instanceof FetchError ? err.retryAfterMs : undefined
  deps.store.feeds.recordFailure(feed.id, error, now, nextCheckAfterFailure(now, feed.failures + 1, retryAfter, deps.random))
  return error
}

/**
 * Polls the feeds with at most `concurrency` requests in flight and one at a time per host (a
 * site with twenty feeds is not hit twenty times at once); reports come back in feed order.
 */
export async function pollFeeds(deps: PollDeps, feeds: readonly FeedRecord[], concurrency = 6): Promise<PollOutcome[]> {
  const outcomes: PollOutcome[] = new Array(feeds.length)
  const waiting = feeds.map((feed, index) => ({ feed, index, host: hostOf(feed.url) }))
  const busyHosts = new Set<string>()
  const sleepers = new Set<() => void>()
  const wakeAll = (): void => {
    for (const wake of sleepers) wake()
    sleepers.clear()
  }
  const slot = async (): Promise<void> => {
    while (waiting.length > 0) {
      const at = waiting.findIndex((w) => !busyHosts.has(w.host))
      if (at < 0) {
        // Every waiting feed's host is busy: sleep until some poll finishes.
        await new Promise<void>((resolve) => sleepers.add(resolve))
        continue
      }
      const [{ feed, index, host }] = waiting.splice(at, 1)
      busyHosts.add(host)
      const outcome = await pollFeed(deps, feed)
      outcomes[index] = outcome
      if (outcome.newHits.length > 0) deps.onHits?.(outcome.newHits)
      busyHosts.delete(host)
      wakeAll()
      // Parsing and storing a feed is synchronous work: let other calls in between feeds.
      await yieldToEventLoop()
    }
    wakeAll()
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, feeds.length) }, slot))
  return outcomes
}

