/**
 * Which characters make up words: letters and digits (`\p{L}` and `\p{N}`), as the tokenizer's
 * regular expression once said. Looked up per UTF-16 unit from a table that fills in as characters
 * are first met, so the tokenizer walks its text by hand instead of building a match object per word.
 */

const NOT_WORD = 1
export const LETTER = 2
const DIGIT = 3

const IS_LETTER = /^\p{L}$/u
const IS_DIGIT = /^\p{N}$/u

/** By BMP unit: 0 not yet known, else NOT_WORD, LETTER or DIGIT. */
const BMP = new Uint8Array(0x10000)

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp)
  return IS_LETTER.test(ch) ? LETTER : IS_DIGIT.test(ch) ? DIGIT : NOT_WORD
}

/** NOT_WORD, LETTER or DIGIT for a code point (a lone surrogate is no word character). */
export function charClass(cp: number): number {
  if (cp < 0x10000) {
    let known = BMP[cp]
    if (known === 0) BMP[cp] = known = cp >= 0xd800 && cp <= 0xdfff ? NOT_WORD : classify(cp)
    return known
  }
  // Astral code points (math letters, historic scripts, emoji) are rare in news and a million of
  // them exist: classified each time, not remembered (a text of every one would leave 29 MB).
  return classify(cp)
}

/**
 * The class of a BMP code unit that is not a high surrogate (a low one alone is NOT_WORD): one
 * table read once the unit is known, for loops that ask it of every unit (the tokenizer's).
 */
export function unitClass(unit: number): number {
  const known = BMP[unit]
  return known === 0 ? charClass(unit) : known
}

/**
 * The UTF-16 length of the word character at `at` (2 for an astral letter's surrogate pair), or 0
 * when the character there is not part of a word. BMP units, nearly all of a text, are one table
 * read (unitClass): the tokenizer calls this for every unit of every text.
 */
export function wordCharWidth(text: string, at: number): number {
  const unit = text.charCodeAt(at)
  if (unit < 0xd800 || unit > 0xdbff) return unitClass(unit) === NOT_WORD ? 0 : 1
  const cp = text.codePointAt(at) ?? unit
  if (cp === unit) return 0 // a high surrogate without its pair
  return charClass(cp) === NOT_WORD ? 0 : 2
}
