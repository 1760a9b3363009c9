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
 */
export function splitColoredHighlights(text: string, spans: readonly ColoredSpan[]): ColoredPiece[] {
  const ranges = spans.flatMap((span) => normalizeSpans(text, [span]).map((r) => ({ ...r, color: span?.color })))
  if (ranges.length === 0) return text === '' ? [] : [{ text, marked: false }]
  const cuts = [...new Set([0, text.length, ...ranges.flatMap((r) => [r.start, r.end])])].sort((a, b) => a - b)
  const pieces: ColoredPiece[] = []
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]]
    const cover = ranges.find((r) => r.start <= start && r.end >= end)
    const last = pieces[pieces.length - 1]
    const piece: ColoredPiece = cover ? { text: text.slice(start, end), marked: true, color: cover.color } : { text: text.slice(start, end), marked: false }
    if (last && last.marked === piece.marked && last.color === piece.color) pieces[pieces.length - 1] = { ...last, text: last.text + piece.text }
    else pieces.push(piece)
  }
  return pieces
}
