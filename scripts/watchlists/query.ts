/**
 * The helpers the default watchlists (scripts/watchlists/) are written with. Each returns a query
 * of the watchlist query language (see the README) as text, or a term of a watchlist.
 */

/** A term set's entries by its name: what the file's "sets" holds. */
export type TermSets = Readonly<Record<string, readonly string[]>>

/** A watchlist's term: a query and the weight it adds when it matches. */
export interface Term {
  readonly query: string
  readonly weight: number
}

/** A watchlist as written here; build.ts adds `notify: true` to each. */
export interface WatchlistSource {
  readonly id: string
  readonly name: string
  readonly color: string
  readonly threshold: number
  readonly terms: readonly Term[]
}

/** The queries given, in brackets, any one of them: `(a OR b OR c)`. */
export function OR(...queries: readonly string[]): string {
  return '(' + queries.join(' OR ') + ')'
}

/** A quoted phrase: its words in a row, `"…"`. */
export function q(phrase: string): string {
  return `"${phrase}"`
}

/** One of a country's names as a query. */
export function word(w: string): string {
  return w.includes(' ') && !w.includes(' NEAR/') ? q(w) : w // a name of two words is a phrase; a query stays one
}

/** A country's names, each as word() writes it, joined by OR (no brackets: the caller adds them). */
export function member(words: readonly string[]): string {
  return words.map(word).join(' OR ')
}

/** A term of a watchlist: a query and its weight, 1 unless given. */
export function term(query: string, weight = 1): Term {
  return { query, weight }
}
