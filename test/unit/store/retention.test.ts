/** Retention removes, after the limit, exactly the articles nothing keeps, and everything that hangs on them. */
import { describe, expect, it } from 'vitest'
import { pruneAll } from '../../../electron/core/app/retention-job'
import { firstIdStoredAt, storageFigures } from '../../../electron/core/store/retention'
import type { Store } from '../../../electron/core/store/store'
import { storeOpener } from '../../support/databases'
import { searchParts } from '../../support/search'

const open = storeOpener()
const DAY = 86_400_000
const NOW = Date.UTC(2026, 11, 1)

/** 1,200 articles stored a day apart (the oldest 1,200 days ago), every tenth kept by something. */
function archive(): { store: Store; kept: Set<number>; ids: number[] } {
  const store = open()
  const feed = store.feeds.add('https://f.example/rss', 'مصدر', 0)
  const kept = new Set<number>()
  const ids: number[] = []
  store.transaction(() => {
    for (let i = 0; i < 1_200; i++) {
      const storedAt = NOW - (1_200 - i) * DAY
      // Published long before it was stored, for some: retention counts from storing.
      const id = store.articles.insert({ feedId: feed.id, source: 'مصدر', guid: `g${i}`, url: null, title: `خبر الإرهاب ${i}`, body: 'نص', publishedAt: storedAt - (i % 3) * 400 * DAY, publishedGuessed: false, fetchedAt: storedAt }) as number
      ids.push(id)
      const keep = i % 10
      if (keep === 1) store.hits.replace(id, [{ watchlistId: 'ct', score: 3, spans: [], omittedSpans: 0 }], storedAt)
      if (keep === 2) store.state.setStarred(id, true, storedAt)
      if (keep === 3) store.state.setNote(id, 'ملاحظة', storedAt)
      if (keep === 4) store.marks.set(id, 'ct', 'not_relevant', storedAt)
      if (keep === 5) store.marks.set(id, 'ct', 'relevant', storedAt)
      if (keep >= 1 && keep <= 5) kept.add(id)
    }
  })
  return { store, kept, ids }
}

describe('retention', () => {
  it('finds the first article stored at or after the cutoff', () => {
    const { store, ids } = archive()
    expect(firstIdStoredAt(store.db, NOW - 180 * DAY)).toBe(ids[1_200 - 180])
    expect(firstIdStoredAt(store.db, NOW + DAY)).toBe(ids[ids.length - 1] + 1)
    expect(firstIdStoredAt(store.db, 0)).toBe(ids[0])
  })

  it('removes what nothing keeps once stored past the limit, in batches, and nothing else', async () => {
    const { store, kept, ids } = archive()
    store.settings.setRetentionDays(180)
    const old = new Set(ids.slice(0, 1_200 - 180))
    const expected = [...old].filter((id) => !kept.has(id))
    expect(storageFigures(store.db, NOW - 180 * DAY).prunable).toBe(expected.length)
    expect(await pruneAll(store, NOW)).toBe(expected.length)
    const left = new Set((store.db.prepare('SELECT id FROM articles').all() as { id: number }[]).map((r) => r.id))
    expect(ids.filter((id) => !left.has(id))).toEqual(expected)
    // Everything hanging on them went with them: state, sources, the search index, the counts.
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM article_state').get()).toEqual({ n: left.size })
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM article_sources').get()).toEqual({ n: left.size })
    expect(store.timeline.counts().global.all).toBe(left.size)
    const found = store.timeline.page({ filter: {}, sort: 'time', limit: 5_000, search: searchParts('الإرهاب') })
    expect(found.length).toBe(left.size)
    expect(await pruneAll(store, NOW)).toBe(0)
  })

  it('keeps everything when the analyst keeps articles for ever', async () => {
    const { store, ids } = archive()
    store.settings.setRetentionDays(null)
    expect(await pruneAll(store, NOW)).toBe(0)
    expect(store.articles.count()).toBe(ids.length)
    expect(storageFigures(store.db, null)).toMatchObject({ articles: ids.length, prunable: 0 })
  })
})
