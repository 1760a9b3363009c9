/**
 * Splits a displayed string into plain and highlighted pieces, for rendering as React text nodes
 * and <mark> elements. Spans come from the core (UTF-16 offsets, end exclusive) and are treated as
 * untrusted: they may overlap, be unsorted, be out of range or fall inside a surrogate pair.
 */

export interface Span {
  readonly start: number
  readonly end: number
}

export interface Piece {
  readonly text: string
  readonly marked: boolean
}

const COMBINING_MARK = /\p{M}/u

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/** Moves a start offset left so it never splits a surrogate pair or orphans a diacritic. */
function snapStart(text: string, start: number): number {
  let at = start
  if (at > 0 && at < text.length && isLowSurrogate(text.charCodeAt(at)) && isHighSurrogate(text.charCodeAt(at - 1))) at -= 1
  // A combining mark (harakat, shadda…) belongs to the letter before it.
  while (at > 0 && COMBINING_MARK.test(text.charAt(at))) at -= 1
  return at
}

/** Moves an end offset right so the pair or the letter's trailing diacritics stay inside. */
function snapEnd(text: string, end: number): number {
  let at = end
  if (at > 0 && at < text.length && isLowSurrogate(text.charCodeAt(at)) && isHighSurrogate(text.charCodeAt(at - 1))) at += 1
  while (at < text.length && COMBINING_MARK.test(text.charAt(at))) at += 1
  return at
}

/** Clamps, snaps, sorts and merges spans into disjoint ranges inside `text`. */
export function normalizeSpans(text: string, spans: readonly Span[]): Span[] {
  const ranges: Span[] = []
  for (const span of spans) {
    if (span == null || !Number.isFinite(span.start) || !Number.isFinite(span.end)) continue
    const start = snapStart(text, Math.max(0, Math.min(text.length, Math.floor(span.start))))
    const end = snapEnd(text, Math.max(0, Math.min(text.length, Math.ceil(span.end))))
    if (end > start) ranges.push({ start, end })
  }
  ranges.sort((a, b) => a.start - b.start || a.end - b.end)

  const merged: Span[] = []
  for (const range of ranges) {
    const last = merged[merged.length - 1]
    // Touching ranges merge too: two adjacent marks read as one highlighted phrase.
    if (last && range.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, range.end) }
    else merged.push(range)
  }
  return merged
}

/** `text` cut into consecutive pieces; concatenating every piece's text gives back `text`. */
export function splitHighlights(text: string, spans: readonly Span[]): Piece[] {
  const pieces: Piece[] = []
  let cursor = 0
  for (const { start, end } of normalizeSpans(text, spans)) {
    if (start > cursor) pieces.push({ text: text.slice(cursor, start), marked: false })
    pieces.push({ text: text.slice(start, end), marked: true })
    cursor = end
  }
  if (cursor < text.length) pieces.push({ text: text.slice(cursor), marked: false })
  return pieces
}

/** Spans given in a larger text, re-based onto a slice of it that begins at `offset`. */
export function shiftSpans<S extends Span>(spans: readonly S[], offset: number): S[] {
  return spans.map((span) => ({ ...span, start: span.start - offset, end: span.end - offset }))
}

/** A span with the colour it is highlighted in (its watchlist's). */
export interface ColoredSpan extends Span {
  readonly color?: string
}

export interface ColoredPiece extends Piece {
  /** The colour of the first span (in the order given) covering the piece; absent when plain or uncoloured. */
  readonly color?: string
}

/**
 * As splitHighlights, each marked piece taking the colour of the first span that covers it (spans
 * come in watchlist order, so where two watchlists overlap the first one's colour shows). Each span
 * is clamped and snapped as splitHighlights does; adjacent pieces of one colour merge.
 *
 * One sort and one sweep (n log n in the spans): the ranges sorted by start are taken in as the
 * sweep reaches them, into a heap keyed by their place in `spans`, so the heap's top is the first
 * span still open; one that has ended is dropped when it comes to the top.
 */
export function splitColoredHighlights(text: string, spans: readonly ColoredSpan[]): ColoredPiece[] {
  const ranges: { start: number; end: number; order: number; color?: string }[] = []
  spans.forEach((span, order) => {
    const [range] = normalizeSpans(text, [span])
    if (range) ranges.push({ start: range.start, end: range.end, order, color: span?.color })
  })
  if (ranges.length === 0) return text === '' ? [] : [{ text, marked: false }]
  const cuts = new Int32Array(2 * ranges.length + 2)
  ranges.forEach((r, i) => {
    cuts[2 * i] = r.start
    cuts[2 * i + 1] = r.end
  })
  cuts[2 * ranges.length] = 0
  cuts[2 * ranges.length + 1] = text.length
  cuts.sort()
  ranges.sort((a, b) => a.start - b.start)

  const open = new MinHeap<(typeof ranges)[number]>((a, b) => a.order - b.order)
  /** Pieces as offsets (sliced at the end), merged as they come. */
  const cut: { start: number; end: number; marked: boolean; color?: string }[] = []
  let next = 0
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]]
    if (start === end) continue
    while (next < ranges.length && ranges[next].start <= start) open.push(ranges[next++])
    while (open.size > 0 && open.peek()!.end <= start) open.pop()
    // The top started at or before `start` and ends after it, so at or after `end` (the next cut).
    const cover = open.peek()
    const last = cut[cut.length - 1]
    if (last && last.marked === (cover !== undefined) && last.color === cover?.color) last.end = end
    else cut.push(cover ? { start, end, marked: true, color: cover.color } : { start, end, marked: false })
  }
  return cut.map((p) => (p.marked ? { text: text.slice(p.start, p.end), marked: true, color: p.color } : { text: text.slice(p.start, p.end), marked: false }))
}

/** A binary min-heap. */
class MinHeap<T> {
  private readonly items: T[] = []

  constructor(private readonly before: (a: T, b: T) => number) {}

  get size(): number {
    return this.items.length
  }

  peek(): T | undefined {
    return this.items[0]
  }

  push(item: T): void {
    const items = this.items
    items.push(item)
    for (let i = items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1
      if (this.before(items[i], items[parent]) >= 0) break
      ;[items[i], items[parent]] = [items[parent], items[i]]
      i = parent
    }
  }

  pop(): T | undefined {
    const items = this.items
    const top = items[0]
    const last = items.pop()
    if (items.length === 0 || last === undefined) return top
    items[0] = last
    for (let i = 0; ; ) {
      const [l, r] = [2 * i + 1, 2 * i + 2]
      let least = i
      if (l < items.length && this.before(items[l], items[least]) < 0) least = l
      if (r < items.length && this.before(items[r], items[least]) < 0) least = r
      if (least === i) break
      ;[items[i], items[least]] = [items[least], items[i]]
      i = least
    }
    return top
  }
}
