import { describe, expect, it } from 'vitest'
import { dayKey, formatDateTime, formatDayHeading, formatTime, groupByDay } from '../../../src/lib/dates'

const at = (iso: string) => Date.parse(iso)

describe('groupByDay', () => {
  it('groups newest first by calendar day in the given time zone', () => {
    const items = [
      { id: 1, publishedAt: at('2026-03-01T10:00:00Z') },
      { id: 4, publishedAt: at('2026-03-02T21:30:00Z') }, // 23:30 in Beirut (UTC+2): still the 2nd
      { id: 2, publishedAt: at('2026-03-02T08:00:00Z') },
      { id: 3, publishedAt: at('2026-03-02T22:30:00Z') }, // 00:30 on the 3rd in Beirut
    ]
    const groups = groupByDay(items, 'Asia/Beirut')
    expect(groups.map((g) => [g.key, g.items.map((i) => i.id)])).toEqual([
      ['2026-03-03', [3]],
      ['2026-03-02', [4, 2]],
      ['2026-03-01', [1]],
    ])
    expect(groupByDay(items, 'UTC').map((g) => g.key)).toEqual(['2026-03-02', '2026-03-01'])
  })

  it('breaks ties on the same instant by id, newest id first, and handles no items', () => {
    const t = at('2026-03-02T08:00:00Z')
    expect(groupByDay([{ id: 5, publishedAt: t }, { id: 9, publishedAt: t }], 'UTC')[0].items.map((i) => i.id)).toEqual([9, 5])
    expect(groupByDay([], 'UTC')).toEqual([])
  })
})

describe('formatting', () => {
  it('names the Arabic weekday and month with Latin digits', () => {
    const heading = formatDayHeading('2026-03-02', at('2026-06-01T12:00:00Z'), 'UTC')
    expect(heading).toContain('الاثنين')
    expect(heading).toContain('مارس')
    expect(heading).toContain('2026')
    expect(heading).not.toMatch(/[٠-٩]/)
  })

  it('says today and yesterday', () => {
    const now = at('2026-03-02T09:00:00Z')
    expect(formatDayHeading('2026-03-02', now, 'UTC').startsWith('اليوم')).toBe(true)
    expect(formatDayHeading('2026-03-01', now, 'UTC').startsWith('أمس')).toBe(true)
    expect(formatDayHeading('2026-02-28', now, 'UTC')).not.toMatch(/اليوم|أمس/)
    // Across a month boundary.
    expect(formatDayHeading('2026-02-28', at('2026-03-01T09:00:00Z'), 'UTC').startsWith('أمس')).toBe(true)
  })

  it('formats times as 24-hour HH:MM', () => {
    expect(formatTime(at('2026-03-02T07:05:00Z'), 'UTC')).toBe('07:05')
    expect(formatTime(at('2026-03-02T21:59:00Z'), 'Asia/Beirut')).toBe('23:59')
    expect(formatTime(at('2026-03-02T00:00:00Z'), 'UTC')).toBe('00:00')
    expect(formatDateTime(at('2026-03-02T13:45:00Z'), 'UTC')).toMatch(/مارس 2026، 13:45$/)
    expect(dayKey(at('2026-12-31T23:00:00Z'), 'UTC')).toBe('2026-12-31')
  })
})
