/** Migration 19 carries a version-18 file forward with nothing queued or told; the queue goes with its articles, the history keeps its newest rows. */
import { describe, expect, it } from 'vitest'
import { LOG_KEEP } from '../../../electron/core/store/notices-table'
import { databaseAt, storeOpener } from '../../support/databases'

const open = storeOpener()

describe('migration 19', () => {
  it('gives a version-18 file an empty queue and history that work with its articles', () => {
    const { path, raw } = databaseAt(18)
    raw.exec(`
      INSERT INTO feeds (id, url, added_at) VALUES (1, 'https://a.example/rss', 0);
      INSERT INTO articles (id, feed_id, source, guid, title, body, published_at, fetched_at) VALUES (1, 1, 'أ', 'g1', 'توقيف خلية', 'نص', 3000, 0), (2, 1, 'أ', 'g2', 'ندوة', 'نص', 2000, 0);
    `)
    raw.close()
    const store = open(path)
    expect(store.notices.waiting()).toEqual([])
    expect(store.notices.history(10)).toEqual([])
    store.notices.enqueue([1, 2].map((articleId) => ({ articleId, watchlistId: 'ct', watchlistName: 'مكافحة الإرهاب', score: 4, queuedAt: 10 })))
    expect(store.notices.waiting().map((h) => [h.articleId, h.title, h.source, h.quiet])).toEqual([
      [1, 'توقيف خلية', 'أ', false],
      [2, 'ندوة', 'أ', false],
    ])
    expect(store.notices.known([1, 2, 3])).toEqual(new Set([1, 2]))
    // Pruned with its article: the queue never outgrows the archive.
    store.db.prepare('DELETE FROM articles WHERE id = 2').run()
    expect(store.notices.known([1, 2])).toEqual(new Set([1]))
    const id = store.notices.log({ at: 20, outcome: 'shown', reason: 'immediate', count: 1, watchlists: [{ id: 'ct', name: 'مكافحة الإرهاب' }], article: { id: 1, title: 'توقيف خلية', source: 'أ' }, heldUntil: null })
    expect(store.notices.settle([1], id)).toBe(1)
    expect(store.notices.settle([1], id)).toBe(0)
    expect(store.notices.lastShownAt('ct')).toBe(20)
    expect(store.notices.history(10)).toEqual([
      { id, at: 20, outcome: 'shown', reason: 'immediate', count: 1, watchlists: [{ id: 'ct', name: 'مكافحة الإرهاب' }], article: { id: 1, title: 'توقيف خلية', source: 'أ' }, heldUntil: null },
    ])
  })

  it('keeps the newest LOG_KEEP history rows, paged newest first', () => {
    const store = open()
    store.transaction(() => {
      for (let at = 1; at <= LOG_KEEP + 5; at++) store.notices.log({ at, outcome: 'held', reason: 'digest_wait', count: 1, watchlists: [], article: null, heldUntil: at + 1 })
    })
    expect((store.db.prepare('SELECT count(*) AS n FROM notice_log').get() as { n: number }).n).toBe(LOG_KEEP)
    const first = store.notices.history(3)
    expect(first.map((r) => r.at)).toEqual([LOG_KEEP + 5, LOG_KEEP + 4, LOG_KEEP + 3])
    expect(store.notices.history(2, first[2].id).map((r) => r.at)).toEqual([LOG_KEEP + 2, LOG_KEEP + 1])
  })
})
