/**
 * The tokenizer walks text by hand (word-chars.ts) where it once matched /[\p{L}\p{N}]+/gu: the
 * words must be the same, surrogate pairs, lone surrogates and marks included.
 */
import { describe, expect, it } from 'vitest'
import { tokenize } from '../../../electron/core/text/tokenize'
import { normalizeWithOffsets } from '../../../electron/core/text/normalize'

/** What the regular expression made of a text: each word and its offsets in the original. */
function regexWords(original: string): { norm: string; start: number; end: number }[] {
  const { text, origStart, origEnd } = normalizeWithOffsets(original)
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ norm: m[0], start: origStart[m.index], end: origEnd[m.index + m[0].length - 1] }))
}

/** Characters from every kind the tokenizer must tell apart. */
const ALPHABET = [
  ...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإةى', // Arabic letters (some folded)
  ...'0123456789٠١٢٣٤٥٦٧٨٩', // digits, Arabic-Indic too
  ...'abcXYZéß', // Latin
  ...' \n.,;:!?؟،؛«»()-"\'', // separators and punctuation
  '\u064e', '\u0651', '\u0640', // harakat and tatweel (dropped by normalization)
  '\u0301', // a combining mark that is kept: not a word character
  '\u00b2', '\u2163', // ² and Ⅳ: numbers (\p{N}) of other kinds
  '𝐀', '𝟙', '😀', '𠀀', // astral: letters (one folded to Latin, one kept), a digit, an emoji
  '\ud800', '\udc00', // lone surrogates
]

/** A deterministic pseudo-random text over ALPHABET. */
function randomText(seed: number, length: number): string {
  let state = seed
  let out = ''
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    out += ALPHABET[state % ALPHABET.length]
  }
  return out
}

describe('the tokenizer’s words', () => {
  it('are the runs of letters and digits, astral ones included', () => {
    // 𠀀 (U+20000) is a letter normalization keeps as it is: a surrogate pair in the folded text.
    expect(tokenize('رصد 𠀀𠀁 و😀ب ² 12٣').map((t) => t.norm)).toEqual(['رصد', '𠀀𠀁', 'و', 'ب', '2', '123'])
  })

  it('split at a lone surrogate and at a kept combining mark', () => {
    expect(tokenize('اب\ud800جد e\u0301f').map((t) => t.norm)).toEqual(['اب', 'جد', 'e', 'f'])
  })

  it('are those the regular expression found, on 500 random texts', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const text = randomText(seed, 80)
      expect(tokenize(text).map(({ norm, start, end }) => ({ norm, start, end })), text).toEqual(regexWords(text))
    }
  })
})
