import { describe, expect, it } from 'vitest'
import { normalize, normalizeWithOffsets } from '../../../electron/core/text/normalize'
import { tokenize, words } from '../../../electron/core/text/tokenize'

/** The original text of every token, as the UI would highlight it. */
function highlighted(text: string): string[] {
  return tokenize(text).map((t) => text.slice(t.start, t.end))
}

describe('normalize: folding', () => {
  it.each([
    ['alef with hamza above', 'أمن', 'امن'],
    ['alef with hamza below', 'إرهاب', 'ارهاب'],
    ['alef with madda', 'آمن', 'امن'],
    ['alef wasla', 'ٱلأمن', 'الامن'],
    ['alef maksura', 'مستشفى', 'مستشفي'],
    ['teh marbuta', 'الخلية', 'الخليه'],
    ['waw with hamza', 'مسؤول', 'مسوول'],
    ['yeh with hamza', 'هيئة', 'هييه'],
    ['Persian keheh and yeh', 'کی', 'كي'],
    ['Persian yeh inside a word', 'ایران', 'ايران'],
    ['Arabic-Indic digits', '٠١٢٣٤٥٦٧٨٩', '0123456789'],
    ['Eastern Arabic-Indic digits', '۰۱۲۳۴۵۶۷۸۹', '0123456789'],
    ['fatha, sukun, damma', 'الإرْهَابُ', 'الارهاب'],
    ['shadda and tanween', 'مُخَطَّطٌ', 'مخطط'],
    ['superscript alef', 'هٰذا', 'هذا'],
    ['tatweel', 'الإرهـــاب', 'الارهاب'],
    ['zero width joiner', 'دا\u200dعش', 'داعش'],
    ['zero width non-joiner', 'می\u200cخواهم', 'ميخواهم'],
    ['right-to-left and left-to-right marks', '\u200fداعش\u200e', 'داعش'],
    ['Arabic letter mark and byte order mark', '\ufeffدا\u061cعش', 'داعش'],
    ['lam-alef ligature (NFKC)', '\ufefb', 'لا'],
    ['lam-alef with hamza ligature', '\ufef7', 'لا'],
    ['presentation forms (NFKC)', '\ufea9\ufe8d\ufecb\ufeb6', 'داعش'],
    ['presentation forms of harakat', 'ب\ufe77ت\ufe70', 'بت'],
    ['Latin is lower-cased', 'ISIS', 'isis'],
  ])('%s: %s → %s', (_label, input, expected) => {
    expect(normalize(input)).toBe(expected)
  })

  // Lucene's TestArabicNormalizationFilter: every published case applies here.
  it.each([
    ['آجن', 'اجن'],
    ['أحمد', 'احمد'],
    ['إعاذ', 'اعاذ'],
    ['بنى', 'بني'],
    ['فاطمة', 'فاطمه'],
    ['روبرـــــت', 'روبرت'],
    ['مَبنا', 'مبنا'],
    ['علِي', 'علي'],
    ['بُوات', 'بوات'],
    ['ولداً', 'ولدا'],
    ['ولدٍ', 'ولد'],
    ['ولدٌ', 'ولد'],
    ['نلْسون', 'نلسون'],
    ['هتميّ', 'هتمي'],
    ['', ''],
  ])('Lucene ArabicNormalizer case %s → %s', (input, expected) => {
    expect(normalize(input)).toBe(expected)
  })

  it('normalize and normalizeWithOffsets agree', () => {
    const text = 'ﻻجئون في الإرْهَـــابِ ١٢٣ ISIS\u200f 😀 ک'
    expect(normalizeWithOffsets(text).text).toBe(normalize(text))
  })

  it('a zero width space separates words instead of gluing them', () => {
    expect(words('داعش\u200bيتبنى')).toEqual(['داعش', 'يتبني'])
  })

  it('punctuation, quotes and emoji separate words', () => {
    expect(words('«داعش»، “القاعدة”؛ 😀ورشة.عمل')).toEqual(['داعش', 'القاعده', 'ورشه', 'عمل'])
  })
})

describe('tokenize: offsets into the original text', () => {
  it('keeps the harakat of a word in its highlight', () => {
    const text = 'قال: الإرْهَابُ خطرٌ'
    expect(highlighted(text)).toEqual(['قال', 'الإرْهَابُ', 'خطرٌ'])
    expect(tokenize(text)[1].norm).toBe('الارهاب')
  })

  it('keeps tatweel inside and at the end of a word', () => {
    expect(highlighted('الإرهـــاب والأمـنـ')).toEqual(['الإرهـــاب', 'والأمـنـ'])
  })

  it('does not extend a highlight over a trailing direction mark', () => {
    expect(highlighted('داعش\u200f، ثم')).toEqual(['داعش', 'ثم'])
  })

  it('extends a highlight over a haraka that follows an invisible mark', () => {
    expect(highlighted('مخطط\u200dٌ ثم')).toEqual(['مخطط\u200dٌ', 'ثم'])
  })

  it('does not start a highlight on a leading direction mark', () => {
    expect(highlighted('\u200fداعش')).toEqual(['داعش'])
  })

  it('counts surrogate pairs before a word as two UTF-16 units', () => {
    const text = '😀😀 الإرهاب 𝐀𝐁 داعش'
    const tokens = tokenize(text)
    expect(tokens.map((t) => t.norm)).toEqual(['الارهاب', 'ab', 'داعش'])
    expect(tokens[0].start).toBe(5)
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['الإرهاب', '𝐀𝐁', 'داعش'])
  })

  it('maps a ligature back to the single character it came from', () => {
    const text = 'عودة ﻻجئين'
    const [, token] = tokenize(text)
    expect(token.norm).toBe('لاجيين')
    expect(text.slice(token.start, token.end)).toBe('ﻻجئين')
  })

  it('maps Arabic-Indic digits back to themselves', () => {
    const text = 'اعتقال ١٢ شخصاً'
    expect(highlighted(text)).toEqual(['اعتقال', '١٢', 'شخصاً'])
    expect(tokenize(text)[1].norm).toBe('12')
  })

  it('every token of a messy text maps back to an original slice that normalizes to it', () => {
    const text =
      '\ufeffورشةُ عمـــلٍ “دبلوماسيّة” امنية\u200f في بيروت ٢٠١٥ — ﻻ تهاون مع الإرهاب 😀 لـ«داعش» ﺩﺍﻋﺶ ک ISIS\u200b\u200dواخواتها'
    const tokens = tokenize(text)
    expect(tokens.length).toBeGreaterThan(10)
    for (const token of tokens) {
      const slice = text.slice(token.start, token.end)
      expect(normalize(slice)).toBe(token.norm)
      expect(/^[\s\u200b-\u200f\ufeff]|[\s\u200b-\u200f\ufeff]$/u.test(slice)).toBe(false)
    }
  })

  it('never splits a surrogate pair', () => {
    const text = '𝐀لإرهاب😀'
    const { text: folded, origStart, origEnd } = normalizeWithOffsets(text)
    for (let i = 0; i < folded.length; i++) {
      for (const offset of [origStart[i], origEnd[i]]) {
        const unit = text.charCodeAt(offset)
        expect(unit >= 0xdc00 && unit <= 0xdfff).toBe(false) // never the low half of a pair
      }
    }
  })
})
