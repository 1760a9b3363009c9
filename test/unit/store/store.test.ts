import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { MIGRATIONS } from '../../../electron/core/store/migrations'
import { Store } from '../../../electron/core/store/store'

const stores: Store[] = []
function openTemp(): { store: Store; path: string } {
  const path = join(mkdtempSync(join(tmpdir(), 'marsad-store-')), 'marsad.sqlite')
  const store = Store.open(path)
  stores.push(store)
  return { store, path }
}
afterEach(() => stores.splice(0).forEach((s) => s.db.open && s.close()))

const article = (feedId: number, guid: string, publishedAt: number) => ({
  feedId,
  source: 'المركزية',
  guid,
  url: `https://e.com/${guid}`,
  title: `عنوان ${guid}`,
  body: 'نص',
  publishedAt,
  publishedGuessed: false,
  fetchedAt: 1,
})

describe('store', () => {
  it('runs every migration once, in WAL mode with foreign keys', () => {
    const { store, path } = openTemp()
    expect(store.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length)
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1)
    store.close()
    const reopened = Store.open(path)
    stores.push(reopened)
    expect(reopened.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length)
  })

  it('keeps matched spans when migrating a version-2 file, naming queries by id', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'marsad-store-')), 'v2.sqlite')
    const raw = new Database(path)
    raw.exec(MIGRATIONS[0])
    raw.exec(MIGRATIONS[1])
    raw.pragma('user_version = 2')
    raw.exec(`INSERT INTO feeds (id, url, added_at) VALUES (1, 'https://e.com/rss', 0);
      INSERT INTO articles (id, feed_id, source, guid, title, body, published_at, fetched_at) VALUES (1, 1, 's', 'g', 'الإرهاب', '', 0, 0);
      INSERT INTO hits VALUES (1, 'ct', 2, 0);
      INSERT INTO hit_spans (article_id, watchlist_id, field, start, end, query) VALUES (1, 'ct', 'title', 0, 7, 'إرهاب'), (1, 'ct', 'title', 0, 7, 'إرهاب');`)
    raw.close()
    const store = Store.open(path)
    stores.push(store)
    expect(store.hits.forArticles([1]).get(1)).toEqual([
      { watchlistId: 'ct', score: 2, spans: [0, 1].map(() => ({ field: 'title', start: 0, end: 7, query: 'إرهاب' })), omittedSpans: 0, truncated: false, matchedAt: 0 },
    ])
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM span_queries').get()).toEqual({ n: 1 })
  })

  it('refuses a database from a newer Marsad instead of damaging it', () => {
    const { store, path } = openTemp()
    store.close()
    const raw = new Database(path)
    raw.pragma(`user_version = ${MIGRATIONS.length + 1}`)
    raw.close()
    expect(() => Store.open(path)).toThrow(/newer than this Marsad/)
  })

  it('stores an article once per feed and guid', () => {
    const { store } = openTemp()
    const feed = store.feeds.add('https://e.com/rss', undefined, 1)
    expect(store.articles.insert(article(feed.id, 'a', 10))).toBeTypeOf('number')
    expect(store.articles.insert(article(feed.id, 'a', 10))).toBeUndefined()
    expect(store.feeds.get(feed.id)?.articleCount).toBe(1)
  })

  it('lists newest first, pages with a cursor, and filters flagged articles', () => {
    const { store } = openTemp()
    const feed = store.feeds.add('https://e.com/rss', 'مصدر', 1)
    const ids = [10, 30, 20].map((t, i) => store.articles.insert(article(feed.id, `g${i}`, t)) as number)
    store.hits.replace(ids[2], [{ watchlistId: 'ct', score: 2, spans: [{ field: 'title', start: 0, end: 5, query: 'عنوان' }], omittedSpans: 0 }], 5)
    const all = store.timeline.page({ filter: {}, sort: 'time', limit: 2 })
    expect(all).toEqual([{ id: ids[1], key: 30 }, { id: ids[2], key: 20 }])
    const older = store.timeline.page({ filter: {}, sort: 'time', limit: 2, cursor: all[1] })
    expect(older).toEqual([{ id: ids[0], key: 10 }])
    expect(store.timeline.page({ filter: { flagged: true }, sort: 'time', limit: 10 }).map((a) => a.id)).toEqual([ids[2]])
    expect(store.hits.forArticles([ids[2]]).get(ids[2])).toEqual([
      { watchlistId: 'ct', score: 2, spans: [{ field: 'title', start: 0, end: 5, query: 'عنوان' }], omittedSpans: 0, truncated: false, matchedAt: 5 },
    ])
  })

  it('keeps articles when their feed is removed', () => {
    const { store } = openTemp()
    const feed = store.feeds.add('https://e.com/rss', undefined, 1)
    const id = store.articles.insert(article(feed.id, 'x', 1)) as number
    expect(store.feeds.remove(feed.id)).toBe(true)
    expect(store.articles.get(id)).toMatchObject({ feedId: null, source: 'المركزية' })
  })

  it('records a feed failure without touching its articles', () => {
    const { store } = openTemp()
    const feed = store.feeds.add('https://e.com/rss', undefined, 1)
    store.articles.insert(article(feed.id, 'x', 1))
    store.feeds.recordFailure(feed.id, { code: 'feed.http_status', status: 500 }, 7, 100)
    expect(store.feeds.get(feed.id)).toMatchObject({ lastError: { code: 'feed.http_status', status: 500 }, lastCheckedAt: 7, articleCount: 1, failures: 1, nextCheckAt: 100 })
  })
})
