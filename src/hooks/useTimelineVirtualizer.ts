/**
 * Virtualizes the timeline's rows inside the element that scrolls it (`<main>` in the app's
 * layout, found rather than assumed): only the rows near the viewport are in the DOM, each
 * measured once rendered. Also keeps in the DOM the heading of the day at the top (drawn sticky)
 * and the row holding keyboard focus, and keeps the analyst's place when new articles arrive on top.
 */
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual'
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type FocusEvent } from 'react'
import { offsetWithin, scrollParent } from '../lib/scroll-parent'
import { renderedIndexes, type TimelineRow } from '../lib/timeline-rows'

/** First guesses, in px, replaced by the measured height once a row has been rendered. */
const ESTIMATED_DAY_ROW = 44
const ESTIMATED_CARD_ROW = 190
/** Rows rendered beyond each edge of the viewport, so fast scrolling and Tab find them there. */
const OVERSCAN = 6

export function useTimelineVirtualizer<T>(rows: readonly TimelineRow<T>[]) {
  const listRef = useRef<HTMLDivElement>(null)
  const scrollerRef = useRef<HTMLElement | null>(null)
  const [scrollMargin, setScrollMargin] = useState(0)
  const [focusedKey, setFocusedKey] = useState<string | null>(null)
  // Found again after every change of the rows: new articles on top move it down.
  const focusedIndex = useMemo(() => (focusedKey === null ? -1 : rows.findIndex((row) => row.key === focusedKey)), [rows, focusedKey])

  const getScrollElement = useCallback(() => (scrollerRef.current ??= scrollParent(listRef.current)), [])

  // The focused row's neighbours too (a heading may sit between two cards), so that Tab and
  // Shift+Tab reach the next and previous cards even when the focused one is scrolled far away.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const pinned = focusedIndex < 0 ? [] : [focusedIndex - 2, focusedIndex - 1, focusedIndex, focusedIndex + 1, focusedIndex + 2]
      return renderedIndexes(defaultRangeExtractor(range), [rows[range.startIndex]?.headingIndex, ...pinned], range.count)
    },
    [rows, focusedIndex],
  )

  // Scrolled down, new articles arriving on top must not push the row being read out of view, so
  // the virtualizer anchors to it ('end'); at the very top they should simply appear ('start').
  const scrolled = (scrollerRef.current?.scrollTop ?? 0) > 0

  const virtualizer = useVirtualizer<HTMLElement, HTMLDivElement>({
    count: rows.length,
    getScrollElement,
    estimateSize: (index) => (rows[index]?.kind === 'day' ? ESTIMATED_DAY_ROW : ESTIMATED_CARD_ROW),
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: OVERSCAN,
    scrollMargin,
    rangeExtractor,
    anchorTo: scrolled ? 'end' : 'start',
    // Before the scroller has been measured, render a screenful rather than nothing.
    initialRect: { width: 0, height: typeof window === 'undefined' ? 0 : window.innerHeight },
  })

  // Where the list starts inside the scrolled content (below <main>'s padding, or an error banner).
  useLayoutEffect(() => {
    const list = listRef.current
    const scroller = getScrollElement()
    if (!list || !scroller) return
    const margin = Math.round(offsetWithin(list, scroller))
    if (margin !== scrollMargin) setScrollMargin(margin)
  })

  const onFocus = useCallback(
    (event: FocusEvent<HTMLElement>) => {
      const index = Number((event.target as Element).closest('[data-index]')?.getAttribute('data-index'))
      setFocusedKey(Number.isInteger(index) ? (rows[index]?.key ?? null) : null)
    },
    [rows],
  )
  const onBlur = useCallback((event: FocusEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocusedKey(null)
  }, [])

  // Computes the range too, which the sticky heading is read from.
  const items = virtualizer.getVirtualItems()
  // The day of the first row in view, whose heading is drawn sticky at the top.
  const firstVisible = virtualizer.range?.startIndex
  const stickyIndex = firstVisible === undefined ? null : (rows[firstVisible]?.headingIndex ?? null)

  return { virtualizer, items, listRef, scrollMargin, stickyIndex, onFocus, onBlur }
}
