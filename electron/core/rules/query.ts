/**
 * The watchlist query language: `word`, `"a phrase"`, `=exact`, `prefix*`, `verb~`, `@set`, `@set{n}`,
 * `a AND b` (or `a b`), `a OR b`, `NOT a`, `a NEAR/n b`, `a SENT b` (same sentence), and the
 * scoped exclusions `a NOT NEAR/n b` / `a NOT SENT b` (the occurrences of a with no b close by),
 * parentheses. Words are normalized here, once, so matching compares folded forms. Errors say
 * where in the query they are: an analyst must fix the term, not guess. Precedence, loosest
 * first: OR, AND, NOT, NEAR (SENT and the scoped exclusions bind as NEAR does).
 */
import { tokenize } from '../text/tokenize'
import { lex, QueryError, type Lexeme, type Proximity, type WordMode } from './query-lexer'

export { QueryError, type Proximity, type WordMode } from './query-lexer'

export type QueryNode =
  /**
   * `hamzaLam[i]`: word i is written with a hamza on its first alef before a lam (ألماني، إلكتروني،
   * ألغام), so the ال it folds to is no article. Absent when no word is.
   */
  | { readonly kind: 'phrase'; readonly words: readonly string[]; readonly mode: WordMode; readonly source: string; readonly hamzaLam?: readonly boolean[] }
  | { readonly kind: 'and'; readonly items: readonly QueryNode[] }
  | { readonly kind: 'or'; readonly items: readonly QueryNode[] }
  | { readonly kind: 'not'; readonly item: QueryNode }
  /** `negated`: left's occurrences with no right close by (a NOT NEAR/n b); else both sides where they are close. */
  | { readonly kind: 'near'; readonly distance: Proximity; readonly negated: boolean; readonly left: QueryNode; readonly right: QueryNode }
  /** `@name`: the term set's OR of queries (`item`; `members` one by one), one node shared by every query that names it. */
  | { readonly kind: 'set'; readonly name: string; readonly item: QueryNode; readonly depth: number; readonly members: readonly QueryNode[] }
  /** `@name{n}`: where n different members (queries) of the set occur in one sentence, at n different places. */
  | { readonly kind: 'distinct'; readonly count: number; readonly set: Extract<QueryNode, { kind: 'set' }> }

/** Term sets a query may name, already parsed (see term-sets.ts). */
export type ResolvedSets = ReadonlyMap<string, Extract<QueryNode, { kind: 'set' }>>

const NO_SETS: ResolvedSets = new Map()

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
  /** The greatest depth reached, set references included (a set's own depth, for the queries that name it). */
  deepest = 0
  private terms = 0
  constructor(
    private readonly query: string,
    private readonly lexemes: Lexeme[],
    private readonly sets: ResolvedSets,
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
    for (;;) {
      // `a NOT NEAR/n b` and `a NOT SENT b` are one operator: NOT right before NEAR or SENT.
      const negated = this.peek()?.type === 'not' && this.lexemes[this.at + 1]?.type === 'near'
      const op = this.lexemes[this.at + (negated ? 1 : 0)]
      if (op?.type !== 'near') break
      this.at += negated ? 2 : 1
      // Each link nests the chain so far one level deeper in the tree.
      if (++this.depth > MAX_DEPTH) throw new QueryError(this.query, op.pos, 'too_deep', { limit: MAX_DEPTH })
      this.deepest = Math.max(this.deepest, this.depth)
      if (this.peek()?.type === 'not') throw new QueryError(this.query, op.pos, 'near_operand_not')
      const right = this.parsePrimary()
      if (!hasPositiveTerm(left) || !hasPositiveTerm(right)) throw new QueryError(this.query, op.pos, 'near_needs_positive_term')
      left = { kind: 'near', distance: op.distance, negated, left, right }
    }
    this.depth = depthBefore
    return left
  }

  private nested(pos: number, parse: () => QueryNode): QueryNode {
    if (++this.depth > MAX_DEPTH) throw new QueryError(this.query, pos, 'too_deep', { limit: MAX_DEPTH })
    this.deepest = Math.max(this.deepest, this.depth)
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
    if (lexeme.type === 'set') return this.setReference(lexeme)
    throw new QueryError(this.query, lexeme.pos, 'operator_without_term', { operator: operatorName(lexeme) })
  }

  /** A set counts as one term; its own depth adds to the query's (a set nests inside it). */
  private setReference(lexeme: Extract<Lexeme, { type: 'set' }>): QueryNode {
    const set = this.sets.get(lexeme.name)
    if (!set) throw new QueryError(this.query, lexeme.pos, 'unknown_set', { termSet: lexeme.name })
    if (++this.terms > MAX_TERMS_PER_QUERY) throw new QueryError(this.query, lexeme.pos, 'too_many_terms', { limit: MAX_TERMS_PER_QUERY })
    if (this.depth + set.depth > MAX_DEPTH) throw new QueryError(this.query, lexeme.pos, 'too_deep', { limit: MAX_DEPTH })
    this.deepest = Math.max(this.deepest, this.depth + set.depth)
    if (lexeme.distinct === undefined) return set
    // More different members than the set lists could never hold: say so rather than match nothing.
    if (lexeme.distinct > set.members.length) throw new QueryError(this.query, lexeme.pos + 1 + lexeme.name.length, 'distinct_over_members', { limit: set.members.length })
    return { kind: 'distinct', count: lexeme.distinct, set }
  }

  private term(lexeme: Extract<Lexeme, { type: 'word' | 'phrase' }>): QueryNode {
    if (++this.terms > MAX_TERMS_PER_QUERY) throw new QueryError(this.query, lexeme.pos, 'too_many_terms', { limit: MAX_TERMS_PER_QUERY })
    const tokens = tokenize(lexeme.text)
    const normalized = tokens.map((t) => t.norm)
    if (normalized.length === 0) throw new QueryError(this.query, lexeme.pos, 'no_letters')
    if (lexeme.mode === 'verb' && normalized.length > 1) throw new QueryError(this.query, lexeme.pos, 'verb_multiword')
    if (lexeme.mode === 'prefix') {
      if (normalized.length > 1) throw new QueryError(this.query, lexeme.pos, 'prefix_multiword')
      if (normalized[0].length < MIN_PREFIX_LENGTH) throw new QueryError(this.query, lexeme.pos, 'prefix_too_short', { limit: MIN_PREFIX_LENGTH })
    }
    const source = lexeme.type === 'phrase' ? lexeme.text : lexeme.mode === 'exact' ? `=${lexeme.text}` : lexeme.mode === 'prefix' ? `${lexeme.text}*` : lexeme.mode === 'verb' ? `${lexeme.text}~` : lexeme.text
    const hamzaLam = tokens.map((t) => HAMZA_LAM.test(lexeme.text.slice(t.start, t.end)))
    return { kind: 'phrase', words: normalized, mode: lexeme.mode, source, ...(hamzaLam.includes(true) ? { hamzaLam } : {}) }
  }
}

/** An alef with a hamza or madda (marks and tatweel aside), then a lam: no article, though it folds to one. */
const HAMZA_LAM = /^[\u0622\u0623\u0625\u0671][\u064B-\u065F\u0670\u0640]*\u0644/

function isOperator(lexeme: Lexeme): boolean {
  return lexeme.type === 'and' || lexeme.type === 'or' || lexeme.type === 'not' || lexeme.type === 'near'
}

function operatorName(lexeme: Lexeme): string {
  if (lexeme.type === 'near') return lexeme.distance === 'sentence' ? 'SENT' : `NEAR/${lexeme.distance}`
  return lexeme.type.toUpperCase()
}

function hasPositiveTerm(node: QueryNode): boolean {
  switch (node.kind) {
    case 'phrase':
    case 'near':
    case 'set':
    case 'distinct':
      return true
    case 'not':
      return false
    default:
      return node.items.some(hasPositiveTerm)
  }
}

export function parseQuery(query: string, sets: ResolvedSets = NO_SETS): QueryNode {
  return parseQueryWithDepth(query, sets).node
}

/** parseQuery, saying also how deep the query nests (term sets need it: see term-sets.ts). */
export function parseQueryWithDepth(query: string, sets: ResolvedSets = NO_SETS): { node: QueryNode; depth: number } {
  if (query.length > MAX_QUERY_LENGTH) throw new QueryError(query, MAX_QUERY_LENGTH, 'too_long', { limit: MAX_QUERY_LENGTH })
  const parser = new Parser(query, lex(query), sets)
  const node = parser.parse()
  return { node, depth: parser.deepest }
}

/**
 * Every phrase in a query, positive or negated, sets included, for indexing. Each set is walked
 * once however often it is named: sets naming sets twice over, level after level, would otherwise
 * list 2^depth phrases for a file of a few lines.
 */
export function phrasesOf(node: QueryNode, seenSets = new Set<QueryNode>()): Extract<QueryNode, { kind: 'phrase' }>[] {
  const out: Extract<QueryNode, { kind: 'phrase' }>[] = []
  const visit = (n: QueryNode): void => {
    switch (n.kind) {
      case 'phrase':
        out.push(n)
        return
      case 'not':
        return visit(n.item)
      case 'set':
        if (seenSets.has(n)) return
        seenSets.add(n)
        return visit(n.item)
      case 'distinct':
        return visit(n.set)
      case 'near':
        visit(n.left)
        return visit(n.right)
      default:
        for (const item of n.items) visit(item)
    }
  }
  visit(node)
  return out
}
