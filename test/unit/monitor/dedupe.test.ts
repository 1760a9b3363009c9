/**
 * The same story is stored once; different stories are never merged because their text is alike.
 * Items go through ingest into a real SQLite file.
 */
import { describe, expect, it } from 'vitest'
import type { FeedItem } from '../../../electron/core/feeds/parse'
import { MIN_IDENTIFYING_WORDS, contentHash, ingestItems } from '../../../electron/core/monitor/ingest'
import { Matcher } from '../../../electron/core/rules/matcher'
import { Store } from '../../../electron/core/store/store'
import { storeOpener } from '../../support/databases'

const newStore = storeOpener()

const item = (guid: string, url: string | null, title: string, body = ''): FeedItem => ({
  guid, url, title, body, html: body ? `<p>${body}</p>` : null, publishedAt: Date.UTC(2015, 1, 14, 9, 30), author: null, categories: [], imageUrl: null,
})

const matcher = new Matcher([{ id: 'ct', name: 'مكافحة الإرهاب', terms: [{ query: 'إرهاب', weight: 1 }], exclude: [], notify: true }])

/** Ingests each feed's items in turn; returns every article's title with the feeds it was seen in. */
async function ingest(store: Store, feeds: Record<string, FeedItem[]>): Promise<{ title: string; seenIn: string[] }[]> {
  for (const [name, items] of Object.entries(feeds)) {
    const feed = store.feeds.add(`https://${encodeURIComponent(name)}.example/rss`, name, 0)
    await ingestItems(store, matcher, { id: feed.id, source: name }, items, 1)
  }
  return store.timeline
    .cards(store.timeline.page({ filter: {}, sort: 'time', limit: 100 }).map((row) => row.id))
    .map((a) => ({ title: a.title, seenIn: store.articles.sources(a.id) }))
    .sort((a, b) => a.title.localeCompare(b.title) || a.seenIn.join().localeCompare(b.seenIn.join()))
}

// A wire story as two outlets syndicate it: the agency's headline and its lede, under each outlet's own link.
const WIRE_TITLE = 'الأمن العام يوقف شبكة لتهريب الأشخاص عبر الحدود الشمالية'
const WIRE_LEDE =
  'أعلنت المديرية العامة للأمن العام في بيان اليوم أنها أوقفت شبكة تعمل على تهريب الأشخاص عبر المعابر غير الشرعية في منطقة وادي خالد، وأحالت الموقوفين إلى القضاء المختص بعد التحقيق معهم.'

describe('dedupe: text identity only where the text can identify a story', () => {
  it('keeps two title-only «حالة الطقس» items with different links apart, from one feed or two', async () => {
    const oneFeed = await ingest(newStore(), {
      'المركزية': [item('w1', 'https://almarkazia.example/weather/1001', 'حالة الطقس'), item('w2', 'https://almarkazia.example/weather/1002', 'حالة الطقس')],
    })
    expect(oneFeed).toEqual([
      { title: 'حالة الطقس', seenIn: ['المركزية'] },
      { title: 'حالة الطقس', seenIn: ['المركزية'] },
    ])
    const twoFeeds = await ingest(newStore(), {
      'المركزية': [item('w1', 'https://almarkazia.example/weather/1001', 'حالة الطقس')],
      'النهار': [item('n9', 'https://annahar.example/weather/77', 'حالةُ الطقسِ')],
    })
    expect(twoFeeds.map((a) => a.seenIn)).toEqual([['المركزية'], ['النهار']])
  })

  it('keeps recurring service items with a short body apart: prayer times, exchange rates', async () => {
    const articles = await ingest(newStore(), {
      'الوكالة الوطنية': [
        item('p1', 'https://nna.example/prayer/2015-02-14', 'مواقيت الصلاة', 'مواقيت الصلاة بحسب توقيت بيروت'),
        item('p2', 'https://nna.example/prayer/2015-02-15', 'مواقيت الصلاة', 'مواقيت الصلاة بحسب توقيت بيروت'),
        item('r1', 'https://nna.example/rates/1', 'أسعار صرف الدولار في السوق السوداء اليوم', 'تابعوا التفاصيل'),
        item('r2', 'https://nna.example/rates/2', 'أسعار صرف الدولار في السوق السوداء اليوم', 'تابعوا التفاصيل'),
      ],
    })
    expect(articles).toHaveLength(4)
  })

  it('still merges a syndicated wire story (headline and lede) delivered under two outlets’ links', async () => {
    const articles = await ingest(newStore(), {
      'المركزية': [item('m1', 'https://almarkazia.example/2015/02/14/smuggling', WIRE_TITLE, WIRE_LEDE)],
      // The same text, spelled with harakat and tatweel by the second outlet.
      'النهار': [item('n1', 'https://annahar.example/news/88231', WIRE_TITLE.replace('الأمن', 'الأمـــن'), WIRE_LEDE.replace('أعلنت', 'أعلَنت'))],
    })
    expect(articles).toEqual([{ title: WIRE_TITLE, seenIn: ['المركزية', 'النهار'] }])
  })

  it('still merges short items that share a story link (tracking parameters aside)', async () => {
    const articles = await ingest(newStore(), {
      'المركزية': [item('m1', 'https://news.example/2015/02/weather', 'حالة الطقس')],
      'النهار': [item('n1', 'https://news.example/2015/02/weather', 'طقس اليوم')],
    })
    expect(articles).toEqual([{ title: 'حالة الطقس', seenIn: ['المركزية', 'النهار'] }])
  })

  it('computes no text identity below the threshold, and one from it on', () => {
    const words = (n: number): string => Array.from({ length: n }, (_, i) => `كلمة${i}`).join(' ')
    expect(contentHash({ title: 'حالة الطقس', body: '' })).toBeNull()
    expect(contentHash({ title: words(MIN_IDENTIFYING_WORDS - 5), body: words(4) })).toBeNull()
    expect(contentHash({ title: words(MIN_IDENTIFYING_WORDS - 5), body: words(5) })).toMatch(/^[0-9a-f]{40}$/)
  })
})
