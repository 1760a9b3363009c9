import { normalizeWithOffsets } from './normalize'

/** One word of a text: its normalized form and where it sits in the original string. */
export interface Token {
  readonly norm: string
  /** UTF-16 offsets into the original text; `end` is exclusive. */
  readonly start: number
  readonly end: number
}

const WORD = /[\p{L}\p{N}]+/gu

/** Splits text into normalized words, each mapped back to its span in the original. */
export function tokenize(original: string): Token[] {
  const { text, origStart, origEnd } = normalizeWithOffsets(original)
  const tokens: Token[] = []
  for (const m of text.matchAll(WORD)) {
    const first = m.index
    const last = first + m[0].length - 1
    tokens.push({ norm: m[0], start: origStart[first], end: origEnd[last] })
  }
  return tokens
}

/** Normalized words of a short string (a watchlist term), without offsets. */
export function words(original: string): string[] {
  return tokenize(original).map((t) => t.norm)
}

/**
 * A long text cut into pieces of at least `pieceLength` characters, each ending at a space or line
 * break (or the text's end), as [start, end) offsets. Words never span whitespace and
 * normalization works character by character, so normalizing or tokenizing piece by piece gives
 * what doing it to the whole text gives; a caller that yields between pieces keeps a megabyte
 * article from holding the thread for the whole of it.
 */
export function* piecesOf(text: string, pieceLength: number): Generator<readonly [number, number]> {
  for (let start = 0; start < text.length; ) {
    // Walked by hand to the next space or line break: what it passes joins this piece, so the
    // pieces' scans add up to the text's length.
    let end = Math.min(start + pieceLength, text.length)
    while (end < text.length && text[end] !== ' ' && text[end] !== '\n') end++
    yield [start, end]
    start = end
  }
}

/** tokenize(original), piece by piece (see piecesOf): offsets are those of the whole text. */
export function* tokenizeInPieces(original: string, pieceLength: number): Generator<Token[]> {
  for (const [start, end] of piecesOf(original, pieceLength)) {
    yield tokenize(original.slice(start, end)).map((t) => ({ norm: t.norm, start: t.start + start, end: t.end + start }))
  }
}
