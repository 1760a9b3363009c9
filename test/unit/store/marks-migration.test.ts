/** Migration 10 (the analyst's feedback marks), run from a version-9 file with data in it, and the marks table on it. */
import { describe, expect, it } from 'vitest'
import { MIGRATIONS } from '../../../electron/core/store/migrations'
import { databaseAt, storeOpener } from '../../support/databases'

const open = storeOpener()

describe('migration 10: feedback marks', () => {
  it("adds no marks to a version-9 file, keeps its articles, hits and term sets, and marks work on it", () => {
    expect(MIGRATIONS.length).toBeGreaterThanOrEqual(10)
    const { path, raw } = databaseAt(9)
    raw.prepare("INSERT INTO feeds (id, url, added_at) VALUES (1, 'https://e.example/rss', 0)").run()
    const insert = raw.prepare("INSERT INTO articles (id, feed_id, source, guid, title, body, published_at, fetched_at) VALUES (?, 1, 'مصدر', ?, ?, '', ?, 0)")
    insert.run(1, 'a', 'توقيف خلية إرهابية', 2)
    insert.run(2, 'b', 'مباراة حاسمة', 1)
    raw.prepare("INSERT INTO hits (article_id, watchlist_id, score, matched_at) VALUES (1, 'ct', 2, 0)").run()
    raw.prepare("INSERT INTO term_sets (name, position, terms) VALUES ('groups', 0, '[\"داعش\"]')").run()
    raw.close()

    const store = open(path)
    expect(store.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length)
    expect(store.articles.count()).toBe(2)
    expect(store.hits.watchlistsOf([1, 2])).toEqual(new Map([[1, new Set(['ct'])]]))
    expect(store.db.prepare('SELECT name, terms FROM term_sets').all()).toEqual([{ name: 'groups', terms: '["داعش"]' }])
    expect(store.marks.count()).toBe(0)

    // One mark per article and watchlist: a second verdict replaces the first.
    store.marks.set(1, 'ct', 'relevant', 10)
    store.marks.set(2, 'ct', 'not_relevant', 11)
    store.marks.set(2, 'sport', 'relevant', 12)
    store.marks.set(2, 'ct', 'relevant', 13)
    expect(store.marks.all()).toEqual([
      { articleId: 1, watchlistId: 'ct', verdict: 'relevant', markedAt: 10 },
      { articleId: 2, watchlistId: 'ct', verdict: 'relevant', markedAt: 13 },
      { articleId: 2, watchlistId: 'sport', verdict: 'relevant', markedAt: 12 },
    ])
    expect(store.marks.forArticles([2, 3]).get(2)).toEqual([
      { watchlistId: 'ct', verdict: 'relevant' },
      { watchlistId: 'sport', verdict: 'relevant' },
    ])
    store.marks.set(2, 'sport', null, 14)
    expect(store.marks.forArticles([2]).get(2)).toEqual([{ watchlistId: 'ct', verdict: 'relevant' }])

    // Only the two verdicts, only on a stored article; deleting the article deletes its marks.
    expect(() => store.db.prepare("INSERT INTO article_marks VALUES (1, 'x', 'maybe', 0)").run()).toThrow(/CHECK/)
    expect(() => store.db.prepare("INSERT INTO article_marks VALUES (99, 'x', 'relevant', 0)").run()).toThrow(/FOREIGN KEY/)
    expect(() => store.db.prepare("INSERT INTO article_marks VALUES (1, 'ct', 'relevant', 0)").run()).toThrow(/UNIQUE/)
    store.db.prepare('DELETE FROM articles WHERE id = 2').run()
    expect(store.marks.all().map((m) => m.articleId)).toEqual([1])
  })
})
