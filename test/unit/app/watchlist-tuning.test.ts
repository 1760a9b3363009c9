/**
 * Tuning watchlists in the app, through the service as every adapter calls it, on a real SQLite
 * file with stored articles: checking a query as it is typed, trying a draft on a text, previewing
 * a draft on the archive (counts, samples, read only), the analyst's marks and the draft's
 * precision and recall on them, and the refusals (a draft that does not build, sizes).
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createService, type MarsadService, type ServiceOptions } from '../../../electron/core/app/service'
import type { OperationInput, OperationOutput } from '../../../electron/core/contract/operations'
import { WATCHLIST_PALETTE } from '../../../electron/core/contract/palette'
import type { WatchlistsPreview } from '../../../electron/core/contract/types'
import { MarsadError } from '../../../electron/core/errors/marsad-error'
import { Store } from '../../../electron/core/store/store'
import { yieldToEventLoop } from '../../../electron/core/work/steps'
import { startServer } from '../../../electron/server/server'
import { arabicErrorText } from '../../../src/lib/errors'

const services: MarsadService[] = []
afterEach(() => services.splice(0).forEach((s) => s.close()))

const HOUR = 3_600_000

/** Stored articles, newest first: [key, title, body]. */
const ARTICLES = [
  ['arrest', 'اعتقال خلية في بغداد', 'اعتقلت الشرطة خلية إرهابية في بغداد فجر اليوم'],
  ['workshop', 'ورشة عمل للصحفيين', 'نظمت نقابة الصحفيين ورشة عمل حول تغطية الإرهاب في الإعلام'],
  ['match', 'مباراة حاسمة في الدوري', 'فاز الفريق في مباراة حاسمة أمس'],
  ['film', 'فيلم عن الإرهاب', 'يعرض فيلم جديد قصة عن الإرهاب في المدينة'],
  ['blast', 'انفجار قرب السوق', 'انفجرت عبوة ناسفة قرب السوق المركزي'],
] as const
type Key = (typeof ARTICLES)[number][0]

/** The watchlists in force: the first flags arrest, workshop and film; the second the match. */
const CURRENT = {
  watchlists: [
    { id: 'ct', name: 'مكافحة الإرهاب', terms: ['إرهاب'] },
    { id: 'sport', name: 'رياضة', terms: ['مباراة'], color: '#123456' },
  ],
}

/** The draft: a film lowers the score under the threshold, a blast now counts, sport is gone, a new list. */
const DRAFT = {
  sets: { blasts: ['ناسفة', '"عبوة لاصقة"'] },
  watchlists: [
    { id: 'ct', name: 'مكافحة الإرهاب', terms: [{ query: 'إرهاب', weight: 2 }, { query: 'فيلم', weight: -2 }, '@blasts'], threshold: 1 },
    { id: 'arrests', name: 'اعتقالات', terms: ['اعتقال'], color: '#22AA88' },
  ],
}

interface Fixture {
  readonly service: MarsadService
  readonly dbPath: string
  readonly ids: Record<Key, number>
}

/** `extra` more articles, older than the others, each an arrest. */
async function fixture(options: Partial<ServiceOptions> = {}, extra = 0): Promise<Fixture> {
  const dbPath = join(mkdtempSync(join(tmpdir(), 'marsad-tuning-')), 'm.sqlite')
  const store = Store.open(dbPath)
  const feed = store.feeds.add('https://e.example/rss', 'المركزية', 0)
  const ids = {} as Record<Key, number>
  ARTICLES.forEach(([key, title, body], i) => {
    ids[key] = store.articles.insert({
      feedId: feed.id, source: 'المركزية', guid: key, url: null, title, body, publishedAt: 100 * HOUR - i * HOUR, publishedGuessed: false, fetchedAt: 0,
    }) as number
  })
  for (let i = 0; i < extra; i++) {
    store.articles.insert({
      feedId: feed.id, source: 'المركزية', guid: `x${i}`, url: null, title: `اعتقال مطلوب رقم ${i}`, body: '', publishedAt: 50 * HOUR - i * HOUR, publishedGuessed: false, fetchedAt: 0,
    })
  }
  store.close()
  const service = createService({ dbPath, ...options })
  services.push(service)
  await service.call('setWatchlists', CURRENT)
  await service.whenIdle()
  return { service, dbPath, ids }
}

const call = <N extends keyof import('../../../electron/core/contract/operations').OperationOutputs>(service: MarsadService, op: N, input: OperationInput<N>) =>
  service.call(op, input) as Promise<OperationOutput<N>>

/** A preview run to its end (none other started meanwhile). */
async function previewOf(service: MarsadService, file: OperationInput<'previewWatchlists'>['file']): Promise<WatchlistsPreview> {
  const preview = await call(service, 'previewWatchlists', { file })
  if ('cancelled' in preview) throw new Error('the preview was cancelled')
  return preview
}

async function refusal(promise: Promise<unknown>): Promise<MarsadError> {
  try {
    await promise
  } catch (err) {
    expect(err).toBeInstanceOf(MarsadError)
    return err as MarsadError
  }
  throw new Error('not refused')
}

/** The stored state a preview must leave alone. */
async function snapshot(service: MarsadService) {
  const [watchlists, articles] = await Promise.all([call(service, 'getWatchlists', {}), call(service, 'listArticles', { limit: 100 })])
  return { watchlists, hits: articles.map((a) => [a.id, a.hits.map((h) => [h.watchlistId, h.score])]) }
}

describe('checkQuery', () => {
  it('says nothing of a good query, and the first problem with its position of a bad one, in Arabic', async () => {
    const { service } = await fixture()
    expect(await call(service, 'checkQuery', { query: '"مكافحة الإرهاب" OR إرهاب*' })).toEqual({})
    const { problem } = await call(service, 'checkQuery', { query: 'إرهاب AND (خلية' })
    expect(problem).toMatchObject({ code: 'query.syntax', query: 'إرهاب AND (خلية', position: 10, problem: 'unbalanced_open' })
    expect(arabicErrorText(problem!)).toContain('عند الموضع 10')
    expect((await call(service, 'checkQuery', { query: 'اعتقال "خلية' })).problem).toMatchObject({ position: 7, problem: 'unbalanced_quote' })
  })

  it("checks @names against the draft's sets, even while a set is half written or broken", async () => {
    const { service } = await fixture()
    expect(await call(service, 'checkQuery', { query: '@blasts AND قرب', sets: { blasts: ['ناسفة'] } })).toEqual({})
    expect((await call(service, 'checkQuery', { query: 'x OR @nope', sets: { blasts: ['ناسفة'] } })).problem).toMatchObject({
      problem: 'unknown_set',
      termSet: 'nope',
      position: 5,
    })
    // A set whose own member is bad (or blank, or badly named) does not make this query wrong.
    const broken = { blasts: ['"عبوة', ''], 'Bad Name': ['x'], empty: [] }
    expect(await call(service, 'checkQuery', { query: '@blasts OR @empty', sets: broken })).toEqual({})
    expect((await call(service, 'checkQuery', { query: '@blasts AND', sets: broken })).problem).toMatchObject({ problem: 'operator_without_term' })
  })

  it('refuses a query past its size as input, not as a query problem', async () => {
    const { service } = await fixture()
    expect((await refusal(call(service, 'checkQuery', { query: 'ا'.repeat(20_001) }))).detail).toMatchObject({ code: 'input.invalid', field: 'query', problem: 'text_too_large' })
    // Up to it, the parser says it is too long, at the place it stops.
    expect((await call(service, 'checkQuery', { query: 'ا'.repeat(10_001) })).problem).toMatchObject({ problem: 'too_long', position: 10_000 })
  })
})

describe('tryWatchlists', () => {
  it("runs the draft on a text: each watchlist's score, threshold, flag, spans and contributing terms, with colours", async () => {
    const { service } = await fixture()
    const title = 'فيلم عن الإرهاب'
    const text = 'يعرض فيلم جديد قصة عن الإرهاب. وانفجرت عبوة ناسفة قرب السوق بعد اعتقال المشتبه به.'
    const result = await call(service, 'tryWatchlists', { file: DRAFT, title, text })
    expect(result.watchlists).toEqual([
      { id: 'ct', name: 'مكافحة الإرهاب', color: WATCHLIST_PALETTE[0], enabled: true, threshold: 1 },
      { id: 'arrests', name: 'اعتقالات', color: '#22aa88', enabled: true, threshold: null },
    ])
    const [ct, arrests] = result.scores
    // إرهاب twice (title and body) at 2, فيلم twice at -2, one blast at 1: 4 - 4 + 1 = 1, at the threshold.
    expect(ct).toMatchObject({ watchlistId: 'ct', threshold: 1, score: 1, flagged: true })
    expect(ct.terms).toEqual([
      { query: 'إرهاب', weight: 2, contribution: 4 },
      { query: 'فيلم', weight: -2, contribution: -4 },
      { query: '@blasts', weight: 1, contribution: 1 },
    ])
    // Highlights are the positive terms only, as offsets into what was sent.
    expect(ct.spans.map((s) => [s.field, s.start, s.end, (s.field === 'title' ? title : text).slice(s.start, s.end)])).toEqual([
      ['title', 8, 15, 'الإرهاب'],
      ['body', 22, 29, 'الإرهاب'],
      ['body', 44, 49, 'ناسفة'],
    ])
    expect(arrests).toMatchObject({ watchlistId: 'arrests', threshold: null, flagged: true, score: 1, terms: [{ query: 'اعتقال', weight: 1, contribution: 1 }] })
    expect(arrests.spans.map((s) => [s.field, s.start, s.end])).toEqual([['body', 64, 70]])
    expect(text.slice(64, 70)).toBe('اعتقال')
    expect(result.truncated).toBe(false)
  })

  it('leaves out disabled watchlists and says nothing of a text nothing holds in', async () => {
    const { service } = await fixture()
    const off = { ...DRAFT, watchlists: [{ ...DRAFT.watchlists[0], enabled: false }, DRAFT.watchlists[1]] }
    const result = await call(service, 'tryWatchlists', { file: off, text: 'اعتقال عنصر من داعش بتهمة الإرهاب' })
    expect(result.scores.map((s) => s.watchlistId)).toEqual(['arrests'])
    expect(result.watchlists[0]).toMatchObject({ id: 'ct', enabled: false })
    expect((await call(service, 'tryWatchlists', { file: DRAFT, text: 'الطقس مشمس اليوم' })).scores).toEqual([])
  })

  it('refuses a draft that does not build with the query, the watchlist and the position; and a bad field with its path', async () => {
    const { service } = await fixture()
    const bad = { watchlists: [{ id: 'ct', name: 'مكافحة', terms: ['إرهاب', 'خلية NEAR/3'] }] }
    const err = await refusal(call(service, 'tryWatchlists', { file: bad, text: 'نص' }))
    expect(err.detail).toMatchObject({ code: 'query.syntax', watchlist: 'ct', query: 'خلية NEAR/3', position: 5 })
    const badSet = { sets: { g: ['داعش', '(تنظيم'] }, watchlists: [{ id: 'ct', name: 'مكافحة', terms: ['@g'] }] }
    expect((await refusal(call(service, 'tryWatchlists', { file: badSet, text: 'نص' }))).detail).toMatchObject({ code: 'query.syntax', termSet: 'g', position: 0 })
    const zero = { watchlists: [{ id: 'ct', name: 'مكافحة', terms: ['إرهاب', { query: 'فيلم', weight: 0 }] }] }
    const shape = await refusal(call(service, 'tryWatchlists', { file: zero, text: 'نص' }))
    expect(shape.detail).toMatchObject({ code: 'watchlists.invalid', path: 'watchlists.0.terms.1.weight', problem: 'zero_weight' })
    expect(arabicErrorText(shape.detail)).toContain('القائمة 1، المصطلح 2، الوزن')
    // Nothing was saved.
    expect((await call(service, 'getWatchlists', {})).watchlists.map((w) => w.id)).toEqual(['ct', 'sport'])
  })

  it('takes a text of up to 200,000 characters and refuses a longer one', async () => {
    const { service } = await fixture()
    const long = 'اعتقال '.repeat(200_000 / 7)
    expect(long.length).toBeLessThanOrEqual(200_000)
    expect((await call(service, 'tryWatchlists', { file: DRAFT, text: long })).scores[0]).toMatchObject({ watchlistId: 'arrests', flagged: true })
    const err = await refusal(call(service, 'tryWatchlists', { file: DRAFT, text: 'ا'.repeat(200_001) }))
    expect(err.detail).toMatchObject({ code: 'input.invalid', operation: 'tryWatchlists', field: 'text', problem: 'text_too_large' })
    expect((await refusal(call(service, 'tryWatchlists', { file: DRAFT, title: 'ا'.repeat(2_001), text: '' }))).detail).toMatchObject({ field: 'title' })
  })
})

describe('previewWatchlists', () => {
  it('counts what the draft flags, newly flags and unflags, per watchlist and in total, with samples, and writes nothing', async () => {
    let pauses = 0
    const { service, ids } = await fixture({ tuning: { pause: () => (pauses++, yieldToEventLoop()) } })
    const before = await snapshot(service)
    const preview = await previewOf(service, DRAFT)
    expect(preview).toMatchObject({ stored: 5, matched: 5, newestOnly: false, limit: 20_000, truncated: 0 })
    const sample = (list: readonly { id: number }[]) => list.map((a) => a.id)
    // Now: arrest, workshop, film (ct) and match (sport). Draft: arrest, workshop, blast (ct); arrest (arrests).
    expect(preview.total).toMatchObject({ flagged: 3, flaggedNow: 4, newlyFlagged: 1, unflagged: 2 })
    expect(sample(preview.total.newlyFlaggedSample)).toEqual([ids.blast])
    expect(sample(preview.total.unflaggedSample)).toEqual([ids.match, ids.film])
    const by = new Map(preview.watchlists.map((w) => [w.watchlistId, w]))
    expect([...by.keys()]).toEqual(['ct', 'arrests', 'sport'])
    expect(by.get('ct')).toMatchObject({ inDraft: true, flagged: 3, flaggedNow: 3, newlyFlagged: 1, unflagged: 1, color: WATCHLIST_PALETTE[0] })
    expect(sample(by.get('ct')!.newlyFlaggedSample)).toEqual([ids.blast])
    expect(sample(by.get('ct')!.unflaggedSample)).toEqual([ids.film])
    expect(by.get('arrests')).toMatchObject({ inDraft: true, flagged: 1, flaggedNow: 0, newlyFlagged: 1, unflagged: 0, color: '#22aa88' })
    expect(by.get('sport')).toMatchObject({ inDraft: false, name: 'رياضة', color: '#123456', flagged: 0, flaggedNow: 1, unflagged: 1 })
    expect(by.get('sport')!.unflaggedSample[0]).toEqual({ id: ids.match, title: 'مباراة حاسمة في الدوري', source: 'المركزية', publishedAt: 98 * HOUR })
    // It paused between articles (the server answers other calls meanwhile), and changed nothing.
    expect(pauses).toBeGreaterThanOrEqual(5)
    expect(await snapshot(service)).toEqual(before)
  })

  it('matches only the newest articles past its limit, and says so', async () => {
    const { service, ids } = await fixture({ tuning: { previewLimit: 3 } })
    const preview = await previewOf(service, DRAFT)
    expect(preview).toMatchObject({ stored: 5, matched: 3, newestOnly: true, limit: 3 })
    // arrest, workshop, match: the film and the blast are older.
    expect(preview.total).toMatchObject({ flagged: 2, flaggedNow: 3, newlyFlagged: 0, unflagged: 1 })
    expect(preview.total.unflaggedSample.map((a) => a.id)).toEqual([ids.match])
  })

  it('names the newest ten of each', async () => {
    const { service, ids } = await fixture({}, 14)
    const preview = await previewOf(service, DRAFT)
    const arrests = preview.watchlists.find((w) => w.watchlistId === 'arrests')!
    expect(arrests.newlyFlagged).toBe(15)
    expect(arrests.newlyFlaggedSample.map((a) => a.title)).toEqual([
      'اعتقال خلية في بغداد',
      ...Array.from({ length: 9 }, (_, i) => `اعتقال مطلوب رقم ${i}`),
    ])
    expect(preview.total.newlyFlaggedSample.map((a) => a.id)).toEqual([ids.blast, ...arrests.newlyFlaggedSample.slice(1, 10).map((a) => a.id)])
  })

  it('refuses a draft that does not build, as tryWatchlists does', async () => {
    const { service } = await fixture()
    const err = await refusal(call(service, 'previewWatchlists', { file: { watchlists: [{ id: 'ct', name: 'م', terms: ['(إرهاب'] }] } }))
    expect(err.detail).toMatchObject({ code: 'query.syntax', watchlist: 'ct', position: 0, problem: 'unbalanced_open' })
  })
})

describe('previewWatchlists, one at a time', () => {
  it('cancels the preview running when another starts: the first resolves { cancelled: true }, the second runs to its end', async () => {
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    let pauses = 0
    const { service } = await fixture({ tuning: { pause: async () => (pauses++, await gate) } }, 20)
    const first = call(service, 'previewWatchlists', { file: DRAFT })
    // The first waits at its first pause; the second, started now, cancels it.
    await vi.waitFor(() => expect(pauses).toBe(1))
    const second = call(service, 'previewWatchlists', { file: CURRENT })
    release()
    expect(await first).toEqual({ cancelled: true })
    expect(await second).toMatchObject({ stored: 25, matched: 25, total: { flagged: 4, flaggedNow: 4, newlyFlagged: 0, unflagged: 0 } })
    // One after the other (not at once), both run.
    expect(await call(service, 'previewWatchlists', { file: DRAFT })).toMatchObject({ stored: 25, matched: 25 })
  })

  it('stops when the HTTP request that asked for it is closed', async () => {
    let pauses = 0
    let reached!: () => void
    const started = new Promise<void>((resolve) => (reached = resolve))
    // 300 articles at 2 ms a pause and two pauses an article: a whole preview takes over a second.
    const pause = () => {
      if (++pauses === 5) reached()
      return new Promise<void>((resolve) => setTimeout(resolve, 2))
    }
    const { service } = await fixture({ tuning: { pause } }, 300)
    const server = await startServer({ service, rendererDir: mkdtempSync(join(tmpdir(), 'marsad-renderer-')) })
    try {
      const asking = new AbortController()
      const response = fetch(`http://127.0.0.1:${server.port}/api/call/previewWatchlists`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Marsad-Token': server.token },
        body: JSON.stringify({ file: DRAFT }),
        signal: asking.signal,
      }).catch((err: unknown) => err)
      await started
      asking.abort()
      expect(await response).toMatchObject({ name: 'AbortError' })
      // The preview stops at its next pause: the count settles far below a whole preview's.
      let seen = -1
      await vi.waitFor(
        async () => {
          const now = pauses
          await new Promise((resolve) => setTimeout(resolve, 100))
          seen = now
          expect(pauses).toBe(now)
        },
        { timeout: 5_000, interval: 0 },
      )
      expect(seen).toBeLessThan(100)
    } finally {
      await server.close()
    }
  })
})

describe('feedback marks', () => {
  it('are set, changed and removed, and show on the timeline and in the reader', async () => {
    const { service, ids } = await fixture()
    expect(await call(service, 'markArticle', { articleId: ids.film, watchlistId: 'ct', verdict: 'not_relevant' })).toEqual({
      marks: [{ watchlistId: 'ct', verdict: 'not_relevant' }],
    })
    await call(service, 'markArticle', { articleId: ids.film, watchlistId: 'sport', verdict: 'relevant' })
    const marksOf = async (id: number) => (await call(service, 'listArticles', { limit: 100 })).find((a) => a.id === id)!.marks
    expect(await marksOf(ids.film)).toEqual([
      { watchlistId: 'ct', verdict: 'not_relevant' },
      { watchlistId: 'sport', verdict: 'relevant' },
    ])
    expect(await marksOf(ids.arrest)).toEqual([])
    // Changing the verdict replaces the mark: one per article and watchlist.
    await call(service, 'markArticle', { articleId: ids.film, watchlistId: 'ct', verdict: 'relevant' })
    expect((await call(service, 'getArticle', { id: ids.film }))!.marks).toEqual([
      { watchlistId: 'ct', verdict: 'relevant' },
      { watchlistId: 'sport', verdict: 'relevant' },
    ])
    expect(await call(service, 'markArticle', { articleId: ids.film, watchlistId: 'ct', verdict: null })).toEqual({ marks: [{ watchlistId: 'sport', verdict: 'relevant' }] })
  })

  it('refuses an unknown article or a watchlist not in force, but removes a mark of a watchlist since deleted', async () => {
    const { service, ids } = await fixture()
    expect((await refusal(call(service, 'markArticle', { articleId: 9999, watchlistId: 'ct', verdict: 'relevant' }))).detail).toMatchObject({
      code: 'input.invalid',
      field: 'articleId',
    })
    expect((await refusal(call(service, 'markArticle', { articleId: ids.arrest, watchlistId: 'nope', verdict: 'relevant' }))).detail).toMatchObject({
      field: 'watchlistId',
    })
    expect((await refusal(call(service, 'markArticle', { articleId: ids.arrest, watchlistId: 'ct', verdict: 'maybe' as never }))).detail).toMatchObject({
      code: 'input.invalid',
      field: 'verdict',
    })
    await call(service, 'markArticle', { articleId: ids.match, watchlistId: 'sport', verdict: 'relevant' })
    await call(service, 'setWatchlists', { watchlists: [CURRENT.watchlists[0]] })
    await service.whenIdle()
    expect(await call(service, 'markArticle', { articleId: ids.match, watchlistId: 'sport', verdict: null })).toEqual({ marks: [] })
  })

  it("give the draft's precision and recall per watchlist and micro-averaged, and the marked articles it gets wrong", async () => {
    const { service, ids } = await fixture({ tuning: { previewLimit: 2 } })
    const mark = (key: Key, watchlistId: string, verdict: 'relevant' | 'not_relevant') => call(service, 'markArticle', { articleId: ids[key], watchlistId, verdict })
    await mark('arrest', 'ct', 'relevant') // draft flags: true positive
    await mark('film', 'ct', 'relevant') // the film cue lowers it: false negative
    await mark('workshop', 'ct', 'not_relevant') // flagged: false positive
    await mark('match', 'ct', 'not_relevant') // true negative
    await mark('blast', 'ct', 'relevant') // true positive (older than the preview's window: matched anyway)
    await mark('match', 'sport', 'relevant') // sport is not in the draft: not counted
    const { feedback, watchlists } = await previewOf(service, DRAFT)
    const ct = watchlists.find((w) => w.watchlistId === 'ct')!.feedback
    expect(ct).toEqual({ marked: 5, truePositives: 2, falsePositives: 1, falseNegatives: 1, trueNegatives: 1, precision: 2 / 3, recall: 2 / 3 })
    expect(watchlists.find((w) => w.watchlistId === 'arrests')!.feedback).toMatchObject({ marked: 0, precision: null, recall: null })
    expect(feedback.micro).toEqual(ct)
    expect(feedback.ignored).toBe(1)
    expect(feedback.missCount).toBe(2)
    expect(feedback.misses).toEqual(
      expect.arrayContaining([
        { articleId: ids.film, title: 'فيلم عن الإرهاب', watchlistId: 'ct', verdict: 'relevant', draftFlags: false },
        { articleId: ids.workshop, title: 'ورشة عمل للصحفيين', watchlistId: 'ct', verdict: 'not_relevant', draftFlags: true },
      ]),
    )
    // The same marks against the watchlists in force: the film is flagged, the blast is not, and sport counts.
    const now = await previewOf(service, CURRENT)
    expect(now.watchlists.find((w) => w.watchlistId === 'ct')!.feedback).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 1, trueNegatives: 1 })
    expect(now.feedback.micro).toMatchObject({ marked: 6, truePositives: 3, falsePositives: 1, falseNegatives: 1, trueNegatives: 1, precision: 0.75, recall: 0.75 })
    expect(now.feedback.ignored).toBe(0)
  })
})

describe('listWatchlists', () => {
  it('gives each watchlist its colour (its own, else the palette by position) and whether it is enabled', async () => {
    const { service } = await fixture()
    await call(service, 'setWatchlists', { watchlists: [CURRENT.watchlists[0], { ...CURRENT.watchlists[1], color: '#ABCDEF', enabled: false }, { id: 'x', name: 'س', terms: ['س'] }] })
    await service.whenIdle()
    expect((await call(service, 'listWatchlists', {})).map((w) => [w.id, w.color, w.enabled])).toEqual([
      ['ct', WATCHLIST_PALETTE[0], true],
      ['sport', '#abcdef', false],
      ['x', WATCHLIST_PALETTE[2], true],
    ])
    // Hits carry the colour of their watchlist, and highlights say whose they are.
    const [arrest] = (await call(service, 'listArticles', { limit: 1 }))
    expect(arrest.hits).toEqual([expect.objectContaining({ watchlistId: 'ct', color: WATCHLIST_PALETTE[0] })])
    expect(arrest.excerptHighlights).toEqual([expect.objectContaining({ watchlistId: 'ct' })])
  })
})
