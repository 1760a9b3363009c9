import { describe, expect, it } from 'vitest'
import { startMatchWorkers } from '../../../electron/core/monitor/match-workers'
import { Matcher } from '../../../electron/core/rules/matcher'
import { defaultWatchlistFile } from '../../support/default-watchlists'
import { loadArticles } from '../../support/labeled'

describe('matching on several threads', () => {
  it('gives each article the hits one matcher gives it, in the articles’ order', async () => {
    const file = defaultWatchlistFile
    const articles = loadArticles()
      .slice(0, 400)
      .map((a) => {
        const [title, ...body] = a.text.split('\n')
        return { title, body: body.join('\n') }
      })
    const matcher = new Matcher(file)
    const expected = articles.map((a) => {
      const { hits, truncated } = matcher.run(a)
      return { hits, truncated }
    })
    expect(expected.filter((r) => r.hits.length > 0).length).toBeGreaterThan(50)
    const threads = await startMatchWorkers(file, 2)
    try {
      // Two batches in flight at once, as a rescan sends them.
      const [first, second] = await Promise.all([threads.match(articles.slice(0, 250)), threads.match(articles.slice(250))])
      expect([...first, ...second]).toEqual(expected)
    } finally {
      await threads.close()
    }
    // Once its threads have stopped, the pool says so rather than wait for an answer that never comes.
    await expect(threads.match(articles.slice(0, 10))).rejects.toThrow(/stopped/)
  })

  it('fails a batch that cannot be sent to a thread, and goes on matching the next', async () => {
    const threads = await startMatchWorkers(defaultWatchlistFile, 1)
    try {
      const matcher = new Matcher(defaultWatchlistFile)
      const article = { title: 'توقيف خلية إرهابية', body: 'أوقفت القوى الأمنية خلية إرهابية كانت تخطط لهجوم.' }
      const { hits, truncated } = matcher.run(article)
      // Three chunks keep the one thread busy, so the unsendable batch waits in the queue and is
      // sent when a chunk is answered: from the pool's message handler, where a throw would be uncaught.
      const busy = threads.match(Array.from({ length: 60 }, () => article))
      const unsendable = { title: 'خبر', body: 'نص', extra: () => 'a function is not cloneable' }
      const refused = threads.match([unsendable])
      await expect(refused).rejects.toThrow(/could not be cloned/)
      expect(await busy).toEqual(Array.from({ length: 60 }, () => ({ hits, truncated })))
      expect(await threads.match([article])).toEqual([{ hits, truncated }])
    } finally {
      await threads.close()
    }
  })

  it('refuses to start on a watchlist file that does not build', async () => {
    const broken = { sets: [], watchlists: [{ id: 'x', name: 'x', terms: [{ query: '"نصف عبارة', weight: 1 }], exclude: [], notify: true }] }
    await expect(startMatchWorkers(broken, 2)).rejects.toThrow(/quote/)
  })
})
