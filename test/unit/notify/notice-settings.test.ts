/** Notification settings read back from storage, and quiet hours on the analyst's wall clock. */
import { describe, expect, it } from 'vitest'
import { DEFAULT_NOTICE_SETTINGS, isPaused, parseNoticeSettings, policyOf } from '../../../electron/core/notify/notice-settings'
import { isQuietMinute, minuteOfDay, quietUntil } from '../../../electron/core/notify/quiet-hours'

describe('parseNoticeSettings', () => {
  it('keeps each field of the right shape and drops the rest', () => {
    const stored = JSON.stringify({
      pausedUntil: 5,
      quietHours: { from: 1320, to: 420 },
      watchlists: { ct: { mode: 'digest', digestMinutes: 30, minScore: 4 }, ar: { mode: 'loud', digestMinutes: 2, minScore: -1 }, ng: 'x' },
    })
    expect(parseNoticeSettings(stored)).toEqual({ pausedUntil: 5, quietHours: { from: 1320, to: 420 }, watchlists: { ct: { mode: 'digest', digestMinutes: 30, minScore: 4 }, ar: {} } })
  })

  it('falls back to the defaults for a missing, damaged or foreign value', () => {
    for (const stored of [undefined, '{', '[]', 'null', JSON.stringify({ quietHours: { from: 60, to: 60 }, pausedUntil: 'soon' })]) {
      expect(parseNoticeSettings(stored)).toEqual(DEFAULT_NOTICE_SETTINGS)
    }
  })

  it('gives a watchlist its file\'s notify as the default mode, and the analyst\'s choice over it', () => {
    const settings = { ...DEFAULT_NOTICE_SETTINGS, watchlists: { b: { mode: 'digest' as const } } }
    expect(policyOf(settings, { id: 'a', notify: true })).toEqual({ mode: 'immediate', digestMinutes: 60, minScore: 0 })
    expect(policyOf(settings, { id: 'a', notify: false }).mode).toBe('off')
    expect(policyOf(settings, { id: 'b', notify: false }).mode).toBe('digest')
    // A watchlist id that names an Object property is no policy.
    expect(policyOf(settings, { id: 'constructor', notify: true }).mode).toBe('immediate')
  })

  it('is paused only until the time set', () => {
    expect(isPaused({ ...DEFAULT_NOTICE_SETTINGS, pausedUntil: 100 }, 99)).toBe(true)
    expect(isPaused({ ...DEFAULT_NOTICE_SETTINGS, pausedUntil: 100 }, 100)).toBe(false)
    expect(isPaused(DEFAULT_NOTICE_SETTINGS, 0)).toBe(false)
  })
})

describe('quiet hours', () => {
  const overnight = { from: 22 * 60, to: 7 * 60 }
  const afternoon = { from: 13 * 60, to: 15 * 60 }

  it('span midnight when they start after they end', () => {
    expect([21 * 60 + 59, 22 * 60, 0, 6 * 60 + 59, 7 * 60].map((m) => isQuietMinute(overnight, m))).toEqual([false, true, true, true, false])
    expect([12 * 60 + 59, 13 * 60, 14 * 60 + 59, 15 * 60].map((m) => isQuietMinute(afternoon, m))).toEqual([false, true, true, false])
  })

  it('are read in the zone given, summer and winter alike', () => {
    expect(minuteOfDay(Date.UTC(2026, 11, 3, 21, 30), 'Asia/Beirut')).toBe(23 * 60 + 30) // UTC+2 in winter
    expect(minuteOfDay(Date.UTC(2026, 6, 3, 20, 30), 'Asia/Beirut')).toBe(23 * 60 + 30) // UTC+3 in summer
    expect(minuteOfDay(Date.UTC(2026, 11, 3, 21, 30), 'UTC')).toBe(21 * 60 + 30)
  })

  it('end at their `to` minute on the wall clock', () => {
    expect(quietUntil(overnight, Date.UTC(2026, 11, 3, 21, 30, 17), 'Asia/Beirut')).toBe(Date.UTC(2026, 11, 4, 5, 0))
    expect(quietUntil(overnight, Date.UTC(2026, 11, 4, 4, 59), 'Asia/Beirut')).toBe(Date.UTC(2026, 11, 4, 5, 0))
    expect(quietUntil(overnight, Date.UTC(2026, 11, 4, 5, 0), 'Asia/Beirut')).toBeNull()
    expect(quietUntil(null, 0, 'UTC')).toBeNull()
  })
})
