/**
 * The watchlist query language (first slice): words, "quoted phrases", AND (or plain adjacency),
 * OR, NOT and parentheses. Words are normalized here, once, so matching compares folded forms.
 * Errors say where in the query they are, because an analyst must fix the term, not guess.
 */
import { words } from '../text/tokenize'

export type QueryNode =
  | { readonly kind: 'phrase'; readonly words: readonly string[]; readonly source: string }
  | { readonly kind: 'and'; readonly items: readonly QueryNode[] }
  | { readonly kind: 'or'; readonly items: readonly QueryNode[] }
  | { readonly kind: 'not'; readonly item: QueryNode }

export class QueryError extends Error {
  constructor(
    readonly query: string,
    readonly position: number,
    reason: string,
  ) {
    super(`${reason} at position ${position} in query «${query}»`)
    this.name = 'QueryError'
  }
}

type Lexeme =
  | { type: 'word' | 'phrase'; text: string; pos: number }
  | { type: 'and' | 'or' | 'not' | 'open' | 'close'; pos: number }

const OPERATORS: Record<string, 'and' | 'or' | 'not'> = { AND: 'and', OR: 'or', NOT: 'not' }

function lex(query: string): Lexeme[] {
  const out: Lexeme[] = []
  let i = 0
  while (i < query.length) {
    const ch = query[i]
    if (/\s/u.test(ch)) {
      i++
    } else if (ch === '(' || ch === ')') {
      out.push({ type: ch === '(' ? 'open' : 'close', pos: i })
      i++
    } else if (ch === '"' || ch === '“' || ch === '”') {
      const close = query.slice(i + 1).search(/["“”]/u)
      if (close < 0) throw new QueryError(query, i, 'unbalanced quote')
      out.push({ type: 'phrase', text: query.slice(i + 1, i + 1 + close), pos: i })
      i += close + 2
    } else {
      const rest = query.slice(i)
      const text = /^[^\s()"“”]+/u.exec(rest)?.[0] ?? ch
      const op = OPERATORS[text]
      out.push(op ? { type: op, pos: i } : { type: 'word', text, pos: i })
      i += text.length
    }
  }
  return out
}

class Parser {
  private at = 0
  constructor(
    private readonly query: string,
    private readonly lexemes: Lexeme[],
  ) {}

  parse(): QueryNode {
    if (this.lexemes.length === 0) throw new QueryError(this.query, 0, 'empty query')
    const node = this.parseOr()
    const extra = this.lexemes[this.at]
    if (extra) throw new QueryError(this.query, extra.pos, extra.type === 'close' ? 'unbalanced )' : 'unexpected term')
    if (!hasPositiveTerm(node)) throw new QueryError(this.query, 0, 'a query needs a term that is not negated')
    return node
  }

  private peek(): Lexeme | undefined {
    return this.lexemes[this.at]
  }

  private parseOr(): QueryNode {
    const items = [this.parseAnd()]
    while (this.peek()?.type === 'or') {
      this.at++
      items.push(this.parseAnd())
    }
    return items.length === 1 ? items[0] : { kind: 'or', items }
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
      return { kind: 'not', item: this.parseUnary() }
    }
    return this.parsePrimary()
  }

  private parsePrimary(): QueryNode {
    const lexeme = this.peek()
    if (!lexeme) throw new QueryError(this.query, this.query.length, 'missing term')
    this.at++
    if (lexeme.type === 'open') {
      const inner = this.parseOr()
      if (this.peek()?.type !== 'close') throw new QueryError(this.query, lexeme.pos, 'unbalanced (')
      this.at++
      return inner
    }
    if (lexeme.type === 'word' || lexeme.type === 'phrase') {
      const normalized = words(lexeme.text)
      if (normalized.length === 0) throw new QueryError(this.query, lexeme.pos, 'term has no letters or digits')
      return { kind: 'phrase', words: normalized, source: lexeme.text }
    }
    throw new QueryError(this.query, lexeme.pos, `operator ${lexeme.type.toUpperCase()} without a term`)
  }
}

function hasPositiveTerm(node: QueryNode): boolean {
  switch (node.kind) {
    case 'phrase':
      return true
    case 'not':
      return false
    default:
      return node.items.some(hasPositiveTerm)
  }
}

export function parseQuery(query: string): QueryNode {
  return new Parser(query, lex(query)).parse()
}

/** Every phrase in a query, positive or negated, for indexing. */
export function phrasesOf(node: QueryNode): Extract<QueryNode, { kind: 'phrase' }>[] {
  switch (node.kind) {
    case 'phrase':
      return [node]
    case 'not':
      return phrasesOf(node.item)
    default:
      return node.items.flatMap(phrasesOf)
  }
}
