/**
 * The watchlist file format (documented in the README):
 *   {"sets": {"armed-groups": ["داعش", "\"تنظيم الدولة\""]},
 *    "watchlists":[{"id":"ct","name":"…","terms":["إرهاب", "@armed-groups", {"query":"فيلم","weight":-2}],
 *                   "exclude":["…"], "threshold":2, "notify":true, "enabled":true, "color":"#b91c1c"}]}
 * Files are untrusted: every problem comes back as one readable line, and nothing is half-loaded.
 */
import { z } from 'zod'
import { MarsadError } from '../errors/marsad-error'
import { describeSchemaIssue, type SchemaIssue } from '../errors/schema-issue'
import { parseQuery, QueryError, type ResolvedSets } from './query'
import { TERM_SET_NAME } from './query-lexer'
import { resolveTermSets } from './term-sets'
import type { TermSet, Watchlist, WatchlistFile } from './types'

// Messages are problem codes (see WatchlistsInvalid): adapters word them.
const querySchema = z.string().trim().min(1, 'empty_term')

/** A weight from -100 to 100, never 0 (a term that adds nothing is a mistake worth saying). */
const weightSchema = z.number().min(-100).max(100).refine((w) => w !== 0, 'zero_weight')

const termSchema = z.union([querySchema, z.object({ query: querySchema, weight: weightSchema }).strict()], {
  error: 'bad_term',
})

const watchlistSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'bad_id'),
    name: z.string().trim().min(1, 'empty_name').max(200),
    terms: z.array(termSchema).min(1, 'no_terms').max(5000),
    exclude: z.array(querySchema).max(1000).default([]),
    threshold: z.number().positive().optional(),
    notify: z.boolean().default(true),
    enabled: z.boolean().default(true),
    color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'bad_color').optional(),
  })
  .strict()

const setsSchema = z
  .record(z.string().regex(TERM_SET_NAME, 'bad_set_name'), z.array(querySchema).min(1, 'no_terms').max(5000))
  .default({})

/**
 * Limits on a whole set. Every command that matches builds the set first (about 45 µs a phrase
 * here: the shipped 96 terms, 18,600 characters of queries, build in 70 ms), so a file within the
 * per-watchlist limits could still make each later command take minutes and gigabytes (500 lists
 * of 5,000 terms: 160 s and 3.2 GB). These leave room for ten times the shipped set and more.
 */
export const SET_LIMITS = { watchlists: 200, termSets: 500, queries: 5_000, queryCharacters: 500_000 } as const

/** Characters a watchlist file may have (see parseWatchlistFile). */
export const MAX_FILE_CHARACTERS = 10 * SET_LIMITS.queryCharacters + 5_000_000

export const watchlistFileSchema = z
  .object({
    sets: setsSchema.refine((sets) => Object.keys(sets).length <= SET_LIMITS.termSets, { message: 'too_big', params: { limit: SET_LIMITS.termSets } }),
    watchlists: z.array(watchlistSchema).max(SET_LIMITS.watchlists),
  })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>()
    // The sets' queries count toward the set's size as the watchlists' do.
    let queries = 0
    let characters = 0
    for (const terms of Object.values(file.sets)) {
      queries += terms.length
      for (const q of terms) characters += q.length
    }
    file.watchlists.forEach((w, i) => {
      if (seen.has(w.id)) ctx.addIssue({ code: 'custom', path: ['watchlists', i, 'id'], message: 'duplicate_id', params: { value: w.id } })
      seen.add(w.id)
      const before = { queries, characters }
      for (const q of [...w.terms, ...w.exclude]) {
        queries++
        characters += typeof q === 'string' ? q.length : q.query.length
      }
      // Said once, at the watchlist where the set goes over: that is where the analyst looks.
      if (queries > SET_LIMITS.queries && before.queries <= SET_LIMITS.queries) {
        ctx.addIssue({ code: 'custom', path: ['watchlists', i], message: 'set_too_many_queries', params: { limit: SET_LIMITS.queries } })
      }
      if (characters > SET_LIMITS.queryCharacters && before.characters <= SET_LIMITS.queryCharacters) {
        ctx.addIssue({ code: 'custom', path: ['watchlists', i], message: 'set_too_large', params: { limit: SET_LIMITS.queryCharacters } })
      }
    })
  })

/** A watchlist file refused: its detail is watchlists.invalid, watchlists.not_json or query.syntax (with the watchlist). */
export class WatchlistFileError extends MarsadError {}

/** Validates parsed JSON into term sets and watchlists, including every query's syntax. */
export function validateWatchlistFile(data: unknown): WatchlistFile {
  const parsed = watchlistFileSchema.safeParse(data)
  if (!parsed.success) throw new WatchlistFileError({ code: 'watchlists.invalid', ...describeSchemaIssue(parsed.error.issues[0] as SchemaIssue) })
  const sets: TermSet[] = Object.entries(parsed.data.sets).map(([name, terms]) => ({ name, terms }))
  let resolved: ResolvedSets
  try {
    resolved = resolveTermSets(sets)
  } catch (err) {
    if (err instanceof QueryError) throw new WatchlistFileError({ ...err.detail })
    throw err
  }
  const watchlists = parsed.data.watchlists.map((w) => {
    const terms = w.terms.map((t) => (typeof t === 'string' ? { query: t, weight: 1 } : t))
    for (const q of [...terms.map((t) => t.query), ...w.exclude]) checkQuery(w.id, q, resolved)
    return { ...w, terms }
  })
  return { sets, watchlists }
}

/** Parses and validates the text of a watchlist file. */
export function parseWatchlistFile(text: string): WatchlistFile {
  // Checked before JSON.parse: a 300 MB file would cost its size in memory several times over only
  // to be refused by the set limits. Ten times what the largest set the limits allow takes as JSON.
  if (text.length > MAX_FILE_CHARACTERS) {
    throw new WatchlistFileError({ code: 'watchlists.invalid', path: '', problem: 'text_too_large', limit: MAX_FILE_CHARACTERS })
  }
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (err) {
    const message = (err as Error).message.replace(/\s*[\r\n\u2028\u2029]+\s*/gu, ' ')
    const position = /at position (\d+)/.exec(message)
    throw new WatchlistFileError({ code: 'watchlists.not_json', detail: message, ...(position ? { position: Number(position[1]) } : {}) })
  }
  return validateWatchlistFile(data)
}

/** The file's JSON form (what `watchlists export` writes and `setWatchlists` takes). */
export function watchlistFileJson(file: WatchlistFile): { sets: Record<string, string[]>; watchlists: Watchlist[] } {
  return { sets: Object.fromEntries(file.sets.map((s) => [s.name, [...s.terms]])), watchlists: [...file.watchlists] }
}

function checkQuery(watchlistId: string, query: string, sets: ResolvedSets): void {
  try {
    parseQuery(query, sets)
  } catch (err) {
    if (err instanceof QueryError) throw new WatchlistFileError({ ...err.detail, watchlist: watchlistId })
    throw err
  }
}
