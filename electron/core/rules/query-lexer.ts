/**
 * Lexer of the watchlist query language: words (with =exact and prefix* forms), quoted phrases,
 * operators (AND OR NOT NEAR/n) and parentheses, each with its position for error messages.
 */
import { MarsadError } from '../errors/marsad-error'
import type { QueryProblem, QuerySyntax } from '../errors/problems'

/** A query refused, with where: its detail is a `query.syntax` error. */
export class QueryError extends MarsadError {
  declare readonly detail: QuerySyntax

  constructor(query: string, position: number, problem: QueryProblem, extra: { operator?: string; limit?: number; termSet?: string } = {}) {
    super({ code: 'query.syntax', query, position, problem, ...extra })
  }

  get query(): string {
    return this.detail.query
  }

  get position(): number {
    return this.detail.position
  }
}

/**
 * How a query word matches a token: affix-aware (default), =exact form (with its agreement
 * endings), prefix*, or verb~ (every person, tense and voice of a verb given in the perfect).
 */
export type WordMode = 'affix' | 'exact' | 'prefix' | 'verb'

/** How close NEAR wants its sides: at most n words apart, or in one sentence (SENT). */
export type Proximity = number | 'sentence'

export type Lexeme =
  | { type: 'word' | 'phrase'; text: string; mode: WordMode; pos: number }
  | { type: 'near'; distance: Proximity; pos: number }
  /** `@name`, or `@name{n}`: n different members of the set in one sentence. */
  | { type: 'set'; name: string; distinct?: number; pos: number }
  | { type: 'and' | 'or' | 'not' | 'open' | 'close'; pos: number }

/** A term set's name, as written after @ in a query and as a key of the file's "sets". */
export const TERM_SET_NAME = /^[a-z0-9][a-z0-9_-]{0,63}$/

/** `@name{n}` counts from 2 (one member is plain `@name`) to this: past it, a sentence is a list. */
export const MAX_DISTINCT = 9

/** NEAR/n distances allowed: beyond a paragraph, proximity means nothing. */
export const MAX_NEAR_DISTANCE = 50

const OPERATORS: Record<string, 'and' | 'or' | 'not'> = { AND: 'and', OR: 'or', NOT: 'not' }

/** A phrase opens with " “ ” (closed by any of them) or with « » (closed by « or »), as Arabic text quotes. */
const CLOSING_QUOTE: Record<string, RegExp> = { '"': /["“”]/u, '“': /["“”]/u, '”': /["“”]/u, '«': /[«»]/u, '»': /[«»]/u }


export function lex(query: string): Lexeme[] {
  const out: Lexeme[] = []
  let i = 0
  while (i < query.length) {
    const ch = query[i]
    if (/\s/u.test(ch)) {
      i++
    } else if (ch === '(' || ch === ')') {
      out.push({ type: ch === '(' ? 'open' : 'close', pos: i })
      i++
    } else if (CLOSING_QUOTE[ch] || (ch === '=' && CLOSING_QUOTE[query[i + 1]])) {
      i = lexPhrase(query, i, out)
    } else {
      const text = /^[^\s()"“”«»]+/u.exec(query.slice(i))?.[0] ?? ch
      out.push(wordOrOperator(query, text, i))
      i += text.length
    }
  }
  return out
}


/** A quoted phrase, optionally preceded by = (every word in its exact form). Returns the next index. */
function lexPhrase(query: string, start: number, out: Lexeme[]): number {
  const exact = query[start] === '='
  const open = exact ? start + 1 : start
  const close = query.slice(open + 1).search(CLOSING_QUOTE[query[open]])
  if (close < 0) throw new QueryError(query, open, 'unbalanced_quote')
  out.push({ type: 'phrase', text: query.slice(open + 1, open + 1 + close), mode: exact ? 'exact' : 'affix', pos: start })
  return open + close + 2
}

function wordOrOperator(query: string, text: string, pos: number): Lexeme {
  const op = OPERATORS[text]
  if (op) return { type: op, pos }
  if (text === 'SENT') return { type: 'near', distance: 'sentence', pos }
  if (/^NEAR\b/.test(text)) return { type: 'near', distance: nearDistance(query, text, pos), pos }
  if (text.startsWith('@')) return setReference(query, text, pos)
  if (text.length > 1 && text.endsWith('~')) {
    // A verb~ is a plain word: =verb~ or verb*~ would silently drop the = or the *.
    if (text.startsWith('=') || text.includes('*')) throw new QueryError(query, pos, 'verb_not_plain')
    return { type: 'word', text: text.slice(0, -1), mode: 'verb', pos }
  }
  if (text.startsWith('=')) {
    if (text.length === 1) throw new QueryError(query, pos, 'word_after_equals')
    return { type: 'word', text: text.slice(1), mode: 'exact', pos }
  }
  const star = text.indexOf('*')
  if (star >= 0 && star !== text.length - 1) throw new QueryError(query, pos + star, 'wildcard_not_at_end')
  if (star > 0) return { type: 'word', text: text.slice(0, -1), mode: 'prefix', pos }
  if (star === 0) throw new QueryError(query, pos, 'letters_before_star')
  return { type: 'word', text, mode: 'affix', pos }
}

/** `@name` or `@name{n}`. */
function setReference(query: string, text: string, pos: number): Lexeme {
  const brace = text.indexOf('{')
  const name = text.slice(1, brace < 0 ? undefined : brace)
  if (!TERM_SET_NAME.test(name)) throw new QueryError(query, pos, 'bad_set_name')
  if (brace < 0) return { type: 'set', name, pos }
  const count = /^\{(\d)\}$/.exec(text.slice(brace))
  const distinct = count ? Number(count[1]) : NaN
  if (!(distinct >= 2 && distinct <= MAX_DISTINCT)) throw new QueryError(query, pos + brace, 'distinct_count', { limit: MAX_DISTINCT })
  return { type: 'set', name, distinct, pos }
}

function nearDistance(query: string, text: string, pos: number): number {
  const match = /^NEAR\/(\d{1,3})$/.exec(text)
  const distance = match ? Number(match[1]) : NaN
  if (!(distance >= 1 && distance <= MAX_NEAR_DISTANCE)) {
    throw new QueryError(query, pos, 'near_distance', { limit: MAX_NEAR_DISTANCE })
  }
  return distance
}
