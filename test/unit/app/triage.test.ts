/**
 * The analyst's desk through the contract: views with filters and search, triage (read, star,
 * dismiss as the "not relevant" mark, notes), the counts following it, and a CSV export holding
 * exactly the view. A real SQLite file, the fixture articles flagged by the shipped watchlists.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { chunkText } from '../../../electron/core/app/csv-export'
import { createService, type MarsadService } from '../../../electron/core/app/service'
import type { OperationInput, OperationName, OperationOutput } from '../../../electron/core/contract/operations'
import { Store } from '../../../electron/core/store/store'
import { fixtureArticles } from '../../support/feeds'

const services: MarsadService[] = []
afterEach(() => services.splice(0).forEach((s) => s.close()))

async function desk() {
  const path = join(mkdtempSync(join(tmpdir(), 'marsad-desk-')), 'marsad.sqlite')
  const store = Store.open(path)
  const feed = store.feeds.add('https://desk.example/rss', 'المركزية', 0)
  fixtureArticles().forEach((a, i) =>
    store.articles.insert({ feedId: feed.id, source: 'المركزية', guid: a.id, url: a.link, title: a.title, body: a.body, publishedAt: 1_000 * (i + 1), publishedGuessed: false, fetchedAt: 0 }),
  )
  store.close()
  const service = createService({ dbPath: path })
  services.push(service)
  await service.call('rescan', {})
  const call = <N extends OperationName>(op: N, input: OperationInput<N>) => service.call(op, input) as Promise<OperationOutput<N>>
  return { service, call }
}

describe('the analyst desk', () => {
  it('searches in any spelling, highlights what it found, and pages by the sort key', async () => {
    const { call } = await desk()
    const found = await call('listArticles', { search: 'الارهاب', limit: 100 })
    expect(found.length).toBeGreaterThan(1)
    for (const a of found) {
      const marked = [...a.searchHighlights!.title.map((h) => a.title.slice(h.start, h.end)), ...a.searchHighlights!.excerpt.map((h) => a.excerpt.slice(h.start, h.end))]
      expect(marked.length, a.title).toBeGreaterThan(0)
      for (const word of marked) expect(word.replace(/[\u064B-\u0652\u0640]/g, '')).toMatch(/[اإأ]رهاب/)
    }
    const first = await call('listArticles', { search: 'الارهاب', limit: 2 })
    const rest = await call('listArticles', { search: 'الارهاب', limit: 100, after: { key: first[1].sortKey, id: first[1].id } })
    expect([...first, ...rest].map((a) => a.id)).toEqual(found.map((a) => a.id))
    const ranked = await call('listArticles', { search: 'الارهاب', sort: 'relevance', limit: 100 })
    expect(new Set(ranked.map((a) => a.id))).toEqual(new Set(found.map((a) => a.id)))
    await expect(call('listArticles', { search: '-الإرهاب' })).rejects.toMatchObject({ detail: { code: 'search.invalid', problem: 'only_excluded' } })
  })

  it('reads, stars and notes an article, and the views and counts follow', async () => {
    const { call } = await desk()
    const [a, b] = await call('listArticles', { limit: 2 })
    expect(await call('updateArticle', { id: a.id, read: true, starred: true, note: 'للمتابعة' })).toEqual({ read: true, starred: true, dismissed: false, note: 'للمتابعة' })
    expect((await call('listArticles', { unread: true, limit: 100 })).map((x) => x.id)).not.toContain(a.id)
    expect((await call('listArticles', { starred: true })).map((x) => x.id)).toEqual([a.id])
    expect((await call('listArticles', { noted: true }))[0].triage).toEqual({ read: true, starred: true, dismissed: false, note: 'للمتابعة' })
    const counts = await call('timelineCounts', {})
    expect(counts).toMatchObject({ all: { all: 19, unread: 18 }, starred: 1, noted: 1 })
    await call('updateArticle', { id: a.id, read: false, note: '' })
    expect(await call('updateArticle', { id: b.id })).toMatchObject({ read: false, note: null })
    expect((await call('timelineCounts', {})).all.unread).toBe(19)
    await expect(call('updateArticle', { id: 999_999, read: true })).rejects.toMatchObject({ detail: { code: 'article.not_found', id: 999_999 } })
  })

  it('dismisses with the watchlists\' "not relevant" mark, on every watchlist that flags it, and undoes it', async () => {
    const { call } = await desk()
    const flagged = await call('listArticles', { flaggedOnly: true, limit: 100 })
    const target = flagged.find((a) => a.hits.length > 0)!
    await call('updateArticle', { id: target.id, dismissed: true })
    const [after] = await call('listArticles', { dismissed: true })
    expect(after.id).toBe(target.id)
    expect(after.marks).toEqual(target.hits.map((h) => ({ watchlistId: h.watchlistId, verdict: 'not_relevant' })).sort((x, y) => x.watchlistId.localeCompare(y.watchlistId)))
    expect(after.score).toBe(0)
    expect((await call('listArticles', { flaggedOnly: true, limit: 100 })).map((a) => a.id)).not.toContain(target.id)
    expect((await call('timelineCounts', {})).flagged.all).toBe(flagged.length - 1)
    await call('updateArticle', { id: target.id, dismissed: false })
    expect((await call('listArticles', { flaggedOnly: true, limit: 100 })).map((a) => a.id)).toEqual(flagged.map((a) => a.id))
  })

  it('marks a view read, and only that view', async () => {
    const { call } = await desk()
    const flagged = await call('listArticles', { flaggedOnly: true, limit: 100 })
    expect(await call('markViewRead', { flaggedOnly: true })).toEqual({ marked: flagged.length })
    const counts = await call('timelineCounts', {})
    expect(counts.flagged.unread).toBe(0)
    expect(counts.all.unread).toBe(19 - flagged.length)
  })

  it('exports exactly the view: the same articles in the same order, with scores per watchlist and triage', async () => {
    const { service, call } = await desk()
    const view = { search: 'الأمن', flaggedOnly: true, sort: 'score' } as const
    const listed = await call('listArticles', { ...view, limit: 100 })
    expect(listed.length).toBeGreaterThan(0)
    await call('updateArticle', { id: listed[0].id, starred: true, note: '=HYPERLINK("x")' })
    const { csv, rows } = await call('exportCsv', { ...view, timeZone: 'Asia/Beirut' })
    expect(rows).toBe(listed.length)
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n')
    const header = lines[0].split(',')
    expect(header).toEqual(expect.arrayContaining(['published', 'title', 'excerpt', 'flagged_at', 'read', 'starred', 'note']))
    expect(header.filter((h) => h.startsWith('score: '))).toHaveLength(5)
    expect(lines.slice(1).map((line) => listed.findIndex((a) => line.includes(a.title)))).toEqual(listed.map((_, i) => i))
    expect(lines[1]).toMatch(/^1970-01-01T02:00:\d\d\+02:00,/)
    // read, starred, and the note neutralised as a formula would be.
    expect(lines[1]).toMatch(/,no,yes,"'=HYPERLINK\(""x""\)"$/)
    // Streamed, the same bytes.
    const chunks: string[] = []
    expect(await service.writeCsv({ ...view, timeZone: 'Asia/Beirut' }, (c) => void chunks.push(chunkText(c)))).toBe(rows)
    expect(chunks.join('')).toBe(csv)
  })
})

describe('new since the last look', () => {
  it('remembers each look, counts what was stored since the one before, and lists it as a view', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'marsad-look-')), 'marsad.sqlite')
    let clock = 1_000_000
    const service = createService({ dbPath: path, now: () => clock })
    services.push(service)
    const call = <N extends OperationName>(op: N, input: OperationInput<N>) => service.call(op, input) as Promise<OperationOutput<N>>
    expect(await call('markLooked', {})).toEqual({ previous: null, storedSince: 0 })
    const lookedAt = clock
    const store = Store.open(path)
    const feed = store.feeds.add('https://look.example/rss', 'مصدر', 0)
    // Two stored before the look, three after; published times in no particular order.
    const stored = [lookedAt - 2, lookedAt - 1, lookedAt + 5, lookedAt + 6, lookedAt + 7].map((fetchedAt, i) =>
      store.articles.insert({ feedId: feed.id, source: 'مصدر', guid: `n${i}`, url: null, title: `خبر ${i}`, body: 'نص', publishedAt: [50, 10, 40, 20, 30][i], publishedGuessed: false, fetchedAt }) as number,
    )
    store.close()
    clock += 60_000
    expect(await call('markLooked', {})).toEqual({ previous: lookedAt, storedSince: 3 })
    expect((await call('listArticles', { storedSince: lookedAt })).map((a) => a.id)).toEqual([stored[2], stored[4], stored[3]])
  })
})
