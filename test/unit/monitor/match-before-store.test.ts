/**
 * Matching happens before the write transaction and serves the event loop between items, so one
 * hostile item never holds the thread; what is stored keeps a few spans per term, counts the rest,
 * and records when the work budget stopped matching.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { toDetail } from '../../../electron/core/app/article-views'
import type { FeedItem } from '../../../electron/core/feeds/parse'
import { contentHash, ingestItems, matchItems } from '../../../electron/core/monitor/ingest'
import { Matcher, type MatchableArticle, type MatchResult } from '../../../electron/core/rules/matcher'
import type { Field, Watchlist } from '../../../electron/core/rules/types'
import { Store } from '../../../electron/core/store/store'
import { normalize } from '../../../electron/core/text/normalize'
import type { Token } from '../../../electron/core/text/tokenize'

const arrests: Watchlist[] = [{ id: 'arrests', name: 'اعتقالات', terms: [{ query: 'قبضت NEAR/3 على', weight: 1 }], exclude: [], notify: true }]

const item = (guid: string, body: string): FeedItem => ({
  guid,
  url: `https://e.com/${guid}`,
  title: 'أخبار أمنية',
  body,
  html: null,
  publishedAt: 0,
  author: null,
  categories: [],
  imageUrl: null,
})

describe('matching before storing', () => {
  it('serves the event loop between items', async () => {
    const order: string[] = []
    class Watching extends Matcher {
      override runTokensAsync(article: MatchableArticle, tokens: Record<Field, Token[]>, pause: () => Promise<void>): Promise<MatchResult> {
        order.push(`match ${tokens.body.map((t) => t.norm).join(' ')}`)
        // Something else the thread has to do (an API call, a UI event) arrives mid-ingest.
        if (order.length === 1) setImmediate(() => order.push('other work'))
        return super.runTokensAsync(article, tokens, pause)
      }
    }
    await matchItems(new Watching(arrests), [item('a', 'أولى'), item('b', 'ثانية')])
    expect(order).toEqual([`match ${normalize('أولى')}`, 'other work', `match ${normalize('ثانية')}`])
  })

  it('stores a hostile item with 100 spans per term, the rest counted, and the truncation recorded', async () => {
    const store = Store.open(join(mkdtempSync(join(tmpdir(), 'marsad-hostile-')), 'm.sqlite'))
    const feed = store.feeds.add('https://e.com/rss', 'مصدر', 0)
    const matcher = new Matcher(arrests, { workBudget: 200_000 })
    const items = [item('hostile', 'قبضت على '.repeat(40_000)), item('ordinary', 'قالت الشرطة إنها قبضت على ثلاثة مشتبه بهم')]
    const matches = await matchItems(matcher, items)
    const { newHits } = ingestItems(store, matcher, { id: feed.id, source: 'مصدر' }, items, 1, matches)
    const hits = store.hits.forArticles(newHits.map((h) => h.id))
    const [hostile, ordinary] = newHits.map((h) => hits.get(h.id)?.[0])
    expect(hostile).toMatchObject({ watchlistId: 'arrests', truncated: true })
    expect(hostile?.spans).toHaveLength(100)
    expect(hostile?.omittedSpans).toBeGreaterThan(10_000)
    expect(ordinary).toMatchObject({ watchlistId: 'arrests', truncated: false, omittedSpans: 0 })
    // قبضت is highlighted; على, NEAR's right side, is context.
    expect(ordinary?.spans).toHaveLength(1)
    // What getArticle sends: the body, 100 highlights and a count of the rest, not 58 MB of spans.
    const stored = store.articles.get(newHits[0].id)
    if (!stored || !hostile) throw new Error('the hostile article was not stored')
    const detail = toDetail(stored, [hostile], new Map([['arrests', 'اعتقالات']]))
    expect(detail).toMatchObject({ omittedSpans: hostile.omittedSpans, matchTruncated: true })
    expect(detail.spans).toHaveLength(100)
    expect(JSON.stringify(detail).length - detail.body.length).toBeLessThan(20_000)
    store.close()
  })

  it('gives a long item, folded once in pieces, the matches of run() and the identity of contentHash()', async () => {
    const matcher = new Matcher(arrests)
    const long = item('long', 'قالت الشرطة إنها قبضت على ثلاثة مشتبه بهم في العاصمة بعد مداهمة ليلية.\n'.repeat(3_000))
    const prepared = (await matchItems(matcher, [long])).get(long)
    expect(prepared?.hash).toBe(contentHash(long))
    expect(prepared?.hash).not.toBeNull()
    expect(prepared?.hits).toEqual(matcher.run(long).hits)
  })
})
