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
 * part of normalization, and news text uses a few hundred distinct characters. Most units fold to
 * one unit (or none), kept in typed tables the loop reads without a call; the few that become
 * several (ligatures such as ﷺ) keep their string.
 */
const UNKNOWN = 0
/** Folds to the one unit in FOLDED_UNIT. */
const ONE_UNIT = 1
/** Dropped, and widens the letter before it (a haraka, tatweel). */
const DROPPED_MARK = 2
/** Dropped without widening anything (an invisible mark, or a character NFKC reduces to nothing). */
const DROPPED = 3
/** Folds to the string in FOLDED_STRING. */
const SEVERAL_UNITS = 4

const FOLD_KIND = new Uint8Array(0x10000)
const FOLDED_UNIT = new Uint16Array(0x10000)
const FOLDED_STRING = new Map<number, string>()

function learnUnit(code: number): number {
  const folded = foldCodePoint(String.fromCharCode(code))
  let kind: number
  if (folded.length === 1 && !isSurrogate(folded.charCodeAt(0))) {
    // Never a surrogate (a lone one, or a pair's half, takes the slow path): see decode.
    kind = ONE_UNIT
    FOLDED_UNIT[code] = folded.charCodeAt(0)
  } else if (folded === '') {
    kind = isDroppedMark(code) ? DROPPED_MARK : DROPPED
  } else {
    kind = SEVERAL_UNITS
    FOLDED_STRING.set(code, folded)
  }
  FOLD_KIND[code] = kind
  return kind
}

const isSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdfff
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff

/** Whether a surrogate pair starts at `index` (a high surrogate followed by a low one). */
function pairAt(original: string, index: number, code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff && isLowSurrogate(original.charCodeAt(index + 1))
}

/** `to`, holding `from` at its start. */
function grown<T extends Uint16Array | Int32Array>(from: T, to: T): T {
  to.set(from)
  return to
}

/** Decodes folded units without a surrogate among them: the fast way, a few times faster than fromCharCode. */
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true })

/** Units decoded per String.fromCharCode call: well under any engine's limit on arguments. */
const DECODE_CHUNK = 8192

/**
 * units[0, length) as a string. `surrogates`: some unit may be a surrogate. TextDecoder would turn
 * a lone one (kept by the folding, as it was in the original) into U+FFFD: those texts are decoded
 * by String.fromCharCode.
 */
function decode(units: Uint16Array, length: number, surrogates: boolean): string {
  if (!surrogates) return UTF16.decode(units.subarray(0, length))
  const chunks: string[] = []
  for (let at = 0; at < length; at += DECODE_CHUNK) {
    chunks.push(String.fromCharCode.apply(null, units.subarray(at, Math.min(at + DECODE_CHUNK, length)) as unknown as number[]))
  }
  return chunks.join('')
}

/**
 * `reuse`: the offsets may be written into arrays this module keeps for the next call with
 * `reuse`, which overwrites them; for a caller done with them before it normalizes again (the
 * tokenizer). Allocating (and zeroing) two arrays per text cost a fifth of normalizing it.
 */
export function normalizeWithOffsets(original: string, reuse = false): NormalizedText {
  // The folded text as UTF-16 units, decoded into a string once at the end: appending to a string
  // per character cost more than the folding itself. Locals, not an object's fields: this loop
  // is most of the tokenizer's time.
  const capacity = original.length + 8
  let units: Uint16Array = scratch.units.length >= capacity ? scratch.units : new Uint16Array(capacity)
  let starts: Int32Array = reuse && scratch.starts.length >= capacity ? scratch.starts : new Int32Array(capacity)
  let ends: Int32Array = reuse && scratch.ends.length >= capacity ? scratch.ends : new Int32Array(capacity)
  let length = 0
  // Whether a surrogate was written (see decode).
  let surrogates = false
  // How many units of the folded text the last kept character produced (0 before the first one).
  let lastCharUnits = 0
  for (let offset = 0; offset < original.length; ) {
    const code = original.charCodeAt(offset)
    let kind = FOLD_KIND[code]
    if (kind === UNKNOWN) kind = learnUnit(code)
    if (kind === ONE_UNIT) {
      if (length === units.length) [units, starts, ends] = grownAll(units, starts, ends, length + 1)
      units[length] = FOLDED_UNIT[code]
      starts[length] = offset
      ends[length] = offset + 1
      length++
      lastCharUnits = 1
      offset++
      continue
    }
    const width = pairAt(original, offset, code) ? 2 : 1
    if (kind === DROPPED_MARK) {
      // A dropped haraka or tatweel belongs to the letter before it: widen that letter's highlight
      // (through any invisible mark in between). Invisible marks alone (RLM, ZWJ, BOM…) don't
      // widen it: a highlight ends on what the analyst can see.
      for (let i = length - lastCharUnits; i < length; i++) ends[i] = offset + 1
    } else {
      // A ligature of several letters, an astral character (rare in news: folded each time) or a
      // lone surrogate (kept as it is: a SEVERAL_UNITS of one unit).
      const folded = width === 2 ? foldCodePoint(original.slice(offset, offset + 2)) : foldedString(code, kind)
      if (folded !== '') {
        if (length + folded.length > units.length) [units, starts, ends] = grownAll(units, starts, ends, length + folded.length)
        for (let i = 0; i < folded.length; i++, length++) {
          units[length] = folded.charCodeAt(i)
          if (isSurrogate(units[length])) surrogates = true
          starts[length] = offset
          ends[length] = offset + width
        }
        lastCharUnits = folded.length
      }
    }
    offset += width
  }
  const text = decode(units, length, surrogates)
  keep(units, reuse ? starts : scratch.starts, reuse ? ends : scratch.ends)
  return { text, origStart: starts, origEnd: ends }
}

/**
 * Arrays kept from one call to the next: the folded units (decoded before the call returns) and,
 * for callers that ask (normalizeWithOffsets' `reuse`), the offsets. None past MAX_KEPT units: a
 * long body's arrays are let go.
 */
const scratch: { units: Uint16Array; starts: Int32Array; ends: Int32Array } = {
  units: new Uint16Array(256),
  starts: new Int32Array(256),
  ends: new Int32Array(256),
}
const MAX_KEPT = 1 << 17

function keep(units: Uint16Array, starts: Int32Array, ends: Int32Array): void {
  if (units.length <= MAX_KEPT) scratch.units = units
  if (starts.length <= MAX_KEPT) scratch.starts = starts
  if (ends.length <= MAX_KEPT) scratch.ends = ends
}

/** What a BMP unit of a kind other than ONE_UNIT and DROPPED_MARK folds to. */
function foldedString(code: number, kind: number): string {
  return kind === SEVERAL_UNITS ? (FOLDED_STRING.get(code) as string) : ''
}

/** The three arrays, room made for `needed` units. */
function grownAll(units: Uint16Array, starts: Int32Array, ends: Int32Array, needed: number): [Uint16Array, Int32Array, Int32Array] {
  const capacity = Math.max(units.length * 2 + 16, needed)
  return [grown(units, new Uint16Array(capacity)), grown(starts, new Int32Array(capacity)), grown(ends, new Int32Array(capacity))]
}

/** Normalized text only, for terms and for lookups where offsets don't matter. */
export function normalize(original: string): string {
  // The offsets go to the arrays kept for reuse, unread: one folding loop to keep right, not two.
  return normalizeWithOffsets(original, true).text
}
