/**
 * Items without a guid of their own, or with a link that names no story, polled for real: feeds
 * served over loopback HTTP, polled into a real SQLite file, the same feed more than once. No story
 * may be taken for another and lost; the same item polled again stays one article.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pollFeed } from '../../../electron/core/monitor/poll'
import { Matcher } from '../../../electron/core/rules/matcher'
import type { Store } from '../../../electron/core/store/store'
import { storeOpener } from '../../support/databases'
import { startLocalServer, type LocalServer } from '../../support/local-server'

const newStore = storeOpener()
let server: LocalServer
beforeAll(async () => void (server = await startLocalServer()))
afterAll(async () => server?.close())

interface Item { readonly title: string; readonly link?: string; readonly guid?: string; readonly description?: string }

const rss = (items: readonly Item[]): string =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>المركزية</title>${items
    .map((i) => `<item><title>${i.title}</title>${i.link ? `<link>${i.link}</link>` : ''}${i.guid ? `<guid isPermaLink="false">${i.guid}</guid>` : ''}${i.description ? `<description>${i.description}</description>` : ''}</item>`)
    .join('')}</channel></rss>`

/**
 * A feed at `path` whose content the test changes between polls; `poll(items)` serves those items
 * and polls the feed once. `titles()` lists the stored articles' titles, sorted.
 */
function feedAt(store: Store, path: string, fullText = false): { poll(items: readonly Item[]): Promise<void>; titles(): string[] } {
  let body = ''
  server.route(path, (_req, res) => void res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' }).end(body))
  const { id } = store.feeds.add(server.url(path), 'المركزية', 0)
  if (fullText) store.feeds.update(id, { fullText })
  let clock = Date.UTC(2015, 1, 14, 8)
  return {
    async poll(items) {
      body = rss(items)
      const feed = store.feeds.get(id)
      if (!feed) throw new Error('feed gone')
      const { report } = await pollFeed({ store, matcher: () => new Matcher([]), now: () => (clock += 60_000), random: () => 0.5 }, feed)
      expect(report).toMatchObject({ ok: true, fetched: items.length })
    },
    titles: () =>
      store.timeline
        .cards(store.timeline.page({ filter: {}, sort: 'time', limit: 100 }).map((row) => row.id))
        .map((a) => a.title)
        .sort(),
  }
}

const WEATHER = 'حالة الطقس'
const PRAYER = 'مواقيت الصلاة'
const BLAST = 'انفجار في المرفأ'

describe('item identity without a guid of its own', () => {
  it('keeps title-only items that all link to the home page apart, over two polls, and each once', async () => {
    const feed = feedAt(newStore(), '/home.xml')
    const home = 'https://almarkazia.example/'
    await feed.poll([{ title: WEATHER, link: home }])
    await feed.poll([{ title: BLAST, link: home }, { title: PRAYER, link: home }, { title: WEATHER, link: home }])
    expect(feed.titles()).toEqual([BLAST, WEATHER, PRAYER].sort())
    // The same items polled again are the same articles.
    await feed.poll([{ title: BLAST, link: home }, { title: PRAYER, link: home }, { title: WEATHER, link: home }])
    expect(feed.titles()).toEqual([BLAST, WEATHER, PRAYER].sort())
  })

  it('keeps items with the same title and no link or date apart by their text', async () => {
    const feed = feedAt(newStore(), '/urgent.xml')
    const first = { title: 'عاجل', description: 'توقيف مطلوب بجرم إطلاق نار في البقاع' }
    const second = { title: 'عاجل', description: 'إقفال طريق ضهر البيدر بسبب الثلوج' }
    await feed.poll([first])
    await feed.poll([second, first])
    await feed.poll([second, first])
    expect(feed.titles()).toEqual(['عاجل', 'عاجل'])
  })
})

describe('a link every item of a read shares names none of them', () => {
  for (const shared of ['https://almarkazia.example/ar/', 'https://almarkazia.example/index.php', 'https://almarkazia.example/?lang=ar']) {
    it(`keeps stories linked to ${new URL(shared).pathname + new URL(shared).search} apart, over two polls, each once`, async () => {
      const feed = feedAt(newStore(), `/shared-${encodeURIComponent(shared)}.xml`)
      await feed.poll([{ title: WEATHER, link: shared }, { title: BLAST, link: shared }])
      // A new story beside the two delivered before: its link is shared in this read as a whole.
      await feed.poll([{ title: PRAYER, link: shared }, { title: WEATHER, link: shared }, { title: BLAST, link: shared }])
      await feed.poll([{ title: PRAYER, link: shared }, { title: WEATHER, link: shared }, { title: BLAST, link: shared }])
      expect(feed.titles()).toEqual([BLAST, WEATHER, PRAYER].sort())
    })
  }

  it('does not merge stories with guids of their own because they share a section link', async () => {
    const feed = feedAt(newStore(), '/section.xml')
    const section = 'https://almarkazia.example/ar/security'
    await feed.poll([{ title: BLAST, link: section, guid: 'story-1' }])
    await feed.poll([{ title: PRAYER, link: section, guid: 'story-2' }, { title: BLAST, link: section, guid: 'story-1' }])
    expect(feed.titles()).toEqual([BLAST, PRAYER].sort())
  })

  it('fetches no full text from a shared page, whose one text would make its stories one', async () => {
    let pageFetches = 0
    const paragraph = 'تعقد في بيروت ورشة عمل حول التعاون الامني بين لبنان ودول الاتحاد الاوروبي في مجال مكافحة الارهاب وتبادل المعلومات عن المقاتلين الاجانب العائدين من سوريا والعراق'
    server.route('/ar/', (_req, res) => {
      pageFetches++
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(`<html><body><article><h1>الرئيسية</h1><p>${paragraph}</p><p>${paragraph}</p></article></body></html>`)
    })
    const feed = feedAt(newStore(), '/full-text.xml', true)
    const section = server.url('/ar/')
    await feed.poll([{ title: WEATHER, link: section }, { title: BLAST, link: section }, { title: PRAYER, link: section }])
    expect(feed.titles()).toEqual([BLAST, WEATHER, PRAYER].sort())
    expect(pageFetches).toBe(0)
  })

  it('still takes an item repeated in one read for one story', async () => {
    const feed = feedAt(newStore(), '/repeated.xml')
    const story = { title: BLAST, link: 'https://almarkazia.example/2015/02/14/port-blast' }
    await feed.poll([story, story, { title: WEATHER, link: 'https://almarkazia.example/weather/1001' }])
    expect(feed.titles()).toEqual([BLAST, WEATHER].sort())
  })
})
