/** =exact, prefix* and NEAR/n: parsing, errors with positions, and what they match. */
import { describe, expect, it } from 'vitest'
import { Matcher } from '../../../electron/core/rules/matcher'
import { parseQuery, QueryError } from '../../../electron/core/rules/query'

function matched(query: string, text: string): string[] {
  const m = new Matcher([{ id: 'w', name: 'w', terms: [{ query, weight: 1 }], exclude: [], notify: false }])
  return (m.match({ title: '', body: text })[0]?.spans ?? []).map((s) => text.slice(s.start, s.end))
}

function errorAt(query: string): [number, string] {
  try {
    parseQuery(query)
  } catch (err) {
    if (err instanceof QueryError) return [err.position, err.message]
    throw err
  }
  throw new Error(`no error for ${query}`)
}

describe('=exact', () => {
  it('matches only the form as written, after normalization', () => {
    expect(matched('=الإرهاب', 'الارهاب والإرهابيين وللإرهاب')).toEqual(['الارهاب'])
    expect(matched('إرهاب', 'الارهاب والإرهابيين وللإرهاب')).toHaveLength(3)
  })

  it('applies to every word of an =“quoted phrase”', () => {
    expect(matched('="ورشة عمل"', 'ورشة عمل وورشات العمل')).toEqual(['ورشة عمل'])
  })
})

describe('prefix*', () => {
  it('matches any continuation, with clitics in front', () => {
    expect(matched('استخبار*', 'الاستخبارات والاستخباراتية واستخباري')).toEqual(['الاستخبارات', 'والاستخباراتية', 'واستخباري'])
  })

  it('does not match a shorter word', () => {
    expect(matched('استخبار*', 'خبر استخبر')).toEqual([])
  })
})

describe('NEAR/n', () => {
  const text = 'أعلنت الشرطة توقيف خلية تابعة لتنظيم داعش في الموصل'
  it('matches terms with at most n words between them, in either order, highlighting the left side (the right is context)', () => {
    expect(matched('توقيف NEAR/3 داعش', text)).toEqual(['توقيف'])
    expect(matched('داعش NEAR/3 توقيف', text)).toEqual(['داعش'])
  })

  it('does not match terms further apart', () => {
    expect(matched('توقيف NEAR/2 داعش', text)).toEqual([])
    expect(matched('الشرطة NEAR/5 الموصل', text)).toEqual([])
  })

  it('works with phrases and parenthesized alternatives', () => {
    expect(matched('"توقيف خلية" NEAR/3 (القاعدة OR داعش)', text)).toEqual(['توقيف خلية'])
  })

  it('does not pair a title word with a body word', () => {
    const m = new Matcher([{ id: 'w', name: 'w', terms: [{ query: 'توقيف NEAR/5 داعش', weight: 1 }], exclude: [], notify: false }])
    expect(m.match({ title: 'توقيف', body: 'داعش' })).toEqual([])
  })

  it('binds tighter than AND', () => {
    const node = parseQuery('a NEAR/2 b AND c')
    expect(node.kind === 'and' && node.items.map((n) => n.kind)).toEqual(['near', 'phrase'])
  })
})

describe('operator errors point at the operator', () => {
  it.each([
    ['إرهاب NEAR داعش', 6, /NEAR needs a distance/],
    ['إرهاب NEAR/0 داعش', 6, /NEAR needs a distance/],
    ['إرهاب NEAR/99 داعش', 6, /NEAR needs a distance/],
    ['إرهاب NEAR/3', 6, /NEAR\/3 without a term/],
    ['إرهاب NEAR/3 NOT داعش', 6, /not NOT/],
    ['ار*هاب', 2, /may only end a word/],
    ['* داعش', 0, /letters before/],
    ['ا*', 0, /at least 2 letters/],
    ['= داعش', 0, /after =/],
    ['="ورشة عمل', 1, /unbalanced quote/],
  ])('%s → position %i', (query, position, message) => {
    const [at, text] = errorAt(query)
    expect(at).toBe(position)
    expect(text).toMatch(message)
  })
})
