import { describe, expect, it } from 'vitest'
import { parseQuery, phrasesOf, QueryError, type QueryNode } from '../../../electron/core/rules/query'

/** A compact rendering of a parsed query: phrases as their normalized words. */
function show(node: QueryNode): string {
  switch (node.kind) {
    case 'phrase': {
      const text = node.words.length === 1 ? node.words[0] : `"${node.words.join(' ')}"`
      return node.mode === 'exact' ? `=${text}` : node.mode === 'prefix' ? `${text}*` : node.mode === 'verb' ? `${text}~` : text
    }
    case 'near':
      return `(${show(node.left)} ${node.negated ? '!' : ''}~${node.distance === 'sentence' ? 'S' : node.distance} ${show(node.right)})`
    case 'set':
      return `@${node.name}`
    case 'distinct':
      return `@${node.set.name}{${node.count}}`
    case 'not':
      return `NOT ${show(node.item)}`
    case 'and':
      return `(${node.items.map(show).join(' & ')})`
    case 'or':
      return `(${node.items.map(show).join(' | ')})`
  }
}

function errorOf(query: string): QueryError {
  try {
    parseQuery(query)
  } catch (err) {
    if (err instanceof QueryError) return err
    throw err
  }
  throw new Error(`expected «${query}» to be refused`)
}

describe('parseQuery: valid queries', () => {
  it.each([
    ['إرهاب', 'ارهاب'],
    ['"ورشة عمل"', '"ورشه عمل"'],
    ['“ورشة عمل”', '"ورشه عمل"'],
    ['«ورشة عمل»', '"ورشه عمل"'],
    ['داعش AND هجوم', '(داعش & هجوم)'],
    ['داعش هجوم', '(داعش & هجوم)'],
    ['داعش OR القاعدة', '(داعش | القاعده)'],
    ['ورشة OR ندوة AND إرهاب', '(ورشه | (ندوه & ارهاب))'],
    ['(ورشة OR ندوة) AND إرهاب', '((ورشه | ندوه) & ارهاب)'],
    ['مؤتمر AND NOT "مؤتمر صحفي"', '(موتمر & NOT "موتمر صحفي")'],
    ['مؤتمر NOT NOT صحفي', '(موتمر & NOT NOT صحفي)'],
    ['al-Qaeda', '"al qaeda"'],
    ['ISIS', 'isis'],
    ['  الإرْهَاب  ', 'الارهاب'],
    ['and or not', '(and & or & not)'], // operators are upper case; lower case are words
  ])('%s parses as %s', (query, expected) => {
    expect(show(parseQuery(query))).toBe(expected)
  })

  it('keeps the phrase as the analyst wrote it', () => {
    const node = parseQuery('"ورشة عمل"')
    expect(node.kind === 'phrase' && node.source).toBe('ورشة عمل')
  })

  it('lists every phrase, negated ones included, for indexing', () => {
    expect(phrasesOf(parseQuery('(a OR "b c") AND NOT d')).map((p) => p.words.join(' '))).toEqual(['a', 'b c', 'd'])
  })
})

describe('parseQuery: bad queries give a QueryError with the position', () => {
  it.each([
    ['unbalanced quote', '"ورشة عمل', 0, /unbalanced quote/],
    ['unbalanced quote after a word', 'داعش "ورشة', 5, /unbalanced quote/],
    ['unbalanced guillemet', 'داعش «ورشة', 5, /unbalanced quote/],
    ['unclosed parenthesis', '(داعش OR القاعدة', 0, /unbalanced \(/],
    ['unclosed inner parenthesis', '((داعش) OR القاعدة', 0, /unbalanced \(/],
    ['lone open parenthesis', 'داعش (', 5, /unbalanced \(/],
    ['extra close parenthesis', 'داعش)', 4, /unbalanced \)/],
    ['extra close after a group', '(داعش))', 6, /unbalanced \)/],
    ['lone close parenthesis', ')', 0, /unbalanced \)/],
    ['empty parentheses', 'داعش AND ()', 9, /empty parentheses/],
    ['lone NOT', 'NOT', 0, /NOT without a term/],
    ['lone OR', 'OR', 0, /OR without a term/],
    ['lone AND', 'AND', 0, /AND without a term/],
    ['OR at the start', 'OR داعش', 0, /OR without a term/],
    ['OR at the end', 'داعش OR', 5, /OR without a term/],
    ['AND at the end', 'داعش AND', 5, /AND without a term/],
    ['NOT at the end', 'داعش NOT', 5, /NOT without a term/],
    ['two ORs', 'داعش OR OR القاعدة', 8, /OR without a term/],
    ['OR right before a parenthesis closes', '(داعش OR)', 6, /OR without a term/],
    ['NOT right before a parenthesis closes', 'داعش (NOT)', 6, /NOT without a term/],
    ['only a negation', 'NOT داعش', 0, /not negated/],
    ['a negated OR alternative', 'داعش OR NOT هجوم', 8, /OR alternative/],
    ['empty query', '', 0, /empty query/],
    ['blank query', '   ', 0, /empty query/],
    ['punctuation-only term', '!!!', 0, /no letters or digits/],
    ['Arabic punctuation-only term', 'داعش AND ،؛', 9, /no letters or digits/],
    ['harakat-only term', 'ـَـُ', 0, /no letters or digits/],
    ['empty phrase', 'داعش ""', 5, /no letters or digits/],
  ])('%s: «%s» at %i', (_label, query, position, reason) => {
    const err = errorOf(query)
    expect(err.position).toBe(position)
    expect(err.message).toMatch(reason)
    expect(err.message).toContain(`at position ${position}`)
    expect(err.query).toBe(query)
  })

  it('refuses absurd nesting with a QueryError, not a stack overflow', () => {
    expect(errorOf(`${'('.repeat(4_000)}داعش${')'.repeat(4_000)}`).message).toMatch(/nested too deeply/)
    expect(errorOf(`داعش AND ${'NOT '.repeat(2_000)}هجوم`).message).toMatch(/nested too deeply/)
    expect(errorOf(Array.from({ length: 66 }, () => 'داعش').join(' NEAR/2 ')).message).toMatch(/nested too deeply/)
    // Longer than any real query: refused before it is even read.
    expect(errorOf(`${'('.repeat(10_000)}داعش${')'.repeat(10_000)}`).message).toMatch(/too long \(at most 10000 characters\)/)
    expect(show(parseQuery(`${'('.repeat(20)}داعش${')'.repeat(20)}`))).toBe('داعش')
  })

  it('keeps the message on one line and short, whatever the query', () => {
    const err = errorOf(`"داعش\nOR ${'x '.repeat(500)}`)
    expect(err.message).not.toMatch(/[\r\n]/)
    expect(err.message.length).toBeLessThan(300)
  })

  it('never throws anything but a QueryError on random input', () => {
    const pieces = ['داعش', 'ورشة', 'AND', 'OR', 'NOT', '(', ')', '"', '«', '»', '“', ' ', '!', '،', 'ـ', 'َ', 'x', '\n']
    let seed = 42
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    let refused = 0
    for (let i = 0; i < 3000; i++) {
      let query = ''
      for (let j = random(12); j >= 0; j--) query += pieces[random(pieces.length)]
      try {
        parseQuery(query)
      } catch (err) {
        expect(err).toBeInstanceOf(QueryError)
        const { position } = err as QueryError
        expect(position).toBeGreaterThanOrEqual(0)
        expect(position).toBeLessThanOrEqual(query.length)
        refused++
      }
    }
    expect(refused).toBeGreaterThan(100) // the generator does produce bad queries
    expect(refused).toBeLessThan(3000) // and good ones
  })
})
