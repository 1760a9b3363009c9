/**
 * The watchlist file format (documented in the README):
 *   {"watchlists":[{"id":"ct","name":"…","terms":["إرهاب", "\"مكافحة الإرهاب\"", {"query":"…","weight":2}],
 *                   "exclude":["…"], "threshold":2, "notify":true}]}
 * Files are untrusted: every problem comes back as one readable line, and nothing is half-loaded.
 */
import { z } from 'zod'
import { MarsadError } from '../errors/marsad-error'
import { describeSchemaIssue, type SchemaIssue } from '../errors/schema-issue'
import { parseQuery, QueryError } from './query'
import type { Watchlist } from './types'

// Messages are problem codes (see WatchlistsInvalid): adapters word them.
const querySchema = z.string().trim().min(1, 'empty_term')

const termSchema = z.union([querySchema, z.object({ query: querySchema, weight: z.number().positive().max(100) }).strict()], {
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
  })
  .strict()

export const watchlistFileSchema = z
  .object({ watchlists: z.array(watchlistSchema) })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>()
    file.watchlists.forEach((w, i) => {
      if (seen.has(w.id)) ctx.addIssue({ code: 'custom', path: ['watchlists', i, 'id'], message: 'duplicate_id', params: { value: w.id } })
      seen.add(w.id)
    })
  })

/** A watchlist file refused: its detail is watchlists.invalid, watchlists.not_json or query.syntax (with the watchlist). */
export class WatchlistFileError extends MarsadError {}

/** Validates parsed JSON into watchlists, including every query's syntax. */
export function validateWatchlists(data: unknown): Watchlist[] {
  const parsed = watchlistFileSchema.safeParse(data)
  if (!parsed.success) throw new WatchlistFileError({ code: 'watchlists.invalid', ...describeSchemaIssue(parsed.error.issues[0] as SchemaIssue) })
  return parsed.data.watchlists.map((w) => {
    const terms = w.terms.map((t) => (typeof t === 'string' ? { query: t, weight: 1 } : t))
    for (const q of [...terms.map((t) => t.query), ...w.exclude]) checkQuery(w.id, q)
    return { ...w, terms }
  })
}

/** Parses and validates the text of a watchlist file. */
export function parseWatchlistFile(text: string): Watchlist[] {
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (err) {
    const message = (err as Error).message.replace(/\s*[\r\n\u2028\u2029]+\s*/gu, ' ')
    const position = /at position (\d+)/.exec(message)
    throw new WatchlistFileError({ code: 'watchlists.not_json', detail: message, ...(position ? { position: Number(position[1]) } : {}) })
  }
  return validateWatchlists(data)
}

function checkQuery(watchlistId: string, query: string): void {
  try {
    parseQuery(query)
  } catch (err) {
    if (err instanceof QueryError) throw new WatchlistFileError({ ...err.detail, watchlist: watchlistId })
    throw err
  }
}
