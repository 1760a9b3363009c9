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
