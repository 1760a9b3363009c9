import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createService, type MarsadService } from '../../../electron/core/app/service'
import type { RescanProgressEvent } from '../../../electron/core/contract/types'
import { rescanArticles } from '../../../electron/core/monitor/rescan'
import { Matcher } from '../../../electron/core/rules/matcher'
import { Store } from '../../../electron/core/store/store'

const lists = (query: string) => [{ id: 'ct', name: 'إرهاب', terms: [{ query, weight: 1 }], exclude: [], notify: true }]

function storeWith(count: number): Store {
  const store = Store.open(join(mkdtempSync(join(tmpdir(), 'marsad-rescan-')), 'm.sqlite'))
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
    expect(summary).toEqual({ done: 1000, total: 1000, flagged: 334, cancelled: false })
    expect(flaggedCount(store)).toBe(334)
    expect(events.map((e) => [e.phase, e.done])).toEqual([['running', 0], ['running', 300], ['running', 600], ['running', 900], ['running', 1000], ['done', 1000]])
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
