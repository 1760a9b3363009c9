/**
 * The scopes negation.ts marks: a particle negates a few words; a denial or a rumour reports what
 * follows as denied. term-strength.ts weighs both at half, and lets only a denying headline govern
 * its body.
 */
import { describe, expect, it } from 'vitest'
import { DENIED, NEGATED, negatedTokens } from '../../../electron/core/text/negation'
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
    ['أعلنت الشرطة اعتقال خمسة مشتبه بهم', 0],
  ])('%s', (text, scope) => {
    expect(scopeOf(text, 'اعتقال')).toBe(scope)
  })

  it('a rumour inside a particle\u2019s reach takes over the rest of it as denied', () => {
    expect(scopeOf('لم تنشر الصحف شائعات عن اعتقال الوزير', 'اعتقال')).toBe(DENIED)
  })
})
