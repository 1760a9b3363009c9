/**
 * Times and dates as an Arab analyst reads them, by the conventions chosen in the settings: the
 * zone (named beside the time), month names as the region writes them (كانون الأول in the Levant
 * and Iraq, ديسمبر in Egypt and the Gulf, دجنبر in Morocco), Western or Arabic-Indic digits, the
 * Hijri (Umm al-Qura) date beside the Gregorian one, and relative times for the last day. Intl only.
 */
import type { DisplaySettings, MonthNames } from '../../electron/core/contract/types'

export interface Conventions {
  /** IANA zone; undefined: the system's. */
  readonly timeZone?: string
  readonly hijri: boolean
  readonly monthNames: MonthNames
  readonly digits: 'latn' | 'arab'
}

export const DEFAULT_CONVENTIONS: Conventions = { hijri: false, monthNames: 'egypt', digits: 'latn' }

export function conventionsOf(display: DisplaySettings): Conventions {
  return { timeZone: display.timeZone ?? undefined, hijri: display.hijri, monthNames: display.monthNames, digits: display.digits }
}

/** A locale whose month names are the region's: ICU has them per country. */
const MONTH_LOCALE: Readonly<Record<MonthNames, string>> = { levant: 'ar-SY', egypt: 'ar-EG', maghreb: 'ar-MA' }

const formats = new Map<string, Intl.DateTimeFormat>()

function format(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let f = formats.get(key)
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(locale, options)))
  return f
}

/** «2 كانون الأول 2026» / «2 ديسمبر 2026» / «2 دجنبر 2026», with the weekday when asked. */
export function gregorianDate(epochMs: number, c: Conventions, weekday = false): string {
  return format(MONTH_LOCALE[c.monthNames], {
    ...(weekday ? { weekday: 'long' } : {}),
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    numberingSystem: c.digits,
    timeZone: c.timeZone,
  }).format(epochMs)
}

/** «22 جمادى الآخرة 1448 هـ» in the Umm al-Qura calendar. */
export function hijriDate(epochMs: number, c: Conventions): string {
  return format('ar-SA-u-ca-islamic-umalqura', { day: 'numeric', month: 'long', year: 'numeric', numberingSystem: c.digits, timeZone: c.timeZone }).format(epochMs)
}

/** HH:MM, 24-hour, in the chosen digits. */
export function clock(epochMs: number, c: Conventions): string {
  return format('ar', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', numberingSystem: c.digits, timeZone: c.timeZone }).format(epochMs)
}

/** The zone and its offset at that instant, as a label: «Asia/Beirut +02:00». */
export function zoneLabel(epochMs: number, c: Conventions): string {
  const zone = c.timeZone ?? new Intl.DateTimeFormat().resolvedOptions().timeZone
  const offset = format('en', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(epochMs)
    .find((p) => p.type === 'timeZoneName')?.value.replace(/^GMT/, '')
  return `${zone} ${offset || '+00:00'}`
}

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** «الآن», «قبل 5 دقائق», «قبل 3 ساعات» within the last day; undefined for older (or future) times. */
export function relativeTime(epochMs: number, now: number, c: Conventions): string | undefined {
  const ago = now - epochMs
  if (ago < 0 || ago >= DAY) return undefined
  const rtf = new Intl.RelativeTimeFormat('ar', { numeric: 'auto', numberingSystem: c.digits } as Intl.RelativeTimeFormatOptions)
  if (ago < MINUTE) return 'الآن'
  if (ago < HOUR) return rtf.format(-Math.floor(ago / MINUTE), 'minute')
  return rtf.format(-Math.floor(ago / HOUR), 'hour')
}

/** The reader's line: «الأربعاء، 2 كانون الأول 2026 — 22 جمادى الآخرة 1448 هـ، 14:05 (Asia/Beirut +02:00)». */
export function fullDateTime(epochMs: number, c: Conventions): string {
  const hijri = c.hijri ? ` — ${hijriDate(epochMs, c)}` : ''
  return `${gregorianDate(epochMs, c, true)}${hijri}، ${clock(epochMs, c)} (${zoneLabel(epochMs, c)})`
}
