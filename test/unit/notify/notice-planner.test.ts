/** The notification policy: bursts, digests, quiet hours, pause, minimum scores, and no article told twice. */
import { describe, expect, it } from 'vitest'
import { DEFAULT_NOTICE_SETTINGS, type NoticeSettings } from '../../../electron/core/notify/notice-settings'
import { IMMEDIATE_GAP_MS, NoticePlanner, type ArrivedHit } from '../../../electron/core/notify/notice-planner'
import type { Store } from '../../../electron/core/store/store'
import { storeOpener } from '../../support/databases'

const open = storeOpener()
const MINUTE = 60_000
/** 2026-12-03 10:00 UTC. */
const T0 = Date.UTC(2026, 11, 3, 10, 0)

const LISTS = {
  ct: { id: 'ct', name: 'مكافحة الإرهاب', notify: true },
  ar: { id: 'ar', name: 'الاعتقالات', notify: true },
  ng: { id: 'ng', name: 'الجماعات', notify: true },
  quiet: { id: 'quiet', name: 'ورش العمل', notify: false },
}

interface Desk {
  store: Store
  planner: NoticePlanner
  settings: NoticeSettings
  /** Stores an article and returns its hit on these watchlists (id → score). */
  article(title: string, scores: Partial<Record<keyof typeof LISTS, number>>): ArrivedHit
}

function desk(path?: string, settings: NoticeSettings = DEFAULT_NOTICE_SETTINGS): Desk {
  const store = open(path)
  const feed = store.feeds.findByUrl('https://news.example/rss') ?? store.feeds.add('https://news.example/rss', 'أخبار', 0)
  let guid = store.articles.count()
  const d: Desk = {
    store,
    settings,
    planner: new NoticePlanner({
      notices: store.notices,
      settings: () => d.settings,
      notifies: (id) => (Object.hasOwn(LISTS, id) ? LISTS[id as keyof typeof LISTS].notify : undefined),
      timeZone: () => 'Asia/Beirut',
      transaction: (fn) => store.transaction(fn),
    }),
    article(title, scores) {
      const id = store.articles.insert({ feedId: feed.id, source: 'أخبار', guid: `g${++guid}`, url: null, title, body: 'نص', publishedAt: T0, publishedGuessed: false, fetchedAt: T0 })
      if (id === undefined) throw new Error('not stored')
      return { articleId: id, watchlists: Object.entries(scores).map(([w, score]) => ({ ...LISTS[w as keyof typeof LISTS], score: score as number })) }
    },
  }
  return d
}

const summary = (n: { reason: string; count: number; watchlists: readonly { id: string }[]; article: { title: string } | null }) => ({
  reason: n.reason,
  count: n.count,
  watchlists: n.watchlists.map((w) => w.id),
  title: n.article?.title ?? null,
})

describe('NoticePlanner', () => {
  it('tells one hit at once with its title, and what follows within the gap as one summary after it', () => {
    const d = desk()
    d.planner.receive([d.article('اعتقال خلية في طرابلس', { ct: 5 })], T0)
    expect(d.planner.due(T0).map(summary)).toEqual([{ reason: 'immediate', count: 1, watchlists: ['ct'], title: 'اعتقال خلية في طرابلس' }])
    d.planner.receive([d.article('ثانية', { ct: 5 }), d.article('ثالثة', { ct: 7 })], T0 + 10_000)
    expect(d.planner.due(T0 + 10_000)).toEqual([])
    expect(d.planner.nextCheck(T0 + 10_000)).toBe(T0 + IMMEDIATE_GAP_MS)
    expect(d.planner.due(T0 + IMMEDIATE_GAP_MS).map(summary)).toEqual([{ reason: 'burst', count: 2, watchlists: ['ct'], title: null }])
    expect(d.planner.nextCheck(T0 + IMMEDIATE_GAP_MS)).toBeNull()
  })

  it('makes a burst of forty hits (a new feed\'s first poll) one notice', () => {
    const d = desk()
    d.planner.receive(Array.from({ length: 40 }, (_, i) => d.article(`خبر ${i}`, { ct: 3 })), T0)
    expect(d.planner.due(T0).map(summary)).toEqual([{ reason: 'burst', count: 40, watchlists: ['ct'], title: null }])
    expect(d.planner.due(T0 + 10 * MINUTE)).toEqual([])
  })

  it('never tells an article twice, across a restart and under a second watchlist', () => {
    const first = desk()
    const hit = first.article('اعتقال', { ct: 5, ar: 9 })
    first.planner.receive([hit], T0)
    expect(first.planner.due(T0).map(summary)).toEqual([{ reason: 'immediate', count: 1, watchlists: ['ar'], title: 'اعتقال' }])
    const path = first.store.db.name
    first.store.close()
    const again = desk(path)
    again.planner.receive([hit], T0 + 5 * MINUTE)
    expect(again.planner.due(T0 + 5 * MINUTE)).toEqual([])
    expect(again.store.notices.history(10).filter((r) => r.outcome === 'shown')).toHaveLength(1)
  })

  it('tells a hit waiting at a restart after it, once', () => {
    const first = desk(undefined, { ...DEFAULT_NOTICE_SETTINGS, watchlists: { ct: { mode: 'digest', digestMinutes: 30 } } })
    first.planner.receive([first.article('أ', { ct: 5 })], T0)
    expect(first.planner.due(T0)).toEqual([])
    const path = first.store.db.name
    first.store.close()
    const again = desk(path, first.settings)
    expect(again.planner.nextCheck(T0 + MINUTE)).toBe(T0 + 30 * MINUTE)
    expect(again.planner.due(T0 + 30 * MINUTE).map(summary)).toEqual([{ reason: 'digest', count: 1, watchlists: ['ct'], title: 'أ' }])
  })

  it('holds a digest watchlist\'s hits until the oldest has waited its interval, saying so in the history', () => {
    const d = desk(undefined, { ...DEFAULT_NOTICE_SETTINGS, watchlists: { ct: { mode: 'digest', digestMinutes: 60 } } })
    d.planner.receive([d.article('أ', { ct: 5 })], T0)
    d.planner.receive([d.article('ب', { ct: 5 }), d.article('ج', { ct: 5 })], T0 + 20 * MINUTE)
    expect(d.planner.due(T0 + 59 * MINUTE)).toEqual([])
    expect(d.planner.due(T0 + 60 * MINUTE).map(summary)).toEqual([{ reason: 'digest', count: 3, watchlists: ['ct'], title: null }])
    const held = d.store.notices.history(10).filter((r) => r.outcome === 'held')
    expect(held.map((r) => [r.reason, r.count, r.heldUntil])).toEqual([
      ['digest_wait', 2, T0 + 60 * MINUTE],
      ['digest_wait', 1, T0 + 60 * MINUTE],
    ])
    // The next digest counts from the one just shown.
    d.planner.receive([d.article('د', { ct: 5 })], T0 + 61 * MINUTE)
    expect(d.planner.nextCheck(T0 + 61 * MINUTE)).toBe(T0 + 121 * MINUTE)
  })

  it('holds everything in quiet hours (read in the display zone) and tells it when they end', () => {
    // 22:00–07:00 in Beirut (UTC+2 in December): T0 is 12:00 there.
    const quietHours = { from: 22 * 60, to: 7 * 60 }
    const d = desk(undefined, { ...DEFAULT_NOTICE_SETTINGS, quietHours })
    const night = Date.UTC(2026, 11, 3, 21, 30) // 23:30 in Beirut
    const morning = Date.UTC(2026, 11, 4, 5, 0) // 07:00 in Beirut
    d.planner.receive([d.article('ليلاً', { ct: 5 }), d.article('ليلاً أيضاً', { ar: 4 })], night)
    expect(d.planner.due(night)).toEqual([])
    expect(d.planner.due(morning - MINUTE)).toEqual([])
    expect(d.planner.nextCheck(night)).toBe(morning)
    expect(d.store.notices.history(10).map((r) => [r.outcome, r.reason, r.heldUntil])).toEqual([
      ['held', 'quiet_hours', morning],
      ['held', 'quiet_hours', morning],
    ])
    expect(d.planner.due(morning).map(summary)).toEqual([
      { reason: 'after_quiet', count: 1, watchlists: ['ct'], title: 'ليلاً' },
      { reason: 'after_quiet', count: 1, watchlists: ['ar'], title: 'ليلاً أيضاً' },
    ])
    // At noon nothing is held.
    d.planner.receive([d.article('ظهراً', { ng: 5 })], T0)
    expect(d.planner.due(T0).map(summary)).toEqual([{ reason: 'immediate', count: 1, watchlists: ['ng'], title: 'ظهراً' }])
  })

  it('drops what arrives while paused, never telling it; what waited before the pause is told after it', () => {
    const d = desk(undefined, { ...DEFAULT_NOTICE_SETTINGS, watchlists: { ar: { mode: 'digest', digestMinutes: 30 } } })
    d.planner.receive([d.article('قبل', { ar: 5 })], T0)
    d.settings = { ...d.settings, pausedUntil: T0 + 60 * MINUTE }
    const during = d.article('أثناء', { ct: 5 })
    d.planner.receive([during], T0 + MINUTE)
    // The digest fell due during the pause: it waits for the pause's end.
    expect(d.planner.due(T0 + 31 * MINUTE)).toEqual([])
    expect(d.planner.nextCheck(T0 + 31 * MINUTE)).toBe(T0 + 60 * MINUTE)
    expect(d.planner.due(T0 + 60 * MINUTE).map(summary)).toEqual([{ reason: 'digest', count: 1, watchlists: ['ar'], title: 'قبل' }])
    // What arrived during the pause is never told, even when it arrives again.
    d.planner.receive([during], T0 + 62 * MINUTE)
    expect(d.planner.due(T0 + 62 * MINUTE)).toEqual([])
    expect(d.store.notices.history(10).map((r) => [r.outcome, r.reason, r.count])).toEqual([
      ['shown', 'digest', 1],
      ['dropped', 'paused', 1],
      ['held', 'digest_wait', 1],
    ])
  })

  it('leaves out hits under a watchlist\'s minimum score, and watchlists that do not notify', () => {
    const d = desk(undefined, { ...DEFAULT_NOTICE_SETTINGS, watchlists: { ct: { minScore: 6 }, ar: { mode: 'off' } } })
    d.planner.receive([d.article('ضعيف', { ct: 5 }), d.article('معطل', { ar: 9 }), d.article('لا يُنبّه', { quiet: 9 })], T0)
    expect(d.planner.due(T0)).toEqual([])
    d.planner.receive([d.article('قوي', { ct: 6, quiet: 9 })], T0 + 1)
    expect(d.planner.due(T0 + 1).map(summary)).toEqual([{ reason: 'immediate', count: 1, watchlists: ['ct'], title: 'قوي' }])
  })

  it('drops what waits for a watchlist turned off meanwhile', () => {
    const d = desk(undefined, { ...DEFAULT_NOTICE_SETTINGS, watchlists: { ct: { mode: 'digest' } } })
    d.planner.receive([d.article('أ', { ct: 5 })], T0)
    d.settings = { ...d.settings, watchlists: { ct: { mode: 'off' } } }
    expect(d.planner.due(T0 + 1)).toEqual([])
    expect(d.planner.nextCheck(T0 + 1)).toBeNull()
    expect(d.store.notices.history(1).map((r) => [r.outcome, r.reason])).toEqual([['dropped', 'off']])
  })

  it('makes more watchlists due at once than it shows one combined notice', () => {
    const d = desk()
    d.planner.receive([d.article('أ', { ct: 5 }), d.article('ب', { ar: 5 }), d.article('ج', { ng: 5 }), d.article('د', { ng: 2 })], T0)
    expect(d.planner.due(T0).map(summary)).toEqual([{ reason: 'combined', count: 4, watchlists: ['ct', 'ar', 'ng'], title: null }])
  })

  it('prefers an immediate watchlist to a digest one for an article both flag', () => {
    const d = desk(undefined, { ...DEFAULT_NOTICE_SETTINGS, watchlists: { ar: { mode: 'digest' } } })
    d.planner.receive([d.article('أ', { ct: 2, ar: 9 })], T0)
    expect(d.planner.due(T0).map(summary)).toEqual([{ reason: 'immediate', count: 1, watchlists: ['ct'], title: 'أ' }])
  })

  it('lets only one of two processes on one database tell a hit', () => {
    const a = desk()
    const b = desk(a.store.db.name)
    a.planner.receive([a.article('أ', { ct: 5 })], T0)
    b.planner.receive([{ ...a.article('ب', { ct: 5 }) }], T0)
    const told = [...a.planner.due(T0), ...b.planner.due(T0)]
    expect(told.map(summary)).toEqual([{ reason: 'burst', count: 2, watchlists: ['ct'], title: null }])
  })
})
