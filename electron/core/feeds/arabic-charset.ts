/**
 * windows-1256 or ISO-8859-6, for Arabic bytes that are not UTF-8 and declare nothing usable.
 * Both code pages put Arabic letters in 0xC1–0xFF but not at the same bytes: read as windows-1256,
 * ISO-8859-6's ـ ق ه و ى ي (0xE0, 0xE2, 0xE7–0xEA) are à â ç è é ê, so most words come out with
 * Latin letters inside; read as ISO-8859-6, windows-1256's ك, ى, ي and others are unassigned or
 * harakat. The reading with more Arabic letters and fewer Latin or unassigned ones wins.
 */

export type ArabicSingleByte = 'windows-1256' | 'iso-8859-6'

/** Bytes looked at: the start of a feed has dozens of words, and the count stays bounded. */
const SCAN_LIMIT = 256 * 1024

const ARABIC_LETTER = /[\u0621-\u063a\u0641-\u064a\u0671-\u06d3]/
const LATIN_LETTER = /\p{Script=Latin}/u

/** Per byte 0x80–0xFF: +1 an Arabic letter in `encoding`, −1 a Latin letter or unassigned, else 0. */
function byteScores(encoding: ArabicSingleByte): Int8Array {
  const decoder = new TextDecoder(encoding)
  const scores = new Int8Array(256)
  for (let byte = 0x80; byte <= 0xff; byte++) {
    const ch = decoder.decode(Uint8Array.of(byte))
    scores[byte] = ARABIC_LETTER.test(ch) ? 1 : LATIN_LETTER.test(ch) || ch === '\uFFFD' ? -1 : 0
  }
  return scores
}

const SCORES = { 'windows-1256': byteScores('windows-1256'), 'iso-8859-6': byteScores('iso-8859-6') }

/**
 * The Arabic code page the bytes read best in. Only bytes inside words of non-ASCII bytes count
 * (a run of two or more): windows-1256 keeps é è à for French, and an é alone in «sécurité» says
 * nothing about the Arabic around it. windows-1256 on a tie: it is the more common of the two.
 */
export function arabicSingleByte(bytes: Uint8Array): ArabicSingleByte {
  const end = Math.min(bytes.length, SCAN_LIMIT)
  let cp1256 = 0
  let iso = 0
  for (let i = 0; i < end; i++) {
    const b = bytes[i]
    if (b < 0x80) continue
    const inWord = (i > 0 && bytes[i - 1] >= 0x80) || (i + 1 < bytes.length && bytes[i + 1] >= 0x80)
    if (!inWord) continue
    cp1256 += SCORES['windows-1256'][b]
    iso += SCORES['iso-8859-6'][b]
  }
  return iso > cp1256 ? 'iso-8859-6' : 'windows-1256'
}
