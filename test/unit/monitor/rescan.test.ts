import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createService, type MarsadService } from '../../../electron/core/app/service'
import type { TimelineCounts } from '../../../electron/core/contract/desk-types'
import type { RescanProgressEvent } from '../../../electron/core/contract/types'
import type { startMatchWorkers } from '../../../electron/core/monitor/match-workers'
import { rescanArticles } from '../../../electron/core/monitor/rescan'
import { Matcher } from '../../../electron/core/rules/matcher'
import { Store } from '../../../electron/core/store/store'

const lists = (query: string) => [{ id: 'ct', name: 'إرهاب', terms: [{ query, weight: 1 }], exclude: [], notify: true }]

function storeWith(count: number, path = join(mkdtempSync(join(tmpdir(), 'marsad-rescan-')), 'm.sqlite')): Store {
  const store = Store.open(path)
  const feed = store.feeds.add('https://e.com/rss', 'مصدر', 0)
  store.transaction(() => {
    for (let i = 0; i < count; i++) {
      const body = i % 3 === 0 ? 'أعلنت السلطات توقيف خلية للارهابيين' : 'ارتفعت أسعار النفط اليوم'
      store.articles.insert({ feedId: feed.id, source: 'مصدر', guid: `g${i}`, url: null, title: `خبر ${i}`, body, publishedAt: i, publishedGuessed: false, fetchedAt: 0 })
    }
  })
  return store
}

const flaggedCount = (store: Store): number => store.timeline.page({ filter: { flagged: true }, sort: 'time', limit: 5000 }).length

describe('rescan of stored articles', () => {
  it('flags history under new watchlists, in batches with progress', async () => {
    const store = storeWith(1000)
    expect(flaggedCount(store)).toBe(0)
    const events: RescanProgressEvent[] = []
    const summary = await rescanArticles(store, new Matcher(lists('إرهاب')), { batchSize: 300, onProgress: (e) => events.push(e) })
    expect(summary).toEqual({ done: 1000, total: 1000, flagged: 334, cancelled: false, threads: 0 })
    expect(flaggedCount(store)).toBe(334)
    expect(events.map((e) => [e.phase, e.done])).toEqual([['running', 0], ['running', 300], ['running', 600], ['running', 900], ['running', 1000], ['done', 1000]])
    store.close()
  })

  it('matches on threads when asked, with the same results and progress', async () => {
    const store = storeWith(1000)
    const events: RescanProgressEvent[] = []
    const summary = await rescanArticles(store, new Matcher(lists('إرهاب')), { batchSize: 300, threads: 2, onProgress: (e) => events.push(e) })
    expect(summary).toEqual({ done: 1000, total: 1000, flagged: 334, cancelled: false, threads: 2 })
    expect(flaggedCount(store)).toBe(334)
    expect(events.map((e) => [e.phase, e.done])).toEqual([['running', 0], ['running', 300], ['running', 600], ['running', 900], ['running', 1000], ['done', 1000]])
    store.close()
  })

  it('matches here what threads could not: one that will not start, one that stops part way', async () => {
    const cannotStart = storeWith(1000)
    const refused = await rescanArticles(cannotStart, new Matcher(lists('إرهاب')), { threads: 2, startThreads: () => Promise.reject(new Error('no worker code')) })
    expect(refused).toEqual({ done: 1000, total: 1000, flagged: 334, cancelled: false, threads: 0 })
    cannotStart.close()

    const store = storeWith(1000)
    const matcher = new Matcher(lists('إرهاب'))
    let batches = 0
    const stopsAtThird: typeof startMatchWorkers = async () => ({
      match: async (articles) => {
        if (++batches >= 3) throw new Error('a matching thread stopped (exit code 1)')
        return articles.map((a) => ({ hits: matcher.match(a), truncated: false }))
      },
      close: async () => {},
    })
    const summary = await rescanArticles(store, matcher, { batchSize: 200, threads: 2, startThreads: stopsAtThird })
    expect(summary).toEqual({ done: 1000, total: 1000, flagged: 334, cancelled: false, threads: 2 })
    expect(flaggedCount(store)).toBe(334)
    store.close()
  })

  it('leaves a hit that comes out the same as it was, and rescores a changed one in place, with the time it was first matched', async () => {
    const store = storeWith(30)
    await rescanArticles(store, new Matcher(lists('إرهاب')), { now: () => 1_000 })
    await rescanArticles(store, new Matcher(lists('إرهاب')), { now: () => 2_000 })
    const hits = [...store.hits.forArticles(Array.from({ length: 30 }, (_, i) => i + 1)).values()].flat()
    expect(hits).toHaveLength(10)
    expect(new Set(hits.map((h) => h.matchedAt))).toEqual(new Set([1_000]))
    // A weight changed: every hit is rescored in place, still flagged since it was first matched,
    // and the article's score (which score views sort by) follows.
    await rescanArticles(store, new Matcher([{ ...lists('إرهاب')[0], terms: [{ query: 'إرهاب', weight: 2 }] }]), { now: () => 3_000 })
    const ids = Array.from({ length: 30 }, (_, i) => i + 1)
    const rescored = [...store.hits.forArticles(ids).values()].flat()
    expect(rescored.map((h) => [h.score, h.matchedAt, h.spans])).toEqual(hits.map((h) => [2 * hits[0].score, 1_000, h.spans]))
    const states = [...store.state.forArticles(ids).values()].filter((s) => s.flagged)
    expect(states.map((s) => s.score)).toEqual(Array.from({ length: 10 }, () => 2 * hits[0].score))
    expect(store.timeline.counts().watchlists.ct).toEqual({ all: 10, unread: 10 })
    store.close()
  })

  it('unflags articles the new watchlists no longer hit', async () => {
    const store = storeWith(30)
    await rescanArticles(store, new Matcher(lists('إرهاب')))
    expect(flaggedCount(store)).toBe(10)
    await rescanArticles(store, new Matcher(lists('النفط')))
    expect(flaggedCount(store)).toBe(20)
    store.close()
  })

  it('stops when cancelled, keeping what it finished and nothing half-done', async () => {
    const store = storeWith(1000)
    const controller = new AbortController()
    const summary = await rescanArticles(store, new Matcher(lists('إرهاب')), {
      batchSize: 100,
      signal: controller.signal,
      onProgress: (e) => e.done >= 200 && controller.abort(),
    })
    expect(summary).toMatchObject({ done: 200, cancelled: true })
    expect(flaggedCount(store)).toBe(67)
    store.close()
  })
})

describe('changing watchlists through the contract', () => {
  let service: MarsadService | undefined
  afterEach(() => service?.close())

  it('stores valid watchlists and re-evaluates history in the background', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'marsad-rescan-'))
    service = createService({ dbPath: join(dir, 'm.sqlite') })
    const events: string[] = []
    service.onEvent((e) => e.type === 'rescanProgress' && events.push(e.phase))
    expect(await service.call('setWatchlists', { watchlists: lists('إرهاب') })).toEqual({ watchlists: 1 })
    await service.whenIdle()
    expect(events.at(-1)).toBe('done')
    expect(await service.call('getWatchlists', {})).toMatchObject({ watchlists: [{ id: 'ct', terms: [{ query: 'إرهاب' }] }] })
  })

  it('refuses a watchlist with a bad query and keeps the old ones', async () => {
    service = createService({ dbPath: join(mkdtempSync(join(tmpdir(), 'marsad-rescan-')), 'm.sqlite') })
    const before = await service.call('getWatchlists', {})
    await expect(service.call('setWatchlists', { watchlists: lists('"مكافحة الإرهاب') })).rejects.toMatchObject({ detail: { code: 'query.syntax', problem: 'unbalanced_quote', position: 0 }, message: /unbalanced quote at position 0/ })
    await expect(service.call('setWatchlists', { watchlists: [{ id: 'x', name: 'x', terms: [''] }] })).rejects.toMatchObject({ detail: { code: 'watchlists.invalid', path: 'watchlists.0.terms.0', problem: 'empty_term' } })
    expect(await service.call('getWatchlists', {})).toEqual(before)
  })
})

describe('rescanning only the watchlists that changed', () => {
  const two = (ct: string, oil: string, extra: Partial<{ name: string; color: string; notify: boolean }> = {}) => [
    { id: 'ct', name: 'إرهاب', terms: [{ query: ct, weight: 1 }], exclude: [], notify: true },
    { id: 'oil', name: extra.name ?? 'نفط', terms: [{ query: oil, weight: 1 }], exclude: [], notify: extra.notify ?? true, ...(extra.color ? { color: extra.color } : {}) },
  ]
  const flaggedBy = (store: Store, watchlistId: string): number => store.timeline.page({ filter: { watchlistId }, sort: 'time', limit: 5000 }).length

  it('rewrites the hits of the watchlists named and leaves the others as they were', async () => {
    const store = storeWith(30)
    await rescanArticles(store, new Matcher(two('إرهاب', 'النفط')))
    expect([flaggedBy(store, 'ct'), flaggedBy(store, 'oil')]).toEqual([10, 20])
    // Only oil is re-matched, with a query that flags nothing: ct keeps its ten, oil loses its twenty.
    const oilOnly = new Matcher([two('إرهاب', 'زلزال')[1]])
    const summary = await rescanArticles(store, oilOnly, { only: ['oil'] })
    expect(summary).toMatchObject({ done: 30, flagged: 0, cancelled: false })
    expect([flaggedBy(store, 'ct'), flaggedBy(store, 'oil')]).toEqual([10, 0])
    // A removed watchlist: nothing to match, its hits dropped, the rest kept.
    await rescanArticles(store, new Matcher([]), { only: ['ct'] })
    expect([flaggedBy(store, 'ct'), flaggedBy(store, 'oil')]).toEqual([0, 0])
    store.close()
  })

  describe('through the contract', () => {
    let service: MarsadService | undefined
    afterEach(() => service?.close())

    it('a rename, a new colour or notifications off start no rescan; a changed query rescans that watchlist alone', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'marsad-rescan-'))
      const path = join(dir, 'm.sqlite')
      storeWith(30, path).close()
      service = createService({ dbPath: path })
      const rescans: number[] = []
      service.onEvent((e) => e.type === 'rescanProgress' && e.phase === 'done' && rescans.push(e.total))
      await service.call('setWatchlists', { watchlists: two('إرهاب', 'النفط') })
      await service.whenIdle()
      expect(rescans).toHaveLength(1)
      const counts = async () => {
        const c = (await service!.call('timelineCounts', {})) as TimelineCounts
        return Object.fromEntries(Object.entries(c.watchlists).map(([id, count]) => [id, count.all]))
      }
      expect(await counts()).toMatchObject({ ct: 10, oil: 20 })

      await service.call('setWatchlists', { watchlists: two('إرهاب', 'النفط', { name: 'أسعار النفط', color: '#aa3300', notify: false }) })
      await service.whenIdle()
      expect(rescans).toHaveLength(1)

      // A stale hit planted on ct: a rescan of oil alone must not touch it.
      const store = Store.open(path)
      store.hits.reconcile(2, [], [{ watchlistId: 'ct', score: 1, spans: [{ field: 'body', start: 0, end: 4, query: 'إرهاب' }], omittedSpans: 0 }], 0, false)
      store.close()
      expect(await counts()).toMatchObject({ ct: 11, oil: 20 })
      await service.call('setWatchlists', { watchlists: two('إرهاب', 'أسعار') })
      await service.whenIdle()
      expect(rescans).toHaveLength(2)
      expect(await counts()).toMatchObject({ ct: 11, oil: 20 })
      // Changed twice before the first rescan ran: the second rescan takes on the first's watchlist.
      await service.call('setWatchlists', { watchlists: two('خلية', 'أسعار') })
      await service.call('setWatchlists', { watchlists: two('خلية', 'زلزال') })
      await service.whenIdle()
      expect(await counts()).toMatchObject({ ct: 10 })
      expect((await counts()).oil ?? 0).toBe(0)
    })
  })
})
