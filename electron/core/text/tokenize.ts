import { normalizeWithOffsets, type NormalizedText } from './normalize'
import { LETTER, unitClass, wordCharWidth } from './word-chars'

/** One word of a text: its normalized form and where it sits in the original string. */
export interface Token {
  readonly norm: string
  /** UTF-16 offsets into the original text; `end` is exclusive. */
  readonly start: number
  readonly end: number
  /** Which sentence of the text the word is in, from 0 (see SENTENCE_END). */
  readonly sentence: number
}

/**
 * Where a sentence ends: . ؟ ! ؛ (and ? ; …) or a line break. A full stop between two digits
 * (3.5) or letters (U.S) ends nothing: only one followed by a space, a line break or the end does;
 * nor does one after a single letter, an initial («المتهم (أ. س.) المحكوم», «م. ع.», «J. Smith»).
 */
const SENTENCE_END = ['؟', '!', '؛', '?', ';', '…', '\n', '\r', '\u2029']
/** Quotes and brackets that may close a sentence after its full stop: «… الشائعات." واعتقلت». */
const CLOSERS = ['"', "'", '»', '”', '’', ')', ']']
const FULL_STOP = 0x2e

/** By BMP unit, what it does between two words: a table read per character of every gap. */
const ENDS = 1
const CLOSES = 2
const STOPS = 4
const GAP_ROLE = new Uint8Array(0x10000)
for (const c of SENTENCE_END) GAP_ROLE[c.charCodeAt(0)] = ENDS
for (const c of CLOSERS) GAP_ROLE[c.charCodeAt(0)] = CLOSES
GAP_ROLE[FULL_STOP] = STOPS

/** Where the sentence count stands between the pieces of one text. */
interface SentenceState {
  sentence: number
  /** A sentence ended after the last word so far (the next word starts a new one). */
  ended: boolean
  seenWord: boolean
}

/** Splits text into normalized words, each mapped back to its span in the original. */
export function tokenize(original: string): Token[] {
  return tokensOf(normalizeWithOffsets(original, true), 0, newSentenceState())
}

const newSentenceState = (): SentenceState => ({ sentence: 0, ended: false, seenWord: false })

/** Whether text[from, to) (between two words) ends a sentence; `initial`: the word before it is one letter. */
function endsSentence(text: string, from: number, to: number, initial: boolean): boolean {
  for (let k = from; k < to; k++) {
    const role = GAP_ROLE[text.charCodeAt(k)]
    if (role === ENDS) return true
    if (role !== STOPS || (initial && k === from)) continue
    let after = k + 1
    while (after < to && GAP_ROLE[text.charCodeAt(after)] === CLOSES) after++
    if (after === to ? to === text.length : /\s/u.test(text[after])) return true
  }
  return false
}

/**
 * The words of a normalized text (runs of letters and digits), their offsets moved by `offset`
 * (where the text starts in a longer one). Walked by hand with word-chars.ts' table: a regular
 * expression built a match object per word.
 */
function tokensOf({ text, origStart, origEnd }: NormalizedText, offset: number, state: SentenceState): Token[] {
  const tokens: Token[] = []
  // The state in locals while the loop runs, stored back at the end.
  let { sentence, ended, seenWord } = state
  let gapStart = 0
  // The word before the gap is a single letter (an initial, see SENTENCE_END).
  let initial = false
  const length = text.length
  for (let k = 0; k < length; ) {
    let width = wordCharWidth(text, k)
    if (width === 0) {
      k++
      continue
    }
    const first = k
    while (width > 0) {
      k += width
      width = k < length ? wordCharWidth(text, k) : 0
    }
    if (seenWord && (ended || endsSentence(text, gapStart, first, initial))) sentence++
    // One letter (not a digit: «المادة 4.» ends its sentence).
    initial = k - first === 1 && unitClass(text.charCodeAt(first)) === LETTER
    ended = false
    seenWord = true
    tokens.push({ norm: text.slice(first, k), start: origStart[first] + offset, end: origEnd[k - 1] + offset, sentence })
    gapStart = k
  }
  // What follows the last word may end its sentence; the next piece's first word then starts one.
  if (seenWord && endsSentence(text, gapStart, length, initial)) ended = true
  state.sentence = sentence
  state.ended = ended
  state.seenWord = seenWord
  return tokens
}

/** A text normalized once for two uses: its words (for matching) and its folded form (for identity). */
export interface AnalyzedText {
  readonly tokens: Token[]
  /** normalize(original): the whole folded text, punctuation and spacing included. */
  readonly normalized: string
}

export function analyze(original: string): AnalyzedText {
  const normalized = normalizeWithOffsets(original, true)
  return { tokens: tokensOf(normalized, 0, newSentenceState()), normalized: normalized.text }
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
  const sentences = newSentenceState()
  for (const [start, end] of piecesOf(original, pieceLength)) {
    if (normalized.length > 0) await pause()
    const piece = normalizeWithOffsets(original.slice(start, end), true)
    for (const token of tokensOf(piece, start, sentences)) tokens.push(token)
    normalized.push(piece.text)
  }
  return { tokens, normalized: normalized.join('') }
}
