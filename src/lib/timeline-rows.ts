/**
 * The timeline as one flat list of rows, for the virtualizer: a heading row for each calendar day,
 * then that day's articles, newest first. Each row has a key that stays the same when pages are
 * appended or new articles arrive on top, so measured heights and focus follow the right row.
 */
import { dayKey } from './dates'

export interface DayRow {
  readonly kind: 'day'
  /** `day:YYYY-MM-DD` (`#2` appended should the same day come round again) */
  readonly key: string
  /** YYYY-MM-DD */
  readonly day: string
  /** How many of the listed articles fall on this day. */
  readonly count: number
  /** Index of this row (a heading is its own heading). */
  readonly headingIndex: number
}

export interface ArticleRow<T> {
  readonly kind: 'article'
  /** `article:<id>` */
  readonly key: string
  readonly day: string
  readonly article: T
  /** Index of the row heading this article's day. */
  readonly headingIndex: number
  /** The day's last article: the gap before the next day's heading goes after it. */
  readonly lastOfDay: boolean
}

export type TimelineRow<T> = DayRow | ArticleRow<T>

export const dayRowKey = (day: string): string => `day:${day}`
export const articleRowKey = (id: number): string => `article:${id}`

/**
 * Heading rows and article rows, in display order, days in the given time zone (default: local).
 * Newest first, unless `keepOrder` (a view by score or best match): then in the order given, a
 * heading wherever the day changes.
 */
export function timelineRows<T extends { publishedAt: number; id: number }>(articles: readonly T[], timeZone?: string, keepOrder = false): TimelineRow<T>[] {
  const keyOf = cachedDayKey(timeZone)
  // Newest first (by time, then id) and cut into runs of one calendar day, as groupByDay does.
  const sorted = keepOrder ? [...articles] : [...articles].sort((a, b) => b.publishedAt - a.publishedAt || b.id - a.id)
  const days = sorted.map((article) => keyOf(article.publishedAt))
  const rows: TimelineRow<T>[] = []
  const headingKeys = new Set<string>()
  let start = 0
  while (start < sorted.length) {
    const day = days[start]
    let end = start + 1
    while (end < sorted.length && days[end] === day) end++
    // Should a zone ever turn its clocks back across midnight, a day would come round twice; its
    // second run still needs a key of its own (keys are React keys and measurement keys).
    let key = dayRowKey(day)
    for (let n = 2; headingKeys.has(key); n++) key = `${dayRowKey(day)}#${n}`
    headingKeys.add(key)
    const headingIndex = rows.length
    rows.push({ kind: 'day', key, day, count: end - start, headingIndex })
    for (let i = start; i < end; i++) {
      rows.push({ kind: 'article', key: articleRowKey(sorted[i].id), day, article: sorted[i], headingIndex, lastOfDay: i === end - 1 })
    }
    start = end
  }
  return rows
}

/**
 * Intl formatting is the slow part of building the rows (15 ms for 5,000 articles), and the rows
 * are rebuilt on every «المزيد» and every reload with mostly the same instants: remember them,
 * per time zone (an analyst's zone can change while the app stays open).
 */
const dayKeyCaches = new Map<string, Map<number, string>>()
const DAY_KEY_CACHE_LIMIT = 50_000

function cachedDayKey(timeZone: string | undefined): (epochMs: number) => string {
  const zone = timeZone ?? new Intl.DateTimeFormat().resolvedOptions().timeZone
  let cache = dayKeyCaches.get(zone)
  if (!cache || cache.size > DAY_KEY_CACHE_LIMIT) dayKeyCaches.set(zone, (cache = new Map()))
  const known = cache
  return (epochMs) => {
    let key = known.get(epochMs)
    if (key === undefined) known.set(epochMs, (key = dayKey(epochMs, zone)))
    return key
  }
}

/**
 * The rows to render: the visible range (with overscan), plus the heading of the first visible
 * row's day (drawn sticky at the top) and any pinned row, such as the card holding keyboard
 * focus, which must stay in the DOM while it is scrolled away. Sorted, no duplicates.
 */
export function renderedIndexes(visible: readonly number[], extra: readonly (number | null | undefined)[], count: number): number[] {
  const set = new Set(visible)
  for (const index of extra) if (index !== null && index !== undefined && index >= 0 && index < count) set.add(index)
  return [...set].sort((a, b) => a - b)
}
