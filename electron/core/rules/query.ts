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
    super(`${reason} at position ${position} in query «${shown(query)}»`)
    this.name = 'QueryError'
  }
}

/** The query as an error message shows it: on one line, and not megabytes long. */
function shown(query: string): string {
  const oneLine = query.replace(/[\r\n\t\v\f\u2028\u2029]/gu, ' ')
  return oneLine.length > 120 ? `${oneLine.slice(0, 120)}…` : oneLine
}

type Lexeme =
  | { type: 'word' | 'phrase'; text: string; pos: number }
  | { type: 'and' | 'or' | 'not' | 'open' | 'close'; pos: number }

const OPERATORS: Record<string, 'and' | 'or' | 'not'> = { AND: 'and', OR: 'or', NOT: 'not' }

/** A phrase opens with " “ ” (closed by any of them) or with « » (closed by « or »), as Arabic text quotes. */
const CLOSING_QUOTE: Record<string, RegExp> = { '"': /["“”]/u, '“': /["“”]/u, '”': /["“”]/u, '«': /[«»]/u, '»': /[«»]/u }

/** Nesting of parentheses and NOTs a query may have: deeper input is refused, not a stack overflow. */
const MAX_DEPTH = 64

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
    } else if (CLOSING_QUOTE[ch]) {
      const close = query.slice(i + 1).search(CLOSING_QUOTE[ch])
      if (close < 0) throw new QueryError(query, i, 'unbalanced quote')
      out.push({ type: 'phrase', text: query.slice(i + 1, i + 1 + close), pos: i })
      i += close + 2
    } else {
      const rest = query.slice(i)
      const text = /^[^\s()"“”«»]+/u.exec(rest)?.[0] ?? ch
      const op = OPERATORS[text]
      out.push(op ? { type: op, pos: i } : { type: 'word', text, pos: i })
      i += text.length
    }
  }
  return out
}

class Parser {
  private at = 0
  private depth = 0
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
    if (negative >= 0) throw new QueryError(this.query, starts[negative], 'an OR alternative needs a term that is not negated')
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
    return this.parsePrimary()
  }

  private nested(pos: number, parse: () => QueryNode): QueryNode {
    if (++this.depth > MAX_DEPTH) throw new QueryError(this.query, pos, 'query is nested too deeply')
    const node = parse()
    this.depth--
    return node
  }

  private parsePrimary(): QueryNode {
    const lexeme = this.peek()
    if (!lexeme || lexeme.type === 'close') {
      // Nothing (or a closing parenthesis) where a term should be: blame the operator before it.
      const previous = this.lexemes[this.at - 1]
      if (previous && (previous.type === 'and' || previous.type === 'or' || previous.type === 'not')) {
        throw new QueryError(this.query, previous.pos, `operator ${previous.type.toUpperCase()} without a term`)
      }
      if (!lexeme) throw new QueryError(this.query, this.query.length, 'missing term')
      throw new QueryError(this.query, lexeme.pos, 'unbalanced )')
    }
    this.at++
    if (lexeme.type === 'open') {
      const next = this.peek()
      if (!next) throw new QueryError(this.query, lexeme.pos, 'unbalanced (')
      if (next.type === 'close') throw new QueryError(this.query, lexeme.pos, 'empty parentheses')
      const inner = this.nested(lexeme.pos, () => this.parseOr())
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
