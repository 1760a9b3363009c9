/**
 * The watchlist file format (documented in the README):
 *   {"watchlists":[{"id":"ct","name":"…","terms":["إرهاب", "\"مكافحة الإرهاب\"", {"query":"…","weight":2}],
 *                   "exclude":["…"], "threshold":2, "notify":true}]}
 * Files are untrusted: every problem comes back as one readable line, and nothing is half-loaded.
 */
import { z } from 'zod'
import { parseQuery, QueryError } from './query'
import type { Watchlist } from './types'

const querySchema = z.string().trim().min(1, 'empty term')

const termSchema = z.union([querySchema, z.object({ query: querySchema, weight: z.number().positive().max(100) }).strict()], {
  error: 'a term is a query string or {"query": "…", "weight": number}',
})

const watchlistSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'id must be lowercase letters, digits, - or _'),
    name: z.string().trim().min(1, 'empty name').max(200),
    terms: z.array(termSchema).min(1, 'a watchlist needs at least one term').max(5000),
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
      if (seen.has(w.id)) ctx.addIssue({ code: 'custom', path: ['watchlists', i, 'id'], message: `duplicate id "${w.id}"` })
      seen.add(w.id)
    })
  })

export class WatchlistFileError extends Error {
  constructor(message: string) {
    // One line, always: V8's JSON errors quote the offending text, line breaks and all.
    super(message.replace(/\s*[\r\n\u2028\u2029]+\s*/gu, ' '))
    this.name = 'WatchlistFileError'
  }
}

/** Validates parsed JSON into watchlists, including every query's syntax. */
export function validateWatchlists(data: unknown): Watchlist[] {
  const parsed = watchlistFileSchema.safeParse(data)
  if (!parsed.success) {
    const { path, message } = describeIssue(parsed.error.issues[0])
    throw new WatchlistFileError(`invalid watchlists: ${path.join('.') || '(root)'}: ${message}`)
  }
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
    throw new WatchlistFileError(`watchlists file is not valid JSON: ${(err as Error).message}`)
  }
  return validateWatchlists(data)
}

interface Issue {
  readonly path: readonly PropertyKey[]
  readonly message: string
  readonly code?: string
  readonly errors?: readonly (readonly Issue[])[]
}

/**
 * The issue to report. A failed union (a term that is neither a string nor a valid object) says
 * only "invalid input"; when one alternative got further into the value (a weighted term with a
 * bad weight), its issue is the one that tells the analyst what to fix.
 */
function describeIssue(issue: Issue): { path: PropertyKey[]; message: string } {
  if (issue.code === 'invalid_union' && issue.errors) {
    const deepest = issue.errors.flat().reduce<Issue | undefined>((best, i) => (i.path.length > (best?.path.length ?? 0) ? i : best), undefined)
    if (deepest) {
      const inner = describeIssue(deepest)
      return { path: [...issue.path, ...inner.path], message: inner.message }
    }
  }
  return { path: [...issue.path], message: issue.message }
}

function checkQuery(watchlistId: string, query: string): void {
  try {
    parseQuery(query)
  } catch (err) {
    if (err instanceof QueryError) throw new WatchlistFileError(`watchlist "${watchlistId}": ${err.message}`)
    throw err
  }
}
