/**
 * Pure helpers for the feeds panel: a feed's status line, the edit form's choices and what it
 * changed, the preview and OPML import summaries, the suggested outlets grouped by category.
 * Counts are written «عدد المواد: 3» rather than in running prose (no Arabic number agreement).
 */
import type { FeedPreview, FeedView, OpmlImport, OpmlSkipReason, SuggestedFeed } from '../../electron/core/contract/types'
import { displaySafe } from '../../electron/core/text/controls'
import { dayKey, formatDateTime, formatTime, isoDate } from './dates'
import { arabicErrorText } from './errors'

export type FeedStatusKind = 'pending' | 'ok' | 'error' | 'disabled'

export interface FeedStatus {
  readonly kind: FeedStatusKind
  /** The main line: «آخر جلب ناجح: 14:05», the core's error, or «موقوف: …». */
  readonly text: string
  /** For failing feeds: «محاولات فاشلة: 3 · المحاولة التالية: 14:35». */
  readonly detail: string | null
}

/** HH:MM on the same day as `now`, else the date with the time. */
export function formatWhen(epochMs: number, now: number = Date.now(), timeZone?: string): string {
  return dayKey(epochMs, timeZone) === dayKey(now, timeZone) ? formatTime(epochMs, timeZone) : formatDateTime(epochMs, timeZone)
}

export function feedStatus(feed: FeedView, now: number = Date.now(), timeZone?: string): FeedStatus {
  if (feed.disabledReason) return { kind: 'disabled', text: `موقوف: ${arabicErrorText(feed.disabledReason)}`, detail: null }
  if (feed.lastError) {
    const parts = [`محاولات فاشلة: ${Math.max(1, feed.failures)}`]
    if (feed.nextCheckAt !== null) parts.push(`المحاولة التالية: ${formatWhen(feed.nextCheckAt, now, timeZone)}`)
    return { kind: 'error', text: arabicErrorText(feed.lastError), detail: parts.join(' · ') }
  }
  if (feed.lastOkAt !== null) return { kind: 'ok', text: `آخر جلب ناجح: ${formatWhen(feed.lastOkAt, now, timeZone)}`, detail: null }
  return { kind: 'pending', text: 'لم يُجلب بعد', detail: null }
}

/** What the last good read worked around (a repaired parse, a charset that lied), one Arabic line each. */
export function feedNoticeLines(feed: FeedView): string[] {
  return (feed.notices ?? []).map(arabicErrorText)
}

export interface EncodingChoice {
  /** null: let Marsad detect it from the HTTP header, the XML declaration and the bytes. */
  readonly value: string | null
  readonly label: string
}

export const ENCODING_CHOICES: readonly EncodingChoice[] = [
  { value: null, label: 'تلقائي' },
  { value: 'windows-1256', label: 'windows-1256' },
  { value: 'iso-8859-6', label: 'iso-8859-6' },
  { value: 'utf-8', label: 'utf-8' },
  { value: 'utf-16le', label: 'utf-16le' },
]

/** The choices, plus the feed's current encoding when it was set elsewhere (CLI) to another one. */
export function encodingChoices(current: string | null): EncodingChoice[] {
  const choices = [...ENCODING_CHOICES]
  if (current !== null && !choices.some((choice) => choice.value === current)) choices.push({ value: current, label: current })
  return choices
}

export const MIN_INTERVAL = 5
export const MAX_INTERVAL = 24 * 60

/** The interval field as minutes, or an Arabic reason it is not acceptable. */
export function parseInterval(text: string): { minutes: number } | { error: string } {
  const value = text.trim().replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
  if (!/^\d+$/.test(value)) return { error: 'الفاصل عدد صحيح من الدقائق' }
  const minutes = Number(value)
  if (minutes < MIN_INTERVAL || minutes > MAX_INTERVAL) return { error: `الفاصل بين ${MIN_INTERVAL} و${MAX_INTERVAL} دقيقة` }
  return { minutes }
}

export interface FeedForm {
  readonly name: string
  readonly intervalMinutes: number
  readonly encoding: string | null
  readonly fullText: boolean
}

export interface FeedChanges {
  name?: string | null
  intervalMinutes?: number
  encoding?: string | null
  fullText?: boolean
}

/**
 * What the form changed, as updateFeed fields. The name shown is the analyst's or the feed's own
 * title, so an untouched name is not sent (it would pin the title); an emptied one goes back to it.
 */
export function feedChanges(feed: FeedView, form: FeedForm): FeedChanges {
  const changes: FeedChanges = {}
  const name = form.name.trim()
  // The form shows the name display-safe (dialog): an untouched one is not a change.
  if (name !== displaySafe(feed.name).trim()) changes.name = name === '' ? null : name
  if (form.intervalMinutes !== feed.intervalMinutes) changes.intervalMinutes = form.intervalMinutes
  if (form.encoding !== feed.encoding) changes.encoding = form.encoding
  if (form.fullText !== feed.fullText) changes.fullText = form.fullText
  return changes
}

export function describePreview(preview: FeedPreview): string {
  return `العنوان: ${displaySafe(preview.title ?? '').trim() || 'بلا عنوان'} · عدد المواد: ${preview.itemCount}`
}

export function describeDiscovered(count: number): string {
  return `وُجدت ${count} خلاصات في الصفحة`
}

export function describeOpmlImport(result: OpmlImport): string {
  return `أُضيفت ${result.added} خلاصات، موجودة مسبقًا: ${result.existing}، تُجوهلت: ${result.skipped.length}`
}

const OPML_SKIP_REASONS: { readonly [R in OpmlSkipReason]: string } = {
  'not-http': 'ليس عنوان http أو https',
  'invalid-url': 'عنوان غير صالح',
  duplicate: 'مكرر في الملف',
  'over-limit': 'تجاوز الحد الأقصى لعدد الخلاصات في ملف واحد',
  'missing-url': 'خلاصة بلا عنوان (xmlUrl)',
}

/** Why an OPML entry was left out, in Arabic. */
export function opmlSkipText(reason: OpmlSkipReason): string {
  return OPML_SKIP_REASONS[reason] ?? 'تُجوهل'
}

export function opmlFileName(now: number = Date.now()): string {
  return `marsad-feeds-${isoDate(now)}.opml`
}

export const OTHER_CATEGORY = 'أخرى'

export interface SuggestionGroup {
  readonly category: string
  readonly feeds: SuggestedFeed[]
}

/** Suggested outlets by category, in the order the list gives them; uncategorized ones last. */
export function groupSuggestions(feeds: readonly SuggestedFeed[]): SuggestionGroup[] {
  const groups = new Map<string, SuggestedFeed[]>()
  for (const feed of feeds) {
    const category = feed.category?.trim() || OTHER_CATEGORY
    const list = groups.get(category) ?? []
    if (!list.some((known) => known.url === feed.url)) list.push(feed)
    groups.set(category, list)
  }
  const ordered = [...groups].filter(([category]) => category !== OTHER_CATEGORY)
  const other = groups.get(OTHER_CATEGORY)
  if (other) ordered.push([OTHER_CATEGORY, other])
  return ordered.map(([category, list]) => ({ category, feeds: list }))
}
