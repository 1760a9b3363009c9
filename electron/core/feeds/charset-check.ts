/**
 * Does a declared charset fit the bytes? Sites declare one thing and send another: a
 * windows-1256 feed behind a server-wide `charset=utf-8`, UTF-8 behind a default `ISO-8859-1`,
 * Arabic typed into a CMS that says `windows-1252`. Trusting the label stores ���� or ÇáÃãä
 * for good, so each declaration is checked against the bytes first, in one linear pass.
 */
import type { CharsetOverride } from '../errors/problems'

export type Verdict =
  | { readonly fits: true }
  /** `better`: the charset the bytes are in, when the check tells; else the chain goes on. */
  | { readonly fits: false; readonly reason: CharsetOverride; readonly better?: string }

export interface Utf8Census {
  /** Well-formed sequences of two to four bytes. */
  readonly multibyte: number
  /** Bytes that start or continue no well-formed sequence. */
  readonly invalid: number
}

/** Counts well-formed multibyte UTF-8 sequences and invalid bytes (RFC 3629's table). */
export function utf8Census(bytes: Uint8Array): Utf8Census {
  let multibyte = 0
  let invalid = 0
  const continuation = (at: number, low = 0x80, high = 0xbf): boolean => at < bytes.length && bytes[at] >= low && bytes[at] <= high
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]
    if (b < 0x80) {
      i++
      continue
    }
    let length = 0
    if (b >= 0xc2 && b <= 0xdf) length = continuation(i + 1) ? 2 : 0
    else if (b >= 0xe0 && b <= 0xef) {
      const [low, high] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : [0x80, 0xbf]
      length = continuation(i + 1, low, high) && continuation(i + 2) ? 3 : 0
    } else if (b >= 0xf0 && b <= 0xf4) {
      const [low, high] = b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf]
      length = continuation(i + 1, low, high) && continuation(i + 2) && continuation(i + 3) ? 4 : 0
    }
    if (length === 0) {
      invalid++
      i++
    } else {
      multibyte++
      i += length
    }
  }
  return { multibyte, invalid }
}

/**
 * UTF-8 that is mostly well-formed stays UTF-8 (one broken character should not turn a whole
 * feed into mojibake); bytes where invalid sequences outnumber good ones are something else.
 */
export const looksUtf8 = (census: Utf8Census): boolean => census.invalid === 0 || census.multibyte > census.invalid

/** Bytes 0x80–0xFF that windows-1256 maps to Arabic letters and marks (U+0600–U+06FF). */
const ARABIC_IN_1256: ReadonlySet<number> = (() => {
  const decoder = new TextDecoder('windows-1256')
  const set = new Set<number>()
  for (let byte = 0x80; byte <= 0xff; byte++) {
    const cp = decoder.decode(Uint8Array.of(byte)).codePointAt(0) ?? 0
    if (cp >= 0x0600 && cp <= 0x06ff) set.add(byte)
  }
  return set
})()

/**
 * Arabic written in windows-1256 under a Latin label: high bytes come in runs (words), nearly all
 * of them Arabic letters in 1256. Latin-1 text has its accented letters alone between ASCII ones.
 */
export function looksArabic1256(bytes: Uint8Array): boolean {
  let high = 0
  let arabic = 0
  let runs = 0
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]
    if (b < 0x80) continue
    high++
    if (ARABIC_IN_1256.has(b)) arabic++
    if (i === 0 || bytes[i - 1] < 0x80) runs++
  }
  return high >= 8 && arabic >= 0.9 * high && high >= 3 * runs
}

function decodesCleanly(bytes: Uint8Array, encoding: string): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes)
    return true
  } catch {
    return false
  }
}

/** How much of the start UTF-16 sniffing reads: enough markup to show the pattern, bounded work. */
const UTF16_PREFIX = 4096

/**
 * UTF-16 without a BOM shows itself by its NULs: XML markup is ASCII, and an ASCII character is
 * one NUL byte and one not, the NUL second in little-endian and first in big-endian. Counted over
 * the first 4 KB rather than read off byte 0, which a leading newline or space moves. ASCII-based
 * text (UTF-8, the single-byte charsets) holds no NULs at all, and a NUL-padded file has them on
 * both sides; Arabic (U+06xx) has none on either, so a mostly Arabic start needs only some markup.
 */
export function utf16Pattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const end = Math.min(bytes.length, UTF16_PREFIX) & ~1
  const units = end / 2
  if (units < 2) return undefined
  let even = 0
  let odd = 0
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) even++
    if (bytes[i + 1] === 0) odd++
  }
  // At least two, so a stray NUL in a few bytes of ASCII does not make them UTF-16.
  const enough = Math.max(2, units / 8)
  if (odd >= enough && even <= odd / 16) return 'utf-16le'
  if (even >= enough && odd <= even / 16) return 'utf-16be'
  return undefined
}

/** What the checks read off the bytes, each computed at most once per feed by the caller. */
export interface Sniffed {
  readonly census: () => Utf8Census
  readonly utf16: 'utf-16le' | 'utf-16be' | undefined
}

/** Whether `encoding` (a TextDecoder name, from a declaration) fits the bytes. */
export function checkDeclared(bytes: Uint8Array, encoding: string, sniffed: Sniffed): Verdict {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    return sniffed.utf16 === encoding ? { fits: true } : { fits: false, reason: 'invalid_bytes', better: sniffed.utf16 }
  }
  // NULs on one side of most characters: no ASCII-based charset puts NULs in text.
  if (sniffed.utf16) return { fits: false, reason: 'utf16_bytes', better: sniffed.utf16 }
  const utf8 = sniffed.census()
  if (encoding === 'utf-8') return looksUtf8(utf8) ? { fits: true } : { fits: false, reason: 'invalid_bytes' }
  // A single-byte label over UTF-8, even with a character cut mid-sequence (a CMS truncating by
  // bytes): read as labelled, every Arabic letter would be two characters of mojibake.
  if (looksUtf8(utf8) && utf8.multibyte > 0 && isSingleByte(encoding)) return { fits: false, reason: 'utf8_bytes', better: 'utf-8' }
  if (!decodesCleanly(bytes, encoding)) return { fits: false, reason: 'invalid_bytes' }
  if (encoding === 'windows-1252' && looksArabic1256(bytes)) return { fits: false, reason: 'arabic_bytes', better: 'windows-1256' }
  return { fits: true }
}

/** The legacy single-byte encodings (windows-125x, ISO-8859-x, KOI8, …): every byte one character. */
function isSingleByte(encoding: string): boolean {
  return /^(windows-12\d\d|iso-8859-\d+|koi8-[ru]|ibm866|macintosh|x-mac-cyrillic|windows-874)$/.test(encoding)
}
