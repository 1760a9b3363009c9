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
export function shiftSpans(spans: readonly Span[], offset: number): Span[] {
  return spans.map((span) => ({ start: span.start - offset, end: span.end - offset }))
}
