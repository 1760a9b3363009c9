import { describe, expect, it } from 'vitest'
import type { ArticleSummary, PollReport } from '../../../electron/core/contract/types'
import { fieldHighlights, matchesByWatchlist } from '../../../src/lib/article-hits'
import { appendPage, cursorAfter, reloadLimit } from '../../../src/lib/articles'
import { csvFileName } from '../../../src/lib/download'
import { describePollBusy, describePollEvent, describeRefresh } from '../../../src/lib/poll-status'
import { safeHttpUrl } from '../../../src/lib/safe-url'

const article = (id: number, publishedAt: number): ArticleSummary => ({
  id,
  feedId: 1,
  source: 'النهار',
  url: null,
  title: `مقال ${id}`,
  excerpt: '',
  publishedAt,
  publishedGuessed: false,
  hits: [],
  titleHighlights: [],
  excerptHighlights: [],
  marks: [],
  score: 0,
  sortKey: publishedAt,
  fetchedAt: publishedAt,
  triage: { read: false, starred: false, dismissed: false, note: null },
})

describe('paging', () => {
  it('asks for what follows the last article and skips duplicates when appending', () => {
    const first = [article(9, 300), article(8, 200)]
    expect(cursorAfter(first)).toEqual({ key: 200, id: 8 })
    expect(cursorAfter([])).toBeUndefined()
    expect(appendPage(first, [article(8, 200), article(5, 100)]).map((a) => a.id)).toEqual([9, 8, 5])
  })

  it('reloads at least a page and at most the contract limit', () => {
    expect(reloadLimit(0)).toBe(500)
    expect(reloadLimit(1200)).toBe(1200)
    expect(reloadLimit(99999)).toBe(5000)
  })
})

describe('reader helpers', () => {
  it('lists each watchlist once with its distinct queries and matched words', () => {
    const title = 'مكافحة الارهاب'
    const body = 'التنسيق المخابراتي ضد الارهاب والتنسيق الامني'
    const at = (text: string, word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length })
    const matches = matchesByWatchlist({
      title,
      body,
      hits: [
        { watchlistId: 'ct', watchlistName: 'مكافحة الإرهاب', score: 3, color: '#fde047' },
        { watchlistId: 'intel', watchlistName: 'تعاون استخباراتي وأمني', score: 2, color: '#93c5fd' },
      ],
      spans: [
        { field: 'title', ...at(title, 'الارهاب'), query: 'إرهاب', watchlistId: 'ct' },
        { field: 'body', ...at(body, 'الارهاب'), query: 'إرهاب', watchlistId: 'ct' },
        { field: 'body', ...at(body, 'المخابراتي'), query: 'مخابرات OR استخبارات', watchlistId: 'intel' },
        { field: 'body', ...at(body, 'التنسيق الامني'), query: '"تنسيق أمني"', watchlistId: 'intel' },
        { field: 'body', start: 500, end: 510, query: '"تنسيق أمني"', watchlistId: 'intel' }, // out of range: no word
        { field: 'body', start: 0, end: 3, query: 'q', watchlistId: 'unknown' },
      ],
    })
    expect(matches).toEqual([
      { watchlistId: 'ct', watchlistName: 'مكافحة الإرهاب', queries: ['إرهاب'], words: ['الارهاب'] },
      { watchlistId: 'intel', watchlistName: 'تعاون استخباراتي وأمني', queries: ['مخابرات OR استخبارات', '"تنسيق أمني"'], words: ['المخابراتي', 'التنسيق الامني'] },
      { watchlistId: 'unknown', watchlistName: 'unknown', queries: ['q'], words: ['الت'] },
    ])
    expect(
      fieldHighlights({ spans: [{ field: 'title', start: 0, end: 4, query: 'q', watchlistId: 'ct' }, { field: 'body', start: 1, end: 2, query: 'q', watchlistId: 'ct' }] }, 'body'),
    ).toEqual([{ start: 1, end: 2 }])
  })

  it('only links http(s) URLs', () => {
    expect(safeHttpUrl('https://www.example.com/a?b=1')).toBe('https://www.example.com/a?b=1')
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull()
    expect(safeHttpUrl('data:text/html,x')).toBeNull()
    expect(safeHttpUrl('not a url')).toBeNull()
    expect(safeHttpUrl(null)).toBeNull()
  })
})

describe('status and file names', () => {
  it('describes poll events and refresh reports in Arabic', () => {
    expect(describePollEvent({ type: 'pollProgress', feedId: 1, name: 'النهار', phase: 'started' })).toEqual({ text: 'جارٍ جلب «النهار»…', tone: 'busy' })
    expect(describePollEvent({ type: 'pollProgress', feedId: 1, name: 'النهار', phase: 'done', newArticles: 4, newHits: 1 }).text).toContain('جديد: 4')
    expect(describePollEvent({ type: 'pollProgress', feedId: 1, name: 'النهار', phase: 'failed', error: { code: 'feed.http_status', status: 503 } })).toMatchObject({ tone: 'error' })
    const report = (ok: boolean, newArticles: number, newHits: number): PollReport => ({ feedId: 1, name: 'x', url: 'http://x', ok, fetched: 5, newArticles, newHits })
    const summary = describeRefresh([report(true, 3, 1), report(false, 0, 0)])
    expect(summary.text).toContain('جديد: 3')
    expect(summary.text).toContain('أخطاء: 1')
    expect(summary.tone).toBe('error')
  })

  it('says a scheduled poll waits for the command line polling the same database', () => {
    const status = describePollBusy({ type: 'pollBusy', holder: { kind: 'cli', pid: 4242, host: 'laptop', since: 0 } })
    expect(status).toEqual({ text: 'تأجّل الجلب المجدول: أمر الجلب في سطر الأوامر يجلب المصادر إلى قاعدة البيانات هذه الآن (العملية 4242)؛ أعد المحاولة بعد انتهائه', tone: 'idle' })
  })

  it('names the export marsad-YYYY-MM-DD.csv', () => {
    expect(csvFileName(new Date(2026, 2, 2, 12).getTime())).toBe('marsad-2026-03-02.csv')
  })
})
