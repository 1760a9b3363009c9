import { describe, expect, it } from 'vitest'
import { groupByDay } from '../../../src/lib/dates'
import { renderedIndexes, timelineRows, type TimelineRow } from '../../../src/lib/timeline-rows'

const at = (iso: string) => Date.parse(iso)
const item = (id: number, iso: string) => ({ id, publishedAt: at(iso) })

/** A compact picture of the rows: `# day (count)` for a heading, the id for an article (`id.` when it ends its day). */
const picture = (rows: readonly TimelineRow<{ id: number }>[]) =>
  rows.map((row) => (row.kind === 'day' ? `# ${row.day} (${row.count})` : `${row.article.id}${row.lastOfDay ? '.' : ''}`))

describe('timelineRows', () => {
  const items = [
    item(1, '2026-03-01T10:00:00Z'),
    item(4, '2026-03-02T21:30:00Z'), // 23:30 in Beirut (UTC+2): still the 2nd
    item(2, '2026-03-02T08:00:00Z'),
    item(3, '2026-03-02T22:30:00Z'), // 00:30 on the 3rd in Beirut
  ]

  it('puts a heading before each day, newest day first, and marks the last article of each day', () => {
    const rows = timelineRows(items, 'Asia/Beirut')
    expect(picture(rows)).toEqual(['# 2026-03-03 (1)', '3.', '# 2026-03-02 (2)', '4', '2.', '# 2026-03-01 (1)', '1.'])
    expect(rows.map((row) => row.key)).toEqual(['day:2026-03-03', 'article:3', 'day:2026-03-02', 'article:4', 'article:2', 'day:2026-03-01', 'article:1'])
    // Every row knows the index of its day's heading.
    expect(rows.map((row) => row.headingIndex)).toEqual([0, 0, 2, 2, 2, 5, 5])
  })

  it('cuts days in the time zone it is given, not in one it saw before', () => {
    expect(picture(timelineRows(items, 'Asia/Beirut'))[0]).toBe('# 2026-03-03 (1)')
    expect(picture(timelineRows(items, 'UTC'))).toEqual(['# 2026-03-02 (3)', '3', '4', '2.', '# 2026-03-01 (1)', '1.'])
    expect(picture(timelineRows(items, 'Asia/Beirut'))[0]).toBe('# 2026-03-03 (1)')
  })

  it('agrees with groupByDay on the days and their order, whatever the zone', () => {
    let seed = 7
    const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0), seed / 2 ** 32)
    const many = Array.from({ length: 400 }, (_, id) => ({ id, publishedAt: at('2025-10-20T00:00:00Z') + Math.floor(random() * 14 * 86_400_000) }))
    for (const zone of ['UTC', 'Asia/Beirut', 'Asia/Kathmandu', 'America/Los_Angeles', 'Pacific/Chatham']) {
      const groups = groupByDay(many, zone).map((g) => [g.key, g.items.map((a) => a.id)])
      const rows = timelineRows(many, zone)
      const fromRows = rows.flatMap((row) => (row.kind === 'day' ? [[row.day, [] as number[]]] : []))
      rows.forEach((row) => row.kind === 'article' && (fromRows.find(([day]) => day === row.day)?.[1] as number[]).push(row.article.id))
      expect(fromRows, zone).toEqual(groups)
    }
  })

  it('breaks ties on the same instant by id, newest first, and has no rows for no articles', () => {
    const t = '2026-03-02T08:00:00Z'
    expect(picture(timelineRows([item(5, t), item(9, t)], 'UTC'))).toEqual(['# 2026-03-02 (2)', '9', '5.'])
    expect(timelineRows([], 'UTC')).toEqual([])
  })

  it('keeps the keys of rows already listed when an older page is appended or a new article arrives on top', () => {
    const before = timelineRows(items, 'UTC').map((row) => row.key)
    const appended = timelineRows([...items, item(0, '2026-02-27T09:00:00Z')], 'UTC').map((row) => row.key)
    expect(appended.slice(0, before.length)).toEqual(before)
    expect(appended.slice(before.length)).toEqual(['day:2026-02-27', 'article:0'])
    const arrived = timelineRows([item(10, '2026-03-02T23:00:00Z'), ...items], 'UTC').map((row) => row.key)
    expect(arrived).toEqual(['day:2026-03-02', 'article:10', ...before.slice(1)])
  })

  it('gives every row a distinct key', () => {
    const many = Array.from({ length: 300 }, (_, id) => ({ id, publishedAt: at('2026-01-01T00:00:00Z') + id * 3_600_000 }))
    const keys = timelineRows(many, 'Asia/Beirut').map((row) => row.key)
    expect(new Set(keys).size).toBe(keys.length)
  })
})

describe('renderedIndexes', () => {
  it('adds the sticky heading and the focused row to the visible range, sorted, once each', () => {
    expect(renderedIndexes([10, 11, 12], [3, 40], 50)).toEqual([3, 10, 11, 12, 40])
    expect(renderedIndexes([10, 11, 12], [11, 11], 50)).toEqual([10, 11, 12])
  })

  it('ignores what is not a row: nothing focused, or an index past the end after the list shrank', () => {
    expect(renderedIndexes([0, 1], [undefined, null, -1, 2, 7], 2)).toEqual([0, 1])
  })
})
