import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ingestItems } from '../../../electron/core/monitor/ingest'
import { Matcher } from '../../../electron/core/rules/matcher'
import { Store } from '../../../electron/core/store/store'

const item = (guid: string, title: string) => ({ guid, url: `https://e.com/${guid}`, title, body: '', html: null, publishedAt: 0, author: null, categories: [], imageUrl: null })

describe('ingest', () => {
  it('reports new hits with the watchlists as they stand: name, notify setting and score', () => {
    const store = Store.open(join(mkdtempSync(join(tmpdir(), 'marsad-ingest-')), 'm.sqlite'))
    const feed = store.feeds.add('https://e.com/rss', 'مصدر', 0)
    const matcher = new Matcher([
      { id: 'ct', name: 'مكافحة الإرهاب', terms: [{ query: 'إرهاب', weight: 1 }], exclude: [], notify: true },
      { id: 'quiet', name: 'قائمة صامتة', terms: [{ query: 'توقيف', weight: 1 }], exclude: [], notify: false },
    ])
    const { newHits } = ingestItems(store, matcher, { id: feed.id, source: 'مصدر' }, [item('a', 'توقيف خلية للارهاب'), item('b', 'طقس')], 1)
    expect(newHits).toEqual([
      {
        id: expect.any(Number),
        title: 'توقيف خلية للارهاب',
        source: 'مصدر',
        watchlists: [
          { id: 'ct', name: 'مكافحة الإرهاب', notify: true, score: expect.any(Number) },
          { id: 'quiet', name: 'قائمة صامتة', notify: false, score: expect.any(Number) },
        ],
      },
    ])
    store.close()
  })
})
