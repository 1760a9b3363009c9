/** Times and dates by the analyst's conventions: month names by region, digits, Hijri, zone, relative times. */
import { describe, expect, it } from 'vitest'
import { clock, fullDateTime, gregorianDate, hijriDate, relativeTime, zoneLabel, type Conventions } from '../../../src/lib/calendar'
import { formatDayHeading } from '../../../src/lib/dates'

const at = (iso: string) => Date.parse(iso)
const c = (over: Partial<Conventions> = {}): Conventions => ({ timeZone: 'Asia/Beirut', hijri: false, monthNames: 'egypt', digits: 'latn', ...over })
const DEC_2 = at('2026-12-02T10:00:00Z')

describe('calendar conventions', () => {
  it('writes December as each region does', () => {
    expect(gregorianDate(DEC_2, c({ monthNames: 'levant' }))).toBe('2 كانون الأول 2026')
    expect(gregorianDate(DEC_2, c({ monthNames: 'egypt' }))).toBe('2 ديسمبر 2026')
    expect(gregorianDate(DEC_2, c({ monthNames: 'maghreb' }))).toBe('2 دجنبر 2026')
  })

  it('writes Western or Arabic-Indic digits, in the chosen zone', () => {
    expect(clock(DEC_2, c())).toBe('12:00')
    expect(clock(DEC_2, c({ digits: 'arab' }))).toBe('١٢:٠٠')
    expect(clock(DEC_2, c({ timeZone: 'UTC' }))).toBe('10:00')
    expect(gregorianDate(DEC_2, c({ digits: 'arab', monthNames: 'levant' }))).toBe('٢ كانون الأول ٢٠٢٦')
  })

  it('gives the Umm al-Qura date, and puts it beside the Gregorian one when chosen', () => {
    expect(hijriDate(DEC_2, c())).toBe('22 جمادى الآخرة 1448 هـ')
    expect(formatDayHeading('2026-12-02', at('2026-12-10T00:00:00Z'), 'UTC', c({ hijri: true, monthNames: 'levant' }))).toBe('الأربعاء، 2 كانون الأول 2026 — 22 جمادى الآخرة 1448 هـ')
    expect(formatDayHeading('2026-12-02', at('2026-12-10T00:00:00Z'), 'UTC', c())).toBe('الأربعاء، 2 ديسمبر 2026')
  })

  it('names the zone and its offset at that instant (summer and winter differ)', () => {
    expect(zoneLabel(DEC_2, c())).toBe('Asia/Beirut +02:00')
    expect(zoneLabel(at('2026-07-01T10:00:00Z'), c())).toBe('Asia/Beirut +03:00')
    expect(zoneLabel(DEC_2, c({ timeZone: 'UTC' }))).toBe('UTC +00:00')
    expect(fullDateTime(DEC_2, c({ hijri: true }))).toBe('الأربعاء، 2 ديسمبر 2026 — 22 جمادى الآخرة 1448 هـ، 12:00 (Asia/Beirut +02:00)')
  })

  it('says how long ago within the last day, and nothing for older or future times', () => {
    const now = DEC_2
    expect(relativeTime(now - 20_000, now, c())).toBe('الآن')
    expect(relativeTime(now - 5 * 60_000, now, c())).toBe('قبل 5 دقائق')
    expect(relativeTime(now - 3 * 3_600_000, now, c({ digits: 'arab' }))).toBe('قبل ٣ ساعات')
    expect(relativeTime(now - 25 * 3_600_000, now, c())).toBeUndefined()
    expect(relativeTime(now + 60_000, now, c())).toBeUndefined()
  })
})
