/**
 * The scopes negation.ts marks: a particle negates a few words; a denial or a rumour reports what
 * follows as denied. term-strength.ts weighs both at half, and lets only a denying headline govern
 * its body.
 */
import { describe, expect, it } from 'vitest'
import { DENIED, NEGATED, negatedTokens, SentenceNegation } from '../../../electron/core/text/negation'
import { tokenize } from '../../../electron/core/text/tokenize'

/** The scope of the first token whose normalized form starts with `word`. */
function scopeOf(text: string, word: string): number {
  const tokens = tokenize(text)
  const at = tokens.findIndex((t) => t.norm.startsWith(word))
  expect(at).toBeGreaterThanOrEqual(0)
  return negatedTokens(tokens)[at]
}

describe('negation scopes', () => {
  it.each([
    ['لم يتم اعتقال أحد من المتظاهرين', NEGATED],
    ['بلا مقاومة، الشرطة تنهي اعتقال زعيم العصابة', NEGATED],
    ['نفت الوزارة اعتقال أي صحفي', DENIED],
    ['لا صحة لما تداولته الحسابات عن اعتقال الناشط', DENIED],
    ['وتداولت حسابات شائعات عن اعتقال الفنان في المطار', DENIED],
    ['ناشط أردني يكذّب شائعة اعتقاله في المطار', DENIED],
    ['وفنّد المتحدث ما نشر من اعتقال ناشطين', DENIED],
    ['ويدحض البيان رواية اعتقال الصحفي', DENIED],
    ['أعلنت الشرطة اعتقال خمسة مشتبه بهم', 0],
  ])('%s', (text, scope) => {
    expect(scopeOf(text, 'اعتقال')).toBe(scope)
  })

  it('a rumour inside a particle\u2019s reach takes over the rest of it as denied', () => {
    expect(scopeOf('لم تنشر الصحف شائعات عن اعتقال الوزير', 'اعتقال')).toBe(DENIED)
  })
})

describe('SentenceNegation: the same scopes, a sentence at a time', () => {
  // Sentences whose cues read past their own end (a particle's next word, «لا صحة» before a full
  // stop, a list through أو), cut into sentences every way, asked in a scrambled order.
  const sentences = [
    'نفت الوزارة اعتقال أي صحفي',
    'لا صحة لما تداولته الحسابات عن اعتقال الناشط',
    'لم يتم اعتقال أحد',
    'لا توجد أي شبهة جنائية أو إرهابية',
    'أعلنت الشرطة اعتقال خمسة مشتبه بهم',
    'لا',
    'شائعات عن',
    'الهجرة غير الشرعية أو تهريب المخدرات',
  ]
  it('agrees with negatedTokens on every token of 300 random texts', () => {
    let seed = 7
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n)
    for (let round = 0; round < 300; round++) {
      const text = Array.from({ length: 1 + random(12) }, () => sentences[random(sentences.length)] + ['. ', '\n', '؛ ', ' '][random(4)]).join('')
      const tokens = tokenize(text)
      const whole = negatedTokens(tokens)
      const lazy = new SentenceNegation(tokens)
      const order = tokens.map((_, i) => i).sort(() => random(3) - 1)
      for (const i of order) expect([i, lazy.scopeAt(i)]).toEqual([i, whole[i]])
    }
  })
})
