/** How notices read in Arabic, where a click takes the analyst, and the pause and quiet-hour helpers. */
import { describe, expect, it } from 'vitest'
import type { NoticeView } from '../../../electron/core/contract/types'
import { historyParts, newHitsText, noticeTarget, noticeText, unreadFlaggedText, withoutMarkup } from '../../../src/lib/notice-text'
import { parseNoticeSettings } from '../../../electron/core/notify/notice-settings'
import { minutesOfTime, pauseUntil, PAUSE_HOUR_MS, timeOfMinutes } from '../../../electron/core/notify/pause'

const base: NoticeView = { id: 1, at: 0, outcome: 'shown', reason: 'burst', count: 12, watchlists: [{ id: 'ct', name: 'مكافحة الإرهاب' }], article: null, heldUntil: null }

describe('notice text', () => {
  it('counts hits as Arabic counts nouns', () => {
    expect([1, 2, 3, 10, 11, 12, 100, 103, 111].map(newHitsText)).toEqual([
      'إصابة جديدة',
      'إصابتان جديدتان',
      '3 إصابات جديدة',
      '10 إصابات جديدة',
      '11 إصابة جديدة',
      '12 إصابة جديدة',
      '100 إصابة جديدة',
      '103 إصابات جديدة',
      '111 إصابة جديدة',
    ])
  })

  it('names the one article, or sums up a burst, a digest, what quiet hours held, or several watchlists', () => {
    const single = { ...base, reason: 'immediate' as const, count: 1, article: { id: 9, title: 'اعتقال خلية', source: 'الوكالة' } }
    expect(noticeText(single)).toEqual({ title: 'مرصد — مكافحة الإرهاب', body: 'الوكالة: اعتقال خلية' })
    expect(noticeText(base)).toEqual({ title: 'مرصد — 12 إصابة جديدة في مكافحة الإرهاب', body: 'وصلت دفعة واحدة' })
    expect(noticeText({ ...base, reason: 'digest' }).body).toBe('ملخّص دوري')
    expect(noticeText({ ...base, reason: 'after_quiet' }).body).toBe('وصلت خلال ساعات الهدوء')
    const combined = { ...base, reason: 'combined' as const, count: 5, watchlists: [...base.watchlists, { id: 'ar', name: 'الاعتقالات' }] }
    expect(noticeText(combined)).toEqual({ title: 'مرصد — 5 إصابات جديدة', body: 'في مكافحة الإرهاب، الاعتقالات' })
    expect([noticeTarget(single), noticeTarget(base), noticeTarget(combined)]).toEqual([{ articleId: 9 }, { watchlistId: 'ct' }, { flagged: true }])
  })

  it('counts the tray\'s unread flagged articles as Arabic does, hundreds included', () => {
    expect([0, 1, 2, 3, 11, 99, 100, 101, 102, 103, 111, 200, 1000].map(unreadFlaggedText)).toEqual([
      'لا مقالات مُعلَّمة غير مقروءة',
      'مقال مُعلَّم غير مقروء',
      'مقالان مُعلَّمان غير مقروءين',
      '3 مقالات مُعلَّمة غير مقروءة',
      '11 مقالاً مُعلَّماً غير مقروء',
      '99 مقالاً مُعلَّماً غير مقروء',
      '100 مقال مُعلَّم غير مقروء',
      '101 مقال مُعلَّم غير مقروء',
      '102 مقال مُعلَّم غير مقروء',
      '103 مقالات مُعلَّمة غير مقروءة',
      '111 مقالاً مُعلَّماً غير مقروء',
      '200 مقال مُعلَّم غير مقروء',
      '1000 مقال مُعلَّم غير مقروء',
    ])
  })

  it('shows a feed\'s markup as written in a Linux notification, and reads back no pause past the last date', () => {
    expect(withoutMarkup('المركزية: <b>عاجل</b> & <a href="x">')).toBe('المركزية: &lt;b&gt;عاجل&lt;/b&gt; &amp; &lt;a href="x"&gt;')
    expect(parseNoticeSettings(JSON.stringify({ pausedUntil: 9e15 })).pausedUntil).toBeNull()
    expect(parseNoticeSettings(JSON.stringify({ pausedUntil: 1_800_000_000_000 })).pausedUntil).toBe(1_800_000_000_000)
  })

  it('makes a feed\'s direction overrides harmless in what the OS shows', () => {
    const text = noticeText({ ...base, count: 1, reason: 'immediate', article: { id: 1, title: 'خبر\u202Eمقلوب', source: 'م\u0007صدر' } })
    expect(text.body).not.toMatch(/[\u202E\u0007]/)
  })

  it('says in the history what happened and why', () => {
    expect(historyParts({ ...base, outcome: 'held', reason: 'quiet_hours', count: 2 })).toEqual({ outcome: 'مؤجَّل', what: 'إصابتان جديدتان في مكافحة الإرهاب', why: 'ساعات الهدوء' })
    expect(historyParts({ ...base, outcome: 'dropped', reason: 'paused', count: 1 }).why).toBe('الإشعارات متوقفة مؤقتًا')
  })
})

describe('pause and quiet-hour helpers', () => {
  it('pauses an hour, or until the next eight in the morning on the local clock', () => {
    const now = new Date(2026, 11, 3, 23, 15).getTime()
    expect(pauseUntil('hour', now)).toBe(now + PAUSE_HOUR_MS)
    expect(pauseUntil('tomorrow', now)).toBe(new Date(2026, 11, 4, 8, 0).getTime())
    expect(pauseUntil('tomorrow', new Date(2026, 11, 31, 9, 0).getTime())).toBe(new Date(2027, 0, 1, 8, 0).getTime())
    // After midnight on a night shift: this morning, not a day later.
    expect(pauseUntil('tomorrow', new Date(2026, 11, 4, 1, 0).getTime())).toBe(new Date(2026, 11, 4, 8, 0).getTime())
    expect(pauseUntil('tomorrow', new Date(2026, 11, 4, 8, 0).getTime())).toBe(new Date(2026, 11, 5, 8, 0).getTime())
  })

  it('writes and reads quiet-hour times', () => {
    expect([0, 7 * 60 + 5, 22 * 60, 1439].map(timeOfMinutes)).toEqual(['00:00', '07:05', '22:00', '23:59'])
    expect(['00:00', '06:30', '23:59', '24:00', '7:30', '', '12:60'].map(minutesOfTime)).toEqual([0, 390, 1439, null, null, null, null])
  })
})
