/**
 * Defensive parsing of the dates Arabic news feeds actually send: RFC 822 in all its broken
 * variants, ISO 8601, day-first numeric dates, Arabic month names (Egyptian/Gulf, Levantine,
 * Maghrebi), Hijri dates and "منذ 3 ساعات". Pure: no I/O, never throws, never returns NaN.
 *
 * Time zone choice: a time without a zone is read as UTC. The real zone is unknowable (the
 * server's local time, usually UTC+2..+4 in the region), and UTC keeps the result independent
 * of the machine running Marsad, unlike Date.parse which would use the local zone.
 */

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
/** Anything older is a broken feed (or a 2-digit year gone wrong), not news. */
const MIN_MS = Date.UTC(1990, 0, 1)
/** Clock skew and zone confusion allow a little future; a feed claiming 2099 is broken. */
const MAX_AHEAD = 2 * DAY
/** Arabic plurals without a number ("منذ ساعات") mean "a few": plurals count 3 to 10. */
const FEW = 3

/** Folds the spelling variants sites mix freely (hamza, alef maqsura, taa marbuta, tashkeel). */
function fold(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '') // tashkeel and tatweel (هـ → ه)
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
}

function normalize(s: string): string {
  return fold(s)
    .replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x0660)) // Arabic-Indic
    .replace(/[\u06F0-\u06F9]/g, (c) => String(c.charCodeAt(0) - 0x06f0)) // Eastern Arabic-Indic
    .replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF]/g, '') // bidi marks
    .replace(/\s+/g, ' ')
    .trim()
}

/** Month name tables, one row per month; spellings are folded before use, so variants are few. */
const GREGORIAN_MONTHS = [
  'january|jan|يناير|جانفي|كانون الثاني|كانون ثاني',
  'february|feb|فبراير|فيفري|شباط',
  'march|mar|مارس|آذار',
  'april|apr|أبريل|أفريل|نيسان',
  'may|مايو|ماي|أيار',
  'june|jun|يونيو|يونيه|جوان|حزيران',
  'july|jul|يوليو|يوليه|يوليوز|جويلية|تموز',
  'august|aug|أغسطس|غشت|أوت|آب',
  'september|sept|sep|سبتمبر|شتنبر|أيلول',
  'october|oct|أكتوبر|تشرين الأول|تشرين أول',
  'november|nov|نوفمبر|نونبر|تشرين الثاني|تشرين ثاني',
  'december|dec|ديسمبر|دجنبر|كانون الأول|كانون أول',
]
const HIJRI_MONTHS = [
  'محرم|المحرم',
  'صفر',
  'ربيع الأول|ربيع أول',
  'ربيع الآخر|ربيع الثاني|ربيع آخر|ربيع ثاني',
  'جمادى الأولى|جمادى الأول|جمادى أول',
  'جمادى الآخرة|جمادى الثانية|جمادى الآخر|جمادى الثاني|جمادى ثاني',
  'رجب',
  'شعبان',
  'رمضان',
  'شوال',
  'ذو القعدة|ذي القعدة',
  'ذو الحجة|ذي الحجة',
]

function monthTable(rows: string[]): { names: Map<string, number>; alt: string } {
  const names = new Map<string, number>()
  rows.forEach((row, i) => row.split('|').forEach((name) => names.set(fold(name), i + 1)))
  // Longest first, so "كانون الثاني" is never cut short.
  const alt = [...names.keys()].sort((a, b) => b.length - a.length).join('|')
  return { names, alt }
}
const GREG = monthTable(GREGORIAN_MONTHS)
const HIJ = monthTable(HIJRI_MONTHS)

// \b does not know Arabic letters, so word edges are spelled out with \p{L}.
const NB = '(?<!\\p{L})'
const NA = '(?!\\p{L})'
/** A month, optionally glossed by a second name: "شباط (فبراير)", "فبراير/شباط". */
const G_MONTH = `${NB}(${GREG.alt})${NA}\\.?(?:\\s?[/(]\\s?(?:${GREG.alt})${NA}\\s?\\)?)?`
const H_MONTH = `${NB}(${HIJ.alt})${NA}`
const SEP = '[\\s\\-/.,،]*'
const ORD = '(?:st|nd|rd|th)?'
/** A year must not be the hour of a time ("14 فبراير 09:30"). */
const YEAR = '(\\d{4}|\\d{2})(?![\\d:])'

type Ymd = { y: number; m: number; d: number; hijri: boolean }
type Rule = { re: RegExp; pick: (m: RegExpMatchArray) => Ymd }

/** RFC 2822's rule for two-digit years; 1950-1989 are then refused as too old. */
const year = (s: string): number => (s.length === 2 ? (Number(s) < 50 ? 2000 : 1900) + Number(s) : Number(s))
/** Numeric years 1300-1600 can only be Hijri ("1436/4/14 هـ"); as Gregorian they would be refused. */
const ymd = (y: number, m: number, d: number, hijri = false): Ymd => ({ y, m, d, hijri: hijri || (y >= 1300 && y <= 1600) })
/** Arab sites write day/month/year; month first only when the day slot cannot be a month. */
const dayFirst = (y: number, a: number, b: number): Ymd => (b > 12 && a <= 12 ? ymd(y, a, b) : ymd(y, b, a))

const RULES: Rule[] = [
  { re: /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g, pick: (m) => ymd(+m[1], +m[2], +m[3]) },
  { re: /(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?![\d:])/g, pick: (m) => dayFirst(year(m[3]), +m[1], +m[2]) },
  {
    re: new RegExp(`(?<!\\d)(\\d{1,2})${ORD}${SEP}${G_MONTH}${SEP}${YEAR}`, 'gu'),
    pick: (m) => ymd(year(m[3]), GREG.names.get(m[2]) ?? 0, +m[1]),
  },
  {
    re: new RegExp(`${G_MONTH}${SEP}(\\d{1,2})${ORD}[\\s,،]+(\\d{4})(?!\\d)`, 'gu'),
    pick: (m) => ymd(+m[3], GREG.names.get(m[1]) ?? 0, +m[2]),
  },
  {
    re: new RegExp(`(?<!\\d)(\\d{1,2})${SEP}${H_MONTH}${SEP}(\\d{4})(?!\\d)`, 'gu'),
    pick: (m) => ymd(+m[3], HIJ.names.get(m[2]) ?? 0, +m[1], true),
  },
]

function gregorianDay({ y, m, d }: Ymd): number | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null
  const ms = Date.UTC(y, m - 1, d)
  return new Date(ms).getUTCDate() === d ? ms : null // refuses 31 April, 29 February 2015
}

let umalqura: Intl.DateTimeFormat | null | undefined
function hijriFormat(): Intl.DateTimeFormat | null {
  if (umalqura !== undefined) return umalqura
  try {
    const f = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' })
    umalqura = f.resolvedOptions().calendar === 'islamic-umalqura' ? f : null // small-ICU builds fall back silently
  } catch {
    umalqura = null
  }
  return umalqura
}

/** Umm al-Qura is observation-tabulated, not arithmetic: guess from the mean month, then ask ICU. */
const HIJRI_EPOCH = Date.UTC(622, 6, 19) // 1 Muharram 1 AH, proleptic Gregorian
function hijriDay({ y, m, d }: Ymd): number | null {
  const fmt = hijriFormat()
  if (!fmt || y < 1300 || y > 1600 || m < 1 || m > 12 || d < 1 || d > 30) return null
  const guess = HIJRI_EPOCH + Math.round(((y - 1) * 12 + m - 1) * 29.530588 + d - 1) * DAY
  for (let k = 0; k <= 20; k++) {
    for (const ms of k === 0 ? [guess] : [guess - k * DAY, guess + k * DAY]) {
      const parts = Object.fromEntries(fmt.formatToParts(ms).map((p) => [p.type, p.value]))
      if (Number(parts.year) === y && Number(parts.month) === m && Number(parts.day) === d) return ms
    }
  }
  return null // e.g. 30th of a 29-day month
}

const TIME = /(?<!\d)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?!\d)(?:\s*(a\.m\.|p\.m\.|am|pm|صباحا|مساءا|مساء|ص|م)(?!\p{L}))?/u
const ZONE = new RegExp(
  '^\\s*\\(?\\s*(?:(?:gmt|utc|ut)?\\s*([+-])(\\d{1,2})(?::?(\\d{2}))?(?!\\d)' +
    `|(z|gmt|utc|ut|[ecmp][sd]t|[a-ik-z])${NA}|(?:ب?توقيت\\s)?(غرينتش|جرينتش|غرينيتش|مكه المكرمه|مكه)${NA})`,
  'u',
)
/** Offsets in hours. RFC 2822 §4.3: military letters other than Z were defined wrongly; read as UTC. */
const NAMED_ZONES: Record<string, number> = { est: -5, edt: -4, cst: -6, cdt: -5, mst: -7, mdt: -6, pst: -8, pdt: -7, مكه: 3, 'مكه المكرمه': 3 }

/** Zone offset in minutes east of UTC for the text right after a time, or NaN when malformed. */
function zoneOffset(after: string): number {
  const z = ZONE.exec(after)
  if (!z) return 0
  if (z[1]) {
    const h = Number(z[2])
    const min = Number(z[3] ?? 0)
    return h > 14 || min > 59 ? NaN : (z[1] === '-' ? -1 : 1) * (h * 60 + min)
  }
  return (NAMED_ZONES[z[4] ?? z[5]] ?? 0) * 60
}

/** Milliseconds to add to the date's UTC midnight: local time minus zone; 0 without a time. */
function timeOfDay(s: string): number {
  const t = TIME.exec(s)
  if (!t) return 0
  let h = Number(t[1])
  const min = Number(t[2])
  const sec = Number(t[3] ?? 0)
  const ms = Number(((t[4] ?? '') + '000').slice(0, 3))
  const ap = t[5]
  // "14:00 م" is already 24-hour; only 1-12 are shifted.
  if (ap && h >= 1 && h <= 12) h = (h % 12) + (ap === 'pm' || ap === 'p.m.' || ap.startsWith('م') ? 12 : 0)
  if (h > 23 || min > 59 || sec > 60) return NaN
  const offset = zoneOffset(s.slice((t.index ?? 0) + t[0].length))
  return h * HOUR + min * MINUTE + sec * SECOND + ms - offset * MINUTE
}

type Found = Ymd & { at: number; len: number }

/** A Gregorian date wins over a Hijri one whatever the order; otherwise the first date wins. */
function absolute(s: string): number | null {
  const found: Found[] = RULES.flatMap((r) => [...s.matchAll(r.re)].map((m) => ({ ...r.pick(m), at: m.index ?? 0, len: m[0].length })))
  if (found.length === 0) return null
  found.sort((a, b) => a.at - b.at)
  const day = (f: Found): number | null => (f.hijri ? hijriDay(f) : gregorianDay(f))
  const pick = found.find((f) => !f.hijri && day(f) !== null) ?? found.find((f) => f.hijri && day(f) !== null)
  if (!pick) return null
  // Blank every date so the time search cannot read "14/02" or a year as a time.
  let rest = s
  for (const f of found) rest = rest.slice(0, f.at) + ' '.repeat(f.len) + rest.slice(f.at + f.len)
  return (day(pick) as number) + timeOfDay(rest)
}

/** Relative forms: [word, unit, count implied when no number precedes it]. */
const RELATIVE_FORMS: Array<[string, number, number]> = [
  ['ثانية', SECOND, 1], ['ثانيتين', SECOND, 2], ['ثانيتان', SECOND, 2], ['ثوان', SECOND, FEW], ['ثواني', SECOND, FEW],
  ['دقيقة', MINUTE, 1], ['دقيقتين', MINUTE, 2], ['دقيقتان', MINUTE, 2], ['دقائق', MINUTE, FEW],
  ['ساعة', HOUR, 1], ['ساعتين', HOUR, 2], ['ساعتان', HOUR, 2], ['ساعات', HOUR, FEW],
  ['يوم', DAY, 1], ['يومين', DAY, 2], ['يومان', DAY, 2], ['أيام', DAY, FEW],
  ['أسبوع', 7 * DAY, 1], ['أسبوعين', 7 * DAY, 2], ['أسبوعان', 7 * DAY, 2], ['أسابيع', 7 * DAY, FEW],
]
const RELATIVE = new Map(RELATIVE_FORMS.map(([w, unit, n]) => [fold(w), [unit, n] as const]))
const RELATIVE_MARK = new RegExp(`${NB}(?:منذ|قبل)${NA}`, 'u')
const RELATIVE_UNIT = new RegExp(`(?:(\\d{1,6})\\s?)?${NB}(${[...RELATIVE.keys()].sort((a, b) => b.length - a.length).join('|')})${NA}`, 'gu')

/** "منذ 3 ساعات", "منذ ساعتين", "منذ ساعة و20 دقيقة": the parts are summed. */
function relative(s: string, now: number): number | null {
  if (!RELATIVE_MARK.test(s)) return null
  let ago = 0
  let seen = false
  for (const m of s.matchAll(RELATIVE_UNIT)) {
    const [unit, implied] = RELATIVE.get(m[2]) ?? [0, 0]
    ago += (m[1] ? Number(m[1]) : implied) * unit
    seen = true
  }
  return seen ? now - ago : null
}

/**
 * Epoch milliseconds for a feed date, or null when it cannot be understood, is before 1990,
 * or lies more than two days after `now`.
 */
export function parseFeedDate(raw: string | undefined | null, now: number = Date.now()): number | null {
  try {
    if (typeof raw !== 'string') return null
    const s = normalize(raw.slice(0, 300)) // a date is short; bounding the input bounds the regex work
    if (s === '') return null
    const ref = Number.isFinite(now) ? now : Date.now()
    const ms = absolute(s) ?? relative(s, ref)
    return ms !== null && Number.isFinite(ms) && ms >= MIN_MS && ms <= ref + MAX_AHEAD ? ms : null
  } catch {
    return null
  }
}
