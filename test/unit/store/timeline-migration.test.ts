/** Migrations 11–18 carry older files forward: their articles, hits, marks and sources get their triage, copies, counts, search and indexes. */
import { describe, expect, it } from 'vitest'
import { drainSearchBacklog } from '../../../electron/core/app/search-backlog'
import { SEARCH_CATCH_UP } from '../../../electron/core/store/timeline-table'
import { timelineSql } from '../../../electron/core/store/timeline-query'
import { searchParts } from '../../support/search'
import { databaseAt, storeOpener } from '../../support/databases'

const open = storeOpener()

function version10File(): string {
  const { path, raw } = databaseAt(10)
  raw.exec(`
    INSERT INTO feeds (id, url, added_at) VALUES (1, 'https://a.example/rss', 0), (2, 'https://b.example/rss', 0);
    INSERT INTO articles (id, feed_id, source, guid, title, body, published_at, fetched_at) VALUES
      (1, 1, 'أ', 'g1', 'توقيف خلية إرهابية', 'أوقفت القوى الأمنية أربعة.', 3000, 0),
      (2, 1, 'أ', 'g2', 'ندوة عن الإرهاب', 'نظمت الجامعة ندوة.', 2000, 0),
      (3, 2, 'ب', 'g3', 'طقس معتدل', 'يسود طقس معتدل.', 1000, 0);
    INSERT INTO article_sources (feed_id, guid, article_id, first_seen_at) VALUES (1, 'g1', 1, 0), (1, 'g2', 2, 0), (2, 'g3', 3, 0), (2, 'x1', 1, 0);
    INSERT INTO hits (article_id, watchlist_id, score, matched_at) VALUES (1, 'ct', 4, 0), (1, 'ar', 6, 0), (2, 'ct', 2, 0);
    INSERT INTO article_marks (article_id, watchlist_id, verdict, marked_at) VALUES (1, 'ar', 'not_relevant', 0), (2, 'ct', 'relevant', 0);
  `)
  raw.close()
  return path
}

describe('migrations 11 and 12', () => {
  it('give every article its state, hits their times and dismissals, and the counts what the data holds', () => {
    const store = open(version10File())
    expect(store.state.forArticles([1, 2, 3]).get(1)).toMatchObject({ readAt: null, flagged: true, dismissed: true, score: 4 })
    expect(store.state.get(2)).toMatchObject({ flagged: true, dismissed: false, score: 2 })
    expect(store.state.get(3)).toMatchObject({ flagged: false, score: 0 })
    expect(store.db.prepare('SELECT article_id, watchlist_id, published_at, dismissed, unread FROM hits ORDER BY article_id, watchlist_id').all()).toEqual([
      { article_id: 1, watchlist_id: 'ar', published_at: 3000, dismissed: 1, unread: 1 },
      { article_id: 1, watchlist_id: 'ct', published_at: 3000, dismissed: 0, unread: 1 },
      { article_id: 2, watchlist_id: 'ct', published_at: 2000, dismissed: 0, unread: 1 },
    ])
    const counts = store.timeline.counts()
    expect(counts.global).toMatchObject({ all: 3, unread: 3, flagged: 2, flagged_unread: 2, starred: 0, dismissed: 1, noted: 0 })
    expect(counts.watchlists).toEqual({ ct: { all: 2, unread: 2 } })
    expect(counts.feeds).toEqual({ 1: { all: 2, unread: 2 }, 2: { all: 2, unread: 2 } })
    expect(store.timeline.page({ filter: { feedId: 2 }, sort: 'time', limit: 10 })).toEqual([{ id: 1, key: 3000 }, { id: 3, key: 1000 }])
  })

  it('leave the old articles to be indexed in the background, then found', async () => {
    const store = open(version10File())
    const search = (typed: string) =>
      store.timeline.page({ filter: {}, sort: 'time', limit: 10, search: searchParts(typed) }).map((r) => r.id)
    expect(store.search.backlog()).toBe(3)
    await drainSearchBacklog(store, 2, true).done
    expect(store.search.backlog()).toBe(0)
    expect(search('الإرهاب')).toEqual([1, 2])
    // A deleted article leaves the index (and would leave the backlog) with it.
    store.db.prepare('DELETE FROM articles WHERE id = 2').run()
    expect(search('الإرهاب')).toEqual([1])
  })
})

describe('migration 13', () => {
  it('indexes the flagged and unread articles of a version-12 file, and their inbox walks it', () => {
    const { path, raw } = databaseAt(12)
    raw.exec(`
      INSERT INTO feeds (id, url, added_at) VALUES (1, 'https://a.example/rss', 0);
      INSERT INTO articles (id, feed_id, source, guid, title, body, published_at, fetched_at) VALUES
        (1, 1, 'أ', 'g1', 'توقيف خلية', 'نص', 3000, 0), (2, 1, 'أ', 'g2', 'ندوة', 'نص', 2000, 0), (3, 1, 'أ', 'g3', 'طقس', 'نص', 1000, 0);
      INSERT INTO hits (article_id, watchlist_id, score, matched_at, published_at) VALUES (1, 'ct', 4, 0, 3000), (2, 'ct', 2, 0, 2000);
      UPDATE article_state SET read_at = 5 WHERE article_id = 1;
    `)
    raw.close()
    const store = open(path)
    expect(store.timeline.driverFor({ flagged: true, unread: true }, 'time')).toBe('state_flagged_unread_by_time')
    expect(store.timeline.page({ filter: { flagged: true, unread: true }, sort: 'time', limit: 10 })).toEqual([{ id: 2, key: 2000 }])
  })
})

describe('migration 14', () => {
  it('copies the flag onto a version-13 file\'s sources, and a feed\'s flagged articles walk their own index', () => {
    const { path, raw } = databaseAt(13)
    raw.exec(`
      INSERT INTO feeds (id, url, added_at) VALUES (1, 'https://a.example/rss', 0), (2, 'https://b.example/rss', 0);
      INSERT INTO articles (id, feed_id, source, guid, title, body, published_at, fetched_at) VALUES
        (1, 1, 'أ', 'g1', 'توقيف خلية', 'نص', 3000, 0), (2, 1, 'أ', 'g2', 'ندوة', 'نص', 2000, 0), (3, 2, 'ب', 'g3', 'طقس', 'نص', 1000, 0);
      INSERT INTO article_sources (feed_id, guid, article_id, first_seen_at, published_at) VALUES (1, 'g1', 1, 0, 3000), (1, 'g2', 2, 0, 2000), (2, 'g3', 3, 0, 1000), (2, 'x1', 1, 0, 3000);
      INSERT INTO hits (article_id, watchlist_id, score, matched_at, published_at) VALUES (1, 'ct', 4, 0, 3000), (3, 'ct', 2, 0, 1000);
      UPDATE article_state SET read_at = 5 WHERE article_id = 3;
    `)
    raw.close()
    const store = open(path)
    expect(store.db.prepare('SELECT feed_id, article_id, flagged FROM article_sources ORDER BY feed_id, article_id').all()).toEqual([
      { feed_id: 1, article_id: 1, flagged: 1 },
      { feed_id: 1, article_id: 2, flagged: 0 },
      { feed_id: 2, article_id: 1, flagged: 1 },
      { feed_id: 2, article_id: 3, flagged: 1 },
    ])
    const view = (feedId: number, unread?: boolean) => store.timeline.page({ filter: { flagged: true, feedId, unread }, sort: 'time', limit: 10 }).map((r) => r.id)
    expect(store.timeline.driverFor({ flagged: true, feedId: 2 }, 'time')).toBe('article_sources_flagged_by_feed_time')
    expect([view(1), view(2), view(2, true)]).toEqual([[1], [1, 3], [1]])
    // Flagged later, and unflagged: every source of the article follows.
    store.hits.replace(2, [{ watchlistId: 'ct', score: 1, spans: [], omittedSpans: 0 }], 0)
    store.hits.replace(1, [], 0)
    expect([view(1), view(2), view(2, true)]).toEqual([[2], [3], []])
    // A feed that brings an article already flagged copies its flag.
    store.articles.addSource(2, 'x2', 2, 0)
    expect(view(2)).toEqual([2, 3])
  })
})

describe('migration 15', () => {
  it('copies the score onto a version-14 file\'s sources, and a feed\'s unread articles and its flagged ones by score walk their own indexes', () => {
    const { path, raw } = databaseAt(14)
    raw.exec(`
      INSERT INTO feeds (id, url, added_at) VALUES (1, 'https://a.example/rss', 0), (2, 'https://b.example/rss', 0);
      INSERT INTO articles (id, feed_id, source, guid, title, body, published_at, fetched_at) VALUES
        (1, 1, 'أ', 'g1', 'توقيف خلية', 'نص', 3000, 0), (2, 1, 'أ', 'g2', 'ندوة', 'نص', 2000, 0), (3, 1, 'أ', 'g3', 'طقس', 'نص', 1000, 0), (4, 2, 'ب', 'g4', 'اعتقال', 'نص', 4000, 0);
      INSERT INTO article_sources (feed_id, guid, article_id, first_seen_at, published_at) VALUES (1, 'g1', 1, 0, 3000), (1, 'g2', 2, 0, 2000), (1, 'g3', 3, 0, 1000), (2, 'g4', 4, 0, 4000);
      INSERT INTO hits (article_id, watchlist_id, score, matched_at, published_at) VALUES (1, 'ct', 4, 0, 3000), (2, 'ct', 7, 0, 2000), (2, 'ar', 2, 0, 2000), (4, 'ct', 9, 0, 4000);
      UPDATE article_state SET read_at = 5 WHERE article_id = 2;
    `)
    raw.close()
    const store = open(path)
    expect(store.db.prepare('SELECT feed_id, article_id, score FROM article_sources ORDER BY feed_id, article_id').all()).toEqual([
      { feed_id: 1, article_id: 1, score: 4 },
      { feed_id: 1, article_id: 2, score: 7 },
      { feed_id: 1, article_id: 3, score: 0 },
      { feed_id: 2, article_id: 4, score: 9 },
    ])
    const big = { feed: 400_000, feedUnread: 300_000, unread: 800_000, flagged: 90_000, all: 1_000_000 }
    const ids = (filter: { feedId: number; unread?: boolean }, sort: 'time' | 'score') => store.timeline.page({ filter, sort, limit: 10 }).map((r) => r.id)
    expect(timelineSql({ feedId: 1, unread: true }, 'time', 10, undefined, big).driver).toBe('article_sources_unread_by_feed_time')
    expect(store.timeline.driverFor({ feedId: 1 }, 'score')).toBe('article_sources_flagged_by_feed_score')
    expect([ids({ feedId: 1, unread: true }, 'time'), ids({ feedId: 1 }, 'score'), ids({ feedId: 1, unread: true }, 'score')]).toEqual([[1, 3], [2, 1], [1]])
    // Rescored, read and unread later: every source of the article follows.
    store.hits.replace(1, [{ watchlistId: 'ct', score: 8, spans: [], omittedSpans: 0 }], 0)
    store.state.setRead(1, true, 6)
    store.state.setRead(2, false, 6)
    expect([ids({ feedId: 1, unread: true }, 'time'), ids({ feedId: 1 }, 'score'), ids({ feedId: 1, unread: true }, 'score')]).toEqual([[2, 3], [1, 2], [2]])
    // A feed that brings an article already scored copies its score.
    store.articles.addSource(2, 'x1', 1, 0)
    expect(ids({ feedId: 2 }, 'score')).toEqual([4, 1])
  })
})

describe('migration 16', () => {
  it('rescores a version-15 file\'s hits in place: the article\'s best live score and its feed copies follow, a dismissed hit counts for nothing', () => {
    const { path, raw } = databaseAt(15)
    raw.exec(`
      INSERT INTO feeds (id, url, added_at) VALUES (1, 'https://a.example/rss', 0);
      INSERT INTO articles (id, feed_id, source, guid, title, body, published_at, fetched_at) VALUES (1, 1, 'أ', 'g1', 'توقيف خلية', 'نص', 3000, 0);
      INSERT INTO article_sources (feed_id, guid, article_id, first_seen_at, published_at) VALUES (1, 'g1', 1, 0, 3000);
      INSERT INTO hits (article_id, watchlist_id, score, matched_at, published_at) VALUES (1, 'ct', 4, 10, 3000), (1, 'ar', 6, 10, 3000);
      INSERT INTO article_marks (article_id, watchlist_id, verdict, marked_at) VALUES (1, 'ar', 'not_relevant', 0);
    `)
    raw.close()
    const store = open(path)
    const score = () => [store.state.get(1)?.score, (store.db.prepare('SELECT score FROM article_sources WHERE article_id = 1').get() as { score: number }).score]
    expect(score()).toEqual([4, 4])
    const stored = store.hits.forArticles([1]).get(1) ?? []
    const hit = (watchlistId: string, value: number) => ({ watchlistId, score: value, spans: [], omittedSpans: 0 })
    store.hits.reconcile(1, stored, [hit('ct', 9), hit('ar', 6)], 20, false)
    expect(score()).toEqual([9, 9])
    // The dismissed hit (marked not relevant) rescored above the live one changes nothing.
    store.hits.reconcile(1, store.hits.forArticles([1]).get(1) ?? [], [hit('ct', 9), hit('ar', 50)], 30, false)
    expect(score()).toEqual([9, 9])
    expect((store.hits.forArticles([1]).get(1) ?? []).map((h) => [h.watchlistId, h.score, h.matchedAt])).toEqual([['ar', 50, 10], ['ct', 9, 10]])
    expect(store.timeline.counts().watchlists).toMatchObject({ ct: { all: 1, unread: 1 } })
  })
})

describe('migration 17', () => {
  it('answers whether a feed brought an article of a version-16 file from one index', () => {
    const { path, raw } = databaseAt(16)
    raw.exec(`
      INSERT INTO feeds (id, url, added_at) VALUES (1, 'https://a.example/rss', 0), (2, 'https://b.example/rss', 0);
      INSERT INTO articles (id, feed_id, source, guid, title, body, published_at, fetched_at) VALUES (1, 1, 'أ', 'g1', 'توقيف خلية', 'نص', 3000, 0), (2, 1, 'أ', 'g2', 'ندوة', 'نص', 2000, 0);
      INSERT INTO article_sources (feed_id, guid, article_id, first_seen_at, published_at) VALUES (1, 'g1', 1, 0, 3000), (1, 'g2', 2, 0, 2000), (2, 'x1', 2, 0, 2000);
      INSERT INTO hits (article_id, watchlist_id, score, matched_at, published_at) VALUES (1, 'ct', 4, 0, 3000), (2, 'ct', 7, 0, 2000);
    `)
    raw.close()
    const store = open(path)
    const indexes = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'article_sources' ORDER BY name").pluck().all()
    expect(indexes).toContain('article_sources_by_article_feed')
    expect(indexes).not.toContain('article_sources_by_article')
    const view = (feedId: number) => store.timeline.page({ filter: { watchlistId: 'ct', feedId }, sort: 'score', limit: 10 }).map((r) => r.id)
    expect([view(1), view(2)]).toEqual([[2, 1], [2]])
    expect(store.articles.sources(2)).toHaveLength(2)
  })
})

describe('migration 18', () => {
  it('keeps one source per feed and article of a version-17 file, the later guids remembered, and a feed\'s view and count hold the article once', () => {
    const { path, raw } = databaseAt(17)
    raw.exec(`
      INSERT INTO feeds (id, url, added_at) VALUES (1, 'https://a.example/rss', 0), (2, 'https://b.example/rss', 0);
      INSERT INTO articles (id, feed_id, source, guid, title, body, published_at, fetched_at) VALUES (1, 1, 'أ', 'g1', 'توقيف خلية', 'نص', 3000, 0), (2, 1, 'أ', 'g2', 'ندوة', 'نص', 2000, 0);
      INSERT INTO article_sources (feed_id, guid, article_id, first_seen_at, published_at) VALUES
        (1, 'g1', 1, 0, 3000), (1, 'g2', 2, 0, 2000), (1, 'g1-again', 1, 5, 3000), (1, 'g1-third', 1, 9, 3000), (2, 'x1', 1, 0, 3000);
    `)
    raw.close()
    const store = open(path)
    expect(store.db.prepare('SELECT feed_id, guid, article_id FROM article_sources ORDER BY feed_id, guid').all()).toEqual([
      { feed_id: 1, guid: 'g1', article_id: 1 },
      { feed_id: 1, guid: 'g2', article_id: 2 },
      { feed_id: 2, guid: 'x1', article_id: 1 },
    ])
    expect(store.timeline.page({ filter: { feedId: 1 }, sort: 'time', limit: 10 }).map((r) => r.id)).toEqual([1, 2])
    expect(store.timeline.counts().feeds[1]).toEqual({ all: 2, unread: 2 })
    // The later guids are still known: the feed's next poll does not take them for new items.
    expect(['g1-again', 'g1-third', 'g2', 'g9'].map((guid) => store.articles.findSource(1, guid))).toEqual([1, 1, 2, undefined])
    expect(store.articles.insert({ feedId: 1, source: 'أ', guid: 'g1-again', url: null, title: 'ت', body: 'ن', publishedAt: 1, publishedGuessed: false, fetchedAt: 0 })).toBeUndefined()
    // A feed giving an article it brought a new guid again: remembered, not a second source.
    store.articles.addSource(2, 'x1-again', 1, 20)
    store.articles.addSource(2, 'x2', 2, 20)
    expect(store.timeline.page({ filter: { feedId: 2 }, sort: 'time', limit: 10 }).map((r) => r.id)).toEqual([1, 2])
    expect(store.timeline.counts().feeds[2]).toEqual({ all: 2, unread: 2 })
    expect(store.articles.findSource(2, 'x1-again')).toBe(1)
    expect(store.articles.sources(1)).toHaveLength(2)
    // Gone with the article, as its sources are.
    store.db.prepare('DELETE FROM articles WHERE id = 1').run()
    expect(store.articles.findSource(1, 'g1-again')).toBeUndefined()
  })
})

describe('search backlog', () => {
  it('finds what was just stored: a search indexes what waits before it runs', () => {
    const store = open(version10File())
    expect(store.search.backlog()).toBe(3)
    const found = store.timeline.page({ filter: {}, sort: 'time', limit: 10, search: searchParts('طقس') })
    expect(found.map((r) => r.id)).toEqual([3])
    expect(store.search.backlog()).toBe(0)
  })
})

describe('search backlog beyond a catch-up', () => {
  it('is left to the background indexing: a search does not index thousands on every page', () => {
    const store = open()
    const feed = store.feeds.add('https://many.example/rss', 'مصدر', 0)
    store.transaction(() => {
      for (let i = 0; i <= SEARCH_CATCH_UP; i++) {
        store.articles.insert({ feedId: feed.id, source: 'مصدر', guid: `m${i}`, url: null, title: `خبر ${i}`, body: 'نص', publishedAt: i, publishedGuessed: false, fetchedAt: i })
      }
    })
    expect(store.timeline.page({ filter: {}, sort: 'time', limit: 10, search: searchParts('خبر') })).toEqual([])
    expect(store.search.backlog()).toBe(SEARCH_CATCH_UP + 1)
  })
})
