import { describe, expect, it } from 'vitest'
import type { FeedView } from '../../../electron/core/contract/types'
import {
  describeDiscovered,
  describeOpmlImport,
  describePreview,
  encodingChoices,
  feedChanges,
  feedNoticeLines,
  feedStatus,
  formatWhen,
  groupSuggestions,
  opmlFileName,
  parseInterval,
} from '../../../src/lib/feeds'

const TZ = 'Asia/Beirut'
// 2 March 2026, 14:05 in Beirut (UTC+2).
const NOW = Date.UTC(2026, 2, 2, 12, 5)

const feed = (overrides: Partial<FeedView> = {}): FeedView => ({
  id: 1,
  url: 'https://www.example.com/rss',
  name: 'المركزية',
  customName: null,
  title: 'المركزية',
  addedAt: NOW - 86_400_000,
  lastCheckedAt: null,
  lastOkAt: null,
  lastError: null,
  articleCount: 0,
  intervalMinutes: 30,
  encoding: null,
  fullText: false,
  nextCheckAt: null,
  failures: 0,
  disabledReason: null,
  notices: [],
  ...overrides,
})

describe('feed notices', () => {
  it('says in Arabic how the last good read was repaired and which charset it used', () => {
    expect(feedNoticeLines(feed())).toEqual([])
    const notices = [
      { code: 'feed.charset_overridden', declared: 'utf-8', used: 'windows-1256', reason: 'invalid_bytes' },
      { code: 'feed.repaired', reason: 'bare_ampersand', detail: 'Invalid character in entity name' },
    ] as const
    expect(feedNoticeLines(feed({ notices }))).toEqual([
      'أعلنت الخلاصة الترميز utf-8 وقُرئت بالترميز windows-1256 (بايتاتها غير صالحة في الترميز المعلن)',
      'أُصلحت الخلاصة: رمز & غير مهرَّب في نصها أو روابطها',
    ])
  })
})

describe('feed status line', () => {
  it('says a new feed has not been fetched yet', () => {
    expect(feedStatus(feed(), NOW, TZ)).toEqual({ kind: 'pending', text: 'لم يُجلب بعد', detail: null })
  })

  it('gives the time of the last good check, with the date when it was not today', () => {
    expect(feedStatus(feed({ lastOkAt: NOW - 60_000, lastCheckedAt: NOW - 60_000 }), NOW, TZ)).toMatchObject({ kind: 'ok', text: 'آخر جلب ناجح: 14:04' })
    const yesterday = feedStatus(feed({ lastOkAt: NOW - 86_400_000 }), NOW, TZ)
    expect(yesterday.text).toContain('1 مارس 2026')
    expect(yesterday.text).toContain('14:05')
  })

  it('shows the core error in Arabic, the failures and the next attempt for a failing feed', () => {
    const status = feedStatus(feed({ lastOkAt: NOW - 3_600_000, lastError: { code: 'feed.http_status', status: 404 }, failures: 3, nextCheckAt: NOW + 30 * 60_000 }), NOW, TZ)
    expect(status).toEqual({ kind: 'error', text: 'ردّ الخادم بالرمز 404 (غير موجودة)', detail: 'محاولات فاشلة: 3 · المحاولة التالية: 14:35' })
  })

  it('says why a feed is no longer polled, before anything else', () => {
    const reason = { code: 'feed.gone' } as const
    const status = feedStatus(feed({ lastError: reason, failures: 1, disabledReason: reason }), NOW, TZ)
    expect(status).toEqual({ kind: 'disabled', text: 'موقوف: أعلن الموقع أن هذه الخلاصة حُذفت نهائيًا (HTTP 410)، فتوقف جلبها', detail: null })
  })

  it('formats same-day times as HH:MM', () => {
    expect(formatWhen(NOW, NOW, TZ)).toBe('14:05')
  })
})

describe('edit form', () => {
  it('offers automatic detection and the Arabic charsets, plus an unusual current one', () => {
    expect(encodingChoices(null).map((c) => c.label)).toEqual(['تلقائي', 'windows-1256', 'iso-8859-6', 'utf-8', 'utf-16le'])
    expect(encodingChoices('windows-1256')).toHaveLength(5)
    expect(encodingChoices('windows-1252').at(-1)).toEqual({ value: 'windows-1252', label: 'windows-1252' })
  })

  it('accepts whole minutes from 5 to 1440, in Latin or Arabic-Indic digits', () => {
    expect(parseInterval('30')).toEqual({ minutes: 30 })
    expect(parseInterval(' ٦٠ ')).toEqual({ minutes: 60 })
    expect(parseInterval('4')).toHaveProperty('error')
    expect(parseInterval('1441')).toHaveProperty('error')
    expect(parseInterval('7.5')).toHaveProperty('error')
    expect(parseInterval('')).toHaveProperty('error')
  })

  it('sends only what changed; an untouched name is not pinned, an emptied one goes back to the title', () => {
    const current = feed()
    expect(feedChanges(current, { name: 'المركزية', intervalMinutes: 30, encoding: null, fullText: false })).toEqual({})
    expect(feedChanges(current, { name: ' النهار ', intervalMinutes: 60, encoding: 'windows-1256', fullText: true })).toEqual({
      name: 'النهار',
      intervalMinutes: 60,
      encoding: 'windows-1256',
      fullText: true,
    })
    expect(feedChanges(feed({ name: 'اسمي', encoding: 'utf-8' }), { name: '', intervalMinutes: 30, encoding: null, fullText: false })).toEqual({
      name: null,
      encoding: null,
    })
  })
})

describe('summaries', () => {
  it('describes a preview, a page with several feeds and an OPML import', () => {
    expect(describePreview({ url: 'https://x/rss', title: 'المركزية', itemCount: 11, discovered: [] })).toBe('العنوان: المركزية · عدد المواد: 11')
    expect(describePreview({ url: 'https://x/rss', title: null, itemCount: 0, discovered: [] })).toBe('العنوان: بلا عنوان · عدد المواد: 0')
    expect(describeDiscovered(2)).toBe('وُجدت 2 خلاصات في الصفحة')
    expect(describeOpmlImport({ added: 3, existing: 1, skipped: [{ reason: 'missing-url', value: 'x' }] })).toBe('أُضيفت 3 خلاصات، موجودة مسبقًا: 1، تُجوهلت: 1')
  })

  it('names the OPML export marsad-feeds-YYYY-MM-DD.opml', () => {
    expect(opmlFileName(new Date(2026, 2, 2, 12).getTime())).toBe('marsad-feeds-2026-03-02.opml')
  })
})

describe('suggested outlets', () => {
  it('groups by category in list order, uncategorized last, without duplicates', () => {
    const groups = groupSuggestions([
      { url: 'https://a/rss', name: 'أ', category: 'دولية' },
      { url: 'https://b/rss', name: 'ب', category: null },
      { url: 'https://c/rss', name: 'ج', category: 'عربية' },
      { url: 'https://d/rss', name: 'د', category: 'دولية' },
      { url: 'https://a/rss', name: 'أ', category: 'دولية' },
    ])
    expect(groups.map((g) => [g.category, g.feeds.map((f) => f.name)])).toEqual([
      ['دولية', ['أ', 'د']],
      ['عربية', ['ج']],
      ['أخرى', ['ب']],
    ])
  })
})
