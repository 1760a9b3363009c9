/**
 * Arabic-aware normalization that remembers where every normalized character came from, so a
 * match on normalized text can be highlighted on the original text (diacritics, tatweel,
 * ligatures and all). Both watchlist terms and article text go through the same function.
 */

export interface NormalizedText {
  /** The folded text that matching runs on. */
  readonly text: string
  /**
   * For each UTF-16 unit of `text`: offset in the original string of the code point it came from.
   * The array may be longer than `text` (what lies past text.length means nothing): trimming it
   * made a typed array per call, which costs more than normalizing a headline.
   */
  readonly origStart: Int32Array
  /** For each UTF-16 unit of `text`: end offset (exclusive) in the original of that code point,
   *  extended over marks that were dropped right after it, so a highlight keeps its harakat.
   *  May be longer than `text`, as origStart. */
  readonly origEnd: Int32Array
}

const FOLD: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ێ': 'ي',
  'ة': 'ه', 'ۀ': 'ه', 'ہ': 'ه', 'ھ': 'ه',
  'ؤ': 'و',
  'ئ': 'ي',
  'ک': 'ك', 'ڪ': 'ك',
}

/** Harakat, Quranic annotation marks, superscript alef, tatweel: removed, never separators. */
function isDroppedMark(cp: number): boolean {
  return (
    (cp >= 0x064b && cp <= 0x065f) ||
    cp === 0x0670 ||
    (cp >= 0x06d6 && cp <= 0x06ed) ||
    (cp >= 0x0610 && cp <= 0x061a) ||
    cp === 0x0640 ||
    (cp >= 0xfe70 && cp <= 0xfe7f) || // isolated/medial presentation forms of harakat
    (cp >= 0xfc5e && cp <= 0xfc63) // shadda ligatures: NFKC makes them a space plus marks
  )
}

/** Zero-width joiners and direction marks: removed. (U+200B ZERO WIDTH SPACE is a word break, see foldCodePoint.) */
function isInvisible(cp: number): boolean {
  return (cp >= 0x200c && cp <= 0x200f) || cp === 0x061c || cp === 0xfeff || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)
}

function foldDigit(cp: number): string | undefined {
  if (cp >= 0x0660 && cp <= 0x0669) return String(cp - 0x0660) // Arabic-Indic
  if (cp >= 0x06f0 && cp <= 0x06f9) return String(cp - 0x06f0) // Eastern (Persian/Urdu)
  return undefined
}

/** Folds one code point to its normalized form ('' when it is dropped). */
export function foldCodePoint(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0
  // A zero-width space separates words (web text uses it as an invisible break): keep it a separator.
  if (cp === 0x200b) return ' '
  if (isDroppedMark(cp) || isInvisible(cp)) return ''
  const digit = foldDigit(cp)
  if (digit !== undefined) return digit
  let out = ''
  // NFKC per code point: presentation forms and lam-alef ligatures become plain letters.
  for (const part of ch.normalize('NFKC')) {
    const pcp = part.codePointAt(0) ?? 0
    if (isDroppedMark(pcp) || isInvisible(pcp)) continue
    out += FOLD[part] ?? foldDigit(pcp) ?? part.toLowerCase()
  }
  return out
}

/**
 * foldCodePoint() per BMP code unit, computed on first sight: NFKC per character is the costly
 * part of normalization, and news text uses a few hundred distinct characters.
 */
const foldCache: (string | undefined)[] = new Array(0x10000)

function foldUnit(code: number): string {
  let folded = foldCache[code]
  if (folded === undefined) {
    folded = foldCodePoint(String.fromCharCode(code))
    foldCache[code] = folded
  }
  return folded
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff

/** Code units taken by the character at `index`: 2 for a surrogate pair, else 1. */
function widthAt(original: string, index: number): number {
  return isHighSurrogate(original.charCodeAt(index)) && isLowSurrogate(original.charCodeAt(index + 1)) ? 2 : 1
}

/** The folded form of the character at `index`, `width` units wide. */
function foldAt(original: string, index: number, width: number): string {
  return width === 1 ? foldUnit(original.charCodeAt(index)) : foldCodePoint(original.slice(index, index + width))
}

export function normalizeWithOffsets(original: string): NormalizedText {
  let text = ''
  let starts: Int32Array = new Int32Array(original.length + 8)
  let ends: Int32Array = new Int32Array(original.length + 8)
  let length = 0
  // How many units of `text` the last kept character produced (0 before the first one).
  let lastCharUnits = 0
  for (let offset = 0; offset < original.length; ) {
    const width = widthAt(original, offset)
    const folded = foldAt(original, offset, width)
    const chEnd = offset + width
    if (folded === '') {
      // A dropped haraka or tatweel belongs to the letter before it: widen that letter's highlight
      // (through any invisible mark in between). Invisible marks alone (RLM, ZWJ, BOM…) don't
      // widen it: a highlight ends on what the analyst can see.
      if (lastCharUnits > 0 && isDroppedMark(original.charCodeAt(offset))) {
        for (let i = length - lastCharUnits; i < length; i++) ends[i] = chEnd
      }
    } else {
      if (length + folded.length > starts.length) [starts, ends] = [grow(starts), grow(ends)]
      for (let i = 0; i < folded.length; i++, length++) {
        starts[length] = offset
        ends[length] = chEnd
      }
      text += folded
      lastCharUnits = folded.length
    }
    offset = chEnd
  }
  return { text, origStart: starts, origEnd: ends }
}

function grow(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2 + 16)
  bigger.set(array)
  return bigger
}

/** Normalized text only, for terms and for lookups where offsets don't matter. */
export function normalize(original: string): string {
  let text = ''
  for (let offset = 0; offset < original.length; ) {
    const width = widthAt(original, offset)
    text += foldAt(original, offset, width)
    offset += width
  }
  return text
}
