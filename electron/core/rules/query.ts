/**
 * The watchlist query language: `word`, `"a phrase"`, `=exact`, `prefix*`, `a AND b` (or `a b`),
 * `a OR b`, `NOT a`, `a NEAR/n b`, parentheses. Words are normalized here, once, so matching
 * compares folded forms. Errors say where in the query they are: an analyst must fix the term,
 * not guess. Precedence, loosest first: OR, AND, NOT, NEAR.
 */
import { words } from '../text/tokenize'
import { lex, QueryError, type Lexeme, type WordMode } from './query-lexer'

export { QueryError, type WordMode } from './query-lexer'

export type QueryNode =
  | { readonly kind: 'phrase'; readonly words: readonly string[]; readonly mode: WordMode; readonly source: string }
  | { readonly kind: 'and'; readonly items: readonly QueryNode[] }
  | { readonly kind: 'or'; readonly items: readonly QueryNode[] }
  | { readonly kind: 'not'; readonly item: QueryNode }
  | { readonly kind: 'near'; readonly distance: number; readonly left: QueryNode; readonly right: QueryNode }

/**
 * Size limits, so a query that parses can always be built and evaluated (both recurse over the
 * tree): deeper or larger input is refused with its position, never a stack overflow. The longest
 * shipped query is ~3,000 characters with ~90 terms and depth 4, so these leave room for real
 * watchlists. Depth counts parentheses, NOTs and NEAR links together: a NEAR chain nests too.
 */
export const MAX_DEPTH = 64
export const MAX_QUERY_LENGTH = 10_000
export const MAX_TERMS_PER_QUERY = 500

/** Prefixes shorter than this would match half the language. */
const MIN_PREFIX_LENGTH = 2

class Parser {
  private at = 0
  private depth = 0
  private terms = 0
  constructor(
    private readonly query: string,
    private readonly lexemes: Lexeme[],
  ) {}

  parse(): QueryNode {
    if (this.lexemes.length === 0) throw new QueryError(this.query, 0, 'empty_query')
    const node = this.parseOr()
    const extra = this.lexemes[this.at]
    if (extra) throw new QueryError(this.query, extra.pos, extra.type === 'close' ? 'unbalanced_close' : 'unexpected_term')
    if (!hasPositiveTerm(node)) throw new QueryError(this.query, 0, 'needs_positive_term')
    return node
  }

  private peek(): Lexeme | undefined {
    return this.lexemes[this.at]
  }

  private parseOr(): QueryNode {
    const starts = [this.peek()?.pos ?? this.query.length]
    const items = [this.parseAnd()]
    while (this.peek()?.type === 'or') {
      this.at++
      starts.push(this.peek()?.pos ?? this.query.length)
      items.push(this.parseAnd())
    }
    if (items.length === 1) return items[0]
    // «a OR NOT b» would flag every article without b: each alternative needs a positive term.
    const negative = items.findIndex((item) => !hasPositiveTerm(item))
    if (negative >= 0) throw new QueryError(this.query, starts[negative], 'or_needs_positive_term')
    return { kind: 'or', items }
  }

  private parseAnd(): QueryNode {
    const items = [this.parseUnary()]
    for (let next = this.peek(); next && next.type !== 'or' && next.type !== 'close'; next = this.peek()) {
      if (next.type === 'and') this.at++
      items.push(this.parseUnary())
    }
    return items.length === 1 ? items[0] : { kind: 'and', items }
  }

  private parseUnary(): QueryNode {
    const lexeme = this.peek()
    if (lexeme?.type === 'not') {
      this.at++
      return { kind: 'not', item: this.nested(lexeme.pos, () => this.parseUnary()) }
    }
    return this.parseNear()
  }

  private parseNear(): QueryNode {
    const depthBefore = this.depth
    let left = this.parsePrimary()
    for (let op = this.peek(); op?.type === 'near'; op = this.peek()) {
      this.at++
      // Each link nests the chain so far one level deeper in the tree.
      if (++this.depth > MAX_DEPTH) throw new QueryError(this.query, op.pos, 'too_deep', { limit: MAX_DEPTH })
      if (this.peek()?.type === 'not') throw new QueryError(this.query, op.pos, 'near_operand_not')
      const right = this.parsePrimary()
      if (!hasPositiveTerm(left) || !hasPositiveTerm(right)) throw new QueryError(this.query, op.pos, 'near_needs_positive_term')
      left = { kind: 'near', distance: op.distance, left, right }
    }
    this.depth = depthBefore
    return left
  }

  private nested(pos: number, parse: () => QueryNode): QueryNode {
    if (++this.depth > MAX_DEPTH) throw new QueryError(this.query, pos, 'too_deep', { limit: MAX_DEPTH })
    const node = parse()
    this.depth--
    return node
  }

  private parsePrimary(): QueryNode {
    const lexeme = this.peek()
    if (!lexeme || lexeme.type === 'close') {
      // Nothing (or a closing parenthesis) where a term should be: blame the operator before it.
      const previous = this.lexemes[this.at - 1]
      if (previous && isOperator(previous)) {
        throw new QueryError(this.query, previous.pos, 'operator_without_term', { operator: operatorName(previous) })
      }
      if (!lexeme) throw new QueryError(this.query, this.query.length, 'missing_term')
      throw new QueryError(this.query, lexeme.pos, 'unbalanced_close')
    }
    this.at++
    if (lexeme.type === 'open') {
      const next = this.peek()
      if (!next) throw new QueryError(this.query, lexeme.pos, 'unbalanced_open')
      if (next.type === 'close') throw new QueryError(this.query, lexeme.pos, 'empty_parentheses')
      const inner = this.nested(lexeme.pos, () => this.parseOr())
      if (this.peek()?.type !== 'close') throw new QueryError(this.query, lexeme.pos, 'unbalanced_open')
      this.at++
      return inner
    }
    if (lexeme.type === 'word' || lexeme.type === 'phrase') return this.term(lexeme)
    throw new QueryError(this.query, lexeme.pos, 'operator_without_term', { operator: operatorName(lexeme) })
  }

  private term(lexeme: Extract<Lexeme, { type: 'word' | 'phrase' }>): QueryNode {
    if (++this.terms > MAX_TERMS_PER_QUERY) throw new QueryError(this.query, lexeme.pos, 'too_many_terms', { limit: MAX_TERMS_PER_QUERY })
    const normalized = words(lexeme.text)
    if (normalized.length === 0) throw new QueryError(this.query, lexeme.pos, 'no_letters')
    if (lexeme.mode === 'prefix') {
      if (normalized.length > 1) throw new QueryError(this.query, lexeme.pos, 'prefix_multiword')
      if (normalized[0].length < MIN_PREFIX_LENGTH) throw new QueryError(this.query, lexeme.pos, 'prefix_too_short', { limit: MIN_PREFIX_LENGTH })
    }
    const source = lexeme.type === 'phrase' ? lexeme.text : lexeme.mode === 'exact' ? `=${lexeme.text}` : lexeme.mode === 'prefix' ? `${lexeme.text}*` : lexeme.text
    return { kind: 'phrase', words: normalized, mode: lexeme.mode, source }
  }
}

function isOperator(lexeme: Lexeme): boolean {
  return lexeme.type === 'and' || lexeme.type === 'or' || lexeme.type === 'not' || lexeme.type === 'near'
}

function operatorName(lexeme: Lexeme): string {
  return lexeme.type === 'near' ? `NEAR/${lexeme.distance}` : lexeme.type.toUpperCase()
}

function hasPositiveTerm(node: QueryNode): boolean {
  switch (node.kind) {
    case 'phrase':
    case 'near':
      return true
    case 'not':
      return false
    default:
      return node.items.some(hasPositiveTerm)
  }
}

export function parseQuery(query: string): QueryNode {
  if (query.length > MAX_QUERY_LENGTH) throw new QueryError(query, MAX_QUERY_LENGTH, 'too_long', { limit: MAX_QUERY_LENGTH })
  return new Parser(query, lex(query)).parse()
}

/** Every phrase in a query, positive or negated, for indexing. */
export function phrasesOf(node: QueryNode): Extract<QueryNode, { kind: 'phrase' }>[] {
  switch (node.kind) {
    case 'phrase':
      return [node]
    case 'not':
      return phrasesOf(node.item)
    case 'near':
      return [...phrasesOf(node.left), ...phrasesOf(node.right)]
    default:
      return node.items.flatMap(phrasesOf)
  }
}
