/**
 * The timeline's views against a reference: a random archive (feeds, hits, dismissals, reads,
 * stars, notes), every filter combination walked page by page through the store, and the same view
 * computed in plain JavaScript from what was stored. The maintained counts are checked the same
 * way, after every kind of change, and every plan is checked to walk an index in the view's order.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { Store } from '../../../electron/core/store/store'
import { timelineSql, type TimelineFilter, type TimelineSort } from '../../../electron/core/store/timeline-query'
import { storeOpener } from '../../support/databases'

const open = storeOpener()
/** A store kept for a whole describe block (storeOpener's are closed after each test). */
const openShared = (): Store => {
  const store = Store.open(join(mkdtempSync(join(tmpdir(), 'marsad-timeline-')), 'marsad.sqlite'))
  afterAll(() => store.close())
  return store
}
const WATCHLISTS = ['ct', 'ws', 'ng']

function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a * 1103515245 + 12345) % 2 ** 31
    return a / 2 ** 31
  }
}

/** An archive of `size` articles with every kind of state; returns the store and the feed ids. */
function archive(size: number, seed = 7, store = open()): { store: Store; feeds: number[] } {
  const rand = random(seed)
  const feeds = [1, 2, 3].map((i) => store.feeds.add(`https://f${i}.example/rss`, `مصدر ${i}`, 0).id)
  store.transaction(() => {
    for (let i = 0; i < size; i++) {
      const feedId = feeds[Math.floor(rand() * feeds.length)]
      // Ties in published time on purpose: the id orders them.
      const publishedAt = 1_000 * Math.floor(rand() * size * 0.7)
      const id = store.articles.insert({ feedId, source: 'مصدر', guid: `g${i}`, url: null, title: `خبر ${i}`, body: 'نص', publishedAt, publishedGuessed: false, fetchedAt: 0 }) as number
      if (rand() < 0.3) store.articles.addSource(feeds[(feeds.indexOf(feedId) + 1) % feeds.length], `o${i}`, id, 0)
      const lists = WATCHLISTS.filter(() => rand() < 0.25)
      store.hits.replace(id, lists.map((watchlistId) => ({ watchlistId, score: Math.floor(rand() * 5) + 1, spans: [], omittedSpans: 0 })), 0)
      if (lists.length > 0 && rand() < 0.3) store.marks.set(id, lists[0], 'not_relevant', 0)
      if (rand() < 0.1) store.marks.set(id, 'ws', 'relevant', 0)
      if (rand() < 0.5) store.state.setRead(id, true, 1)
      if (rand() < 0.1) store.state.setStarred(id, true, 1)
      if (rand() < 0.05) store.state.setNote(id, 'ملاحظة', 1)
    }
  })
  return { store, feeds }
}

interface Facts {
  id: number
  publishedAt: number
  feeds: number[]
  live: Map<string, number>
  dismissed: boolean
  read: boolean
  starred: boolean
  noted: boolean
}

/** Each article as stored, read back table by table (not through the timeline's copies). */
function facts(store: Store): Facts[] {
  const rows = store.db.prepare('SELECT id, published_at FROM articles').all() as { id: number; published_at: number }[]
  return rows.map(({ id, published_at }) => {
    const marks = store.marks.forArticles([id]).get(id) ?? []
    const notRelevant = new Set(marks.filter((m) => m.verdict === 'not_relevant').map((m) => m.watchlistId))
    const hits = store.hits.forArticles([id]).get(id) ?? []
    const state = store.db.prepare('SELECT read_at, starred_at, note FROM article_state WHERE article_id = ?').get(id) as { read_at: number | null; starred_at: number | null; note: string | null }
    return {
      id,
      publishedAt: published_at,
      feeds: (store.db.prepare('SELECT feed_id FROM article_sources WHERE article_id = ?').all(id) as { feed_id: number }[]).map((r) => r.feed_id),
      live: new Map(hits.filter((h) => !notRelevant.has(h.watchlistId)).map((h) => [h.watchlistId, h.score])),
      dismissed: notRelevant.size > 0,
      read: state.read_at !== null,
      starred: state.starred_at !== null,
      noted: state.note !== null,
    }
  })
}

function reference(all: readonly Facts[], f: TimelineFilter, sort: TimelineSort): { id: number; key: number }[] {
  const score = (a: Facts) => (f.watchlistId !== undefined ? (a.live.get(f.watchlistId) ?? 0) : Math.max(0, ...a.live.values()))
  return all
    .filter(
      (a) =>
        (!f.flagged || a.live.size > 0) &&
        (f.watchlistId === undefined || a.live.has(f.watchlistId)) &&
        (f.feedId === undefined || a.feeds.includes(f.feedId)) &&
        (!f.unread || !a.read) &&
        (!f.starred || a.starred) &&
        (!f.dismissed || a.dismissed) &&
        (!f.noted || a.noted) &&
        (f.since === undefined || a.publishedAt >= f.since) &&
        (f.until === undefined || a.publishedAt < f.until) &&
        (f.storedFrom === undefined || a.id >= f.storedFrom) &&
        (sort !== 'score' || a.live.size > 0),
    )
    .map((a) => ({ id: a.id, key: sort === 'score' ? score(a) : a.publishedAt }))
    .sort((a, b) => b.key - a.key || b.id - a.id)
}

/** The whole view, walked a page of `pageSize` at a time with the cursor. */
function walk(store: Store, filter: TimelineFilter, sort: TimelineSort, pageSize: number): { id: number; key: number }[] {
  const out: { id: number; key: number }[] = []
  for (let cursor: { key: number; id: number } | undefined; ; ) {
    const page = store.timeline.page({ filter, sort, limit: pageSize, cursor })
    out.push(...page)
    if (page.length < pageSize) return out
    cursor = page[page.length - 1]
  }
}

/** Every combination of up to two filters, plus a few of three and a time range. */
function views(feeds: number[]): TimelineFilter[] {
  const singles: TimelineFilter[] = [
    {},
    { flagged: true },
    { watchlistId: 'ct' },
    { watchlistId: 'nothing' },
    { feedId: feeds[0] },
    { unread: true },
    { starred: true },
    { dismissed: true },
    { noted: true },
    { since: 50_000, until: 150_000 },
  ]
  const pairs = singles.flatMap((a, i) => singles.slice(i + 1).map((b) => ({ ...a, ...b })))
  // What was stored since: the last 60 articles (a small range, read whole and sorted), with other filters too.
  const storedFrom = 341
  return [
    ...singles,
    ...pairs,
    { flagged: true, unread: true, feedId: feeds[1] },
    { watchlistId: 'ng', starred: true, since: 20_000 },
    { storedFrom },
    { storedFrom, flagged: true },
    { storedFrom, watchlistId: 'ct', unread: true },
  ]
}

describe('timeline views', () => {
  const { store, feeds } = archive(400, 7, openShared())
  const all = facts(store)

  it('gives every filter combination, in time and score order, exactly what the reference does, page by page', () => {
    let compared = 0
    for (const filter of views(feeds)) {
      for (const sort of ['time', 'score'] as const) {
        const expected = reference(all, filter, sort)
        expect(walk(store, filter, sort, 7), `${JSON.stringify(filter)} by ${sort}`).toEqual(expected)
        compared += expected.length
      }
    }
    expect(compared).toBeGreaterThan(5_000)
  })

  it('keeps the counts what counting the tables gives', () => {
    const counts = store.timeline.counts()
    const n = (pred: (a: Facts) => boolean) => all.filter(pred).length
    expect(counts.global).toMatchObject({
      all: all.length,
      unread: n((a) => !a.read),
      flagged: n((a) => a.live.size > 0),
      flagged_unread: n((a) => a.live.size > 0 && !a.read),
      starred: n((a) => a.starred),
      dismissed: n((a) => a.dismissed),
      noted: n((a) => a.noted),
    })
    for (const w of WATCHLISTS) expect(counts.watchlists[w], w).toEqual({ all: n((a) => a.live.has(w)), unread: n((a) => a.live.has(w) && !a.read) })
    for (const f of feeds) expect(counts.feeds[f], `feed ${f}`).toEqual({ all: n((a) => a.feeds.includes(f)), unread: n((a) => a.feeds.includes(f) && !a.read) })
  })
})

describe('timeline counts and copies under change', () => {
  it('follow reading, dismissing, rescanning, removing a feed and deleting articles', () => {
    const { store, feeds } = archive(120, 3)
    const ids = (store.db.prepare('SELECT id FROM articles ORDER BY id').all() as { id: number }[]).map((r) => r.id)
    store.transaction(() => {
      for (const id of ids.slice(0, 40)) store.state.setRead(id, false, 2)
      for (const id of ids.slice(40, 80)) store.state.setRead(id, true, 2)
      for (const id of ids.slice(0, 30)) store.hits.replace(id, [{ watchlistId: 'ct', score: 9, spans: [], omittedSpans: 0 }], 3)
      for (const id of ids.slice(30, 50)) store.marks.set(id, 'ct', null, 3)
      for (const id of ids.slice(50, 60)) store.marks.set(id, 'ng', 'not_relevant', 3)
    })
    store.feeds.remove(feeds[2])
    store.db.prepare('DELETE FROM articles WHERE id IN (SELECT value FROM json_each(?))').run(JSON.stringify(ids.slice(100)))
    const all = facts(store)
    const counts = store.timeline.counts()
    const n = (pred: (a: Facts) => boolean) => all.filter(pred).length
    expect(counts.global).toMatchObject({ all: 100, unread: n((a) => !a.read), flagged: n((a) => a.live.size > 0), dismissed: n((a) => a.dismissed) })
    for (const w of WATCHLISTS) expect(counts.watchlists[w], w).toEqual({ all: n((a) => a.live.has(w)), unread: n((a) => a.live.has(w) && !a.read) })
    expect(counts.feeds[feeds[2]] ?? { all: 0, unread: 0 }).toEqual({ all: 0, unread: 0 })
    expect(walk(store, { watchlistId: 'ct', unread: true }, 'score', 4)).toEqual(reference(all, { watchlistId: 'ct', unread: true }, 'score'))
    // A feed's copies of the read state, flag and score followed too (migrations 14 and 15).
    for (const [filter, sort] of [[{ feedId: feeds[0] }, 'score'], [{ feedId: feeds[0], unread: true }, 'score'], [{ feedId: feeds[1], unread: true }, 'time']] as const) {
      expect(walk(store, filter, sort, 4), `${JSON.stringify(filter)} by ${sort}`).toEqual(reference(all, filter, sort))
    }
  })
})

describe('timeline plans', () => {
  const { store, feeds } = archive(50, 7, openShared())
  const plan = (filter: TimelineFilter, sort: TimelineSort, counts = {}) => {
    const { sql, params } = timelineSql(filter, sort, 100, { key: 1e12, id: 1e9 }, counts)
    return (store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail).join(' | ')
  }

  it('walks an index in the order of the page for every single filter, never sorting and never scanning a table', () => {
    const filters: TimelineFilter[] = [{}, { flagged: true }, { watchlistId: 'ct' }, { feedId: feeds[0] }, { unread: true }, { starred: true }, { dismissed: true }, { noted: true }]
    for (const filter of filters) {
      const detail = plan(filter, 'time')
      expect(detail, JSON.stringify(filter)).toMatch(/USING (COVERING )?INDEX/)
      // With a cursor, an index walk is a SEARCH; a SCAN would read from the start, a TEMP B-TREE sort it all.
      expect(detail, JSON.stringify(filter)).not.toMatch(/TEMP B-TREE|\bSCAN\b/)
    }
    for (const filter of [{ flagged: true }, { watchlistId: 'ct' }, { feedId: feeds[0] }]) expect(plan(filter, 'score')).not.toMatch(/TEMP B-TREE/)
    // A feed's unread articles, and its flagged ones by score, walk their own indexes (migration 15).
    const big = { feed: 400_000, feedUnread: 300_000, unread: 800_000, flagged: 90_000, all: 1_000_000 }
    expect(plan({ feedId: feeds[0], unread: true }, 'time', big)).toMatch(/USING (COVERING )?INDEX article_sources_unread_by_feed_time/)
    expect(plan({ feedId: feeds[0], unread: true }, 'score', big)).toMatch(/USING (COVERING )?INDEX article_sources_flagged_by_feed_score/)
    for (const sort of ['time', 'score'] as const) expect(plan({ feedId: feeds[0], unread: true }, sort, big)).not.toMatch(/TEMP B-TREE|\bSCAN\b/)
    // A watchlist's view of a big feed asks for each row whether the feed brought it: one index, no row read (migration 17).
    expect(plan({ watchlistId: 'ct', feedId: feeds[0] }, 'score', { watchlist: 35_000, feed: 270_000 })).toMatch(/COVERING INDEX article_sources_by_article_feed/)
    const inbox = plan({ flagged: true, unread: true }, 'time', { flagged: 10, unread: 10, flaggedUnread: 1 })
    expect(inbox).toMatch(/USING (COVERING )?INDEX state_flagged_unread_by_time/)
    expect(inbox).not.toMatch(/TEMP B-TREE|\bSCAN\b/)
  })

  it('walks the smallest filter: a feed of a few articles, not the flagged index, when it is smaller', () => {
    expect(timelineSql({ feedId: 3, unread: true }, 'time', 10, undefined, { unread: 90_000, feed: 40 }).driver).toBe('article_sources_by_feed_time')
    expect(timelineSql({ feedId: 3, unread: true }, 'time', 10, undefined, { unread: 900, feed: 400_000 }).driver).toBe('state_unread_by_time')
    expect(timelineSql({ watchlistId: 'ct', starred: true }, 'time', 10, undefined, { watchlist: 5_000, starred: 12 }).driver).toBe('state_starred_by_time')
    // A feed's flagged articles, read or not, have an index of their own (migration 14): exactly the rows of both.
    expect(timelineSql({ flagged: true, feedId: 3 }, 'time', 10, undefined, { flagged: 90_000, feed: 40 }).driver).toBe('article_sources_flagged_by_feed_time')
    expect(timelineSql({ flagged: true, feedId: 3 }, 'time', 10, undefined, { flagged: 900, feed: 400_000 }).driver).toBe('article_sources_flagged_by_feed_time')
    expect(timelineSql({ flagged: true, unread: true, feedId: 2 }, 'time', 10, undefined, { flagged: 90_000, unread: 120_000, flaggedUnread: 9_000, feed: 70_000, all: 1_000_000 }).driver).toBe(
      'article_sources_flagged_by_feed_time',
    )
    // The triage inbox (flagged and unread) walks its own index when it is smaller than a feed's flagged share.
    expect(timelineSql({ flagged: true, unread: true, feedId: 2 }, 'time', 10, undefined, { flagged: 90_000, unread: 120_000, flaggedUnread: 900, feed: 70_000, all: 1_000_000 }).driver).toBe(
      'state_flagged_unread_by_time',
    )
    // Checked on the index's own copy of the read state, not on article_state.
    expect(timelineSql({ flagged: true, unread: true, feedId: 2 }, 'time', 10, undefined, { flagged: 90_000, flaggedUnread: 9_000, feed: 70_000, all: 1_000_000 }).sql).not.toMatch(/article_state|read_at/)
    // By score, a small feed is read whole and sorted rather than found down a large score index.
    expect(timelineSql({ watchlistId: 'ct', feedId: 3 }, 'score', 10, undefined, { watchlist: 90_000, feed: 300 }).driver).toBe('article_sources_by_feed_time, sorted')
    expect(timelineSql({ watchlistId: 'ct', feedId: 3 }, 'score', 10, undefined, { watchlist: 500, feed: 300 }).driver).toBe('hits_live_by_score')
    // A big feed's unread articles: its own unread index, read state and score checked on its copies.
    const big = { feed: 400_000, feedUnread: 300_000, unread: 800_000, flagged: 90_000, all: 1_000_000 }
    expect(timelineSql({ feedId: 3, unread: true }, 'time', 10, undefined, big).driver).toBe('article_sources_unread_by_feed_time')
    expect(timelineSql({ feedId: 3, unread: true }, 'time', 10, undefined, { ...big, unread: 200_000 }).driver).toBe('state_unread_by_time')
    expect(timelineSql({ feedId: 3, unread: true }, 'score', 10, undefined, big).driver).toBe('article_sources_flagged_by_feed_score')
    expect(timelineSql({ feedId: 3, unread: true }, 'score', 10, undefined, big).sql).not.toMatch(/article_state|read_at|s\.score/)
    // A feed's flagged articles by score, small or large: its score index holds exactly them, in order.
    expect(timelineSql({ feedId: 3 }, 'score', 10, undefined, { feed: 300, flagged: 90_000, all: 1_000_000 }).driver).toBe('article_sources_flagged_by_feed_score')
    // Unless another filter is much smaller: twelve starred articles of the feed are read and sorted.
    expect(timelineSql({ feedId: 3, starred: true }, 'score', 10, undefined, { ...big, starred: 12 }).driver).toBe('state_starred_by_time, sorted')
  })
})
