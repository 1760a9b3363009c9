import { normalizeWithOffsets, type NormalizedText } from './normalize'

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
  return tokensOf(normalizeWithOffsets(original), 0)
}

/** The words of a normalized text, their offsets moved by `offset` (where the text starts in a longer one). */
function tokensOf({ text, origStart, origEnd }: NormalizedText, offset: number): Token[] {
  const tokens: Token[] = []
  for (const m of text.matchAll(WORD)) {
    const first = m.index
    const last = first + m[0].length - 1
    tokens.push({ norm: m[0], start: origStart[first] + offset, end: origEnd[last] + offset })
  }
  return tokens
}

/** A text normalized once for two uses: its words (for matching) and its folded form (for identity). */
export interface AnalyzedText {
  readonly tokens: Token[]
  /** normalize(original): the whole folded text, punctuation and spacing included. */
  readonly normalized: string
}

export function analyze(original: string): AnalyzedText {
  const normalized = normalizeWithOffsets(original)
  return { tokens: tokensOf(normalized, 0), normalized: normalized.text }
}

/** Characters analyzeInPieces folds between two pauses: some tens of milliseconds of work. */
export const PIECE_LENGTH = 32_768

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

/**
 * analyze(original), piece by piece (see piecesOf) with `pause` awaited between pieces, so a
 * megabyte body is never folded in one go; token offsets are those of the whole text. A text of
 * one piece costs no pause.
 */
export async function analyzeInPieces(original: string, pause: () => Promise<void>, pieceLength = PIECE_LENGTH): Promise<AnalyzedText> {
  const tokens: Token[] = []
  const normalized: string[] = []
  for (const [start, end] of piecesOf(original, pieceLength)) {
    if (normalized.length > 0) await pause()
    const piece = normalizeWithOffsets(original.slice(start, end))
    for (const token of tokensOf(piece, start)) tokens.push(token)
    normalized.push(piece.text)
  }
  return { tokens, normalized: normalized.join('') }
}
