/**
 * Term sets: named lists of queries (`"sets": {"armed-groups": ["داعش", "\"تنظيم الدولة\"", …]}`)
 * that any query names as `@armed-groups`, so an alias is added once for every watchlist. A set is
 * the OR of its queries, parsed once into one node that every query naming it shares (the matcher
 * evaluates it once per article). Sets may name other sets, in any order, but never themselves.
 */
import { parseQueryWithDepth, QueryError, type QueryNode, type ResolvedSets } from './query'
import { lex } from './query-lexer'
import type { TermSet } from './types'

type SetNode = Extract<QueryNode, { kind: 'set' }>

/** Parses every set (each query checked, errors naming the set); throws QueryError. */
export function resolveTermSets(sets: readonly TermSet[]): ResolvedSets {
  const byName = new Map(sets.map((s) => [s.name, s]))
  const resolved = new Map<string, SetNode>()
  const inProgress = new Set<string>()

  const resolve = (set: TermSet): SetNode => {
    const done = resolved.get(set.name)
    if (done) return done
    inProgress.add(set.name)
    // Resolve what this set names first (in its own order), so its queries parse against them.
    for (const query of set.terms) {
      for (const name of namedSets(query)) {
        if (resolved.has(name)) continue
        const named = byName.get(name)
        if (!named) throw new QueryError(query, positionOf(query, name), 'unknown_set', { termSet: name })
        if (inProgress.has(name)) throw new QueryError(query, positionOf(query, name), 'set_cycle', { termSet: name })
        resolve(named)
      }
    }
    const items: QueryNode[] = []
    let depth = 0
    for (const query of set.terms) {
      try {
        const parsed = parseQueryWithDepth(query, resolved)
        items.push(parsed.node)
        depth = Math.max(depth, parsed.depth)
      } catch (err) {
        throw err instanceof QueryError ? withSet(err, set.name) : err
      }
    }
    inProgress.delete(set.name)
    // One level for the set itself: a reference nests its OR inside the query that names it.
    const node: SetNode = { kind: 'set', name: set.name, item: items.length === 1 ? items[0] : { kind: 'or', items }, depth: depth + 1, members: items }
    resolved.set(set.name, node)
    return node
  }

  for (const set of sets) resolve(set)
  return resolved
}

/** The sets a query names (lexing only; a query that does not lex names none and fails later, with its position). */
function namedSets(query: string): string[] {
  try {
    return lex(query).flatMap((l) => (l.type === 'set' ? [l.name] : []))
  } catch {
    return []
  }
}

/** Where `@name` is written in the query (not a longer name it starts: @ab in «@abc @ab»). */
function positionOf(query: string, name: string): number {
  const match = new RegExp(`@${name}(?![a-z0-9_-])`, 'u').exec(query)
  return match?.index ?? 0
}

/** The error said as the set's (unknown_set and set_cycle already name the set they are about). */
function withSet(err: QueryError, setName: string): QueryError {
  if (err.detail.termSet !== undefined) return err
  const { query, position, problem, operator, limit } = err.detail
  return new QueryError(query, position, problem, { operator, limit, termSet: setName })
}
