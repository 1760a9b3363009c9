/** What `marsad match` answers: the watchlists a text would flag, and every hit with its exact slice. */
import { Matcher } from '../core/rules/matcher'
import type { WatchlistFile } from '../core/rules/types'
import { displaySafe } from '../core/text/controls'

export interface MatchResult {
  /** Every matched stretch: UTF-16 offsets into the text as given, and that slice. */
  readonly hits: readonly { readonly watchlist: string; readonly query: string; readonly field?: 'title'; readonly start: number; readonly end: number; readonly text: string }[]
  /** The watchlists that would flag the text, in watchlist order, with the score that got there. */
  readonly flagged: readonly { readonly watchlist: string; readonly name: string; readonly score: number; readonly threshold: number | null }[]
}

/** Matches `text` as an article body, with an optional title (hits in the title say field "title"). */
export function matchText(file: WatchlistFile, text: string, title = '', matcher = new Matcher(file)): MatchResult {
  const matched = matcher.match({ title, body: text })
  const byId = new Map(file.watchlists.map((w) => [w.id, w]))
  const article = { title, body: text }
  return {
    hits: matched
      .flatMap((hit) =>
        hit.spans.map((s) => ({
          watchlist: hit.watchlistId,
          query: s.query,
          ...(s.field === 'title' ? { field: 'title' as const } : {}),
          start: s.start,
          end: s.end,
          text: article[s.field].slice(s.start, s.end),
        })),
      )
      .sort((a, b) => (a.field === b.field ? a.start - b.start || a.end - b.end : a.field === 'title' ? -1 : 1)),
    flagged: matched.map((hit) => {
      const watchlist = byId.get(hit.watchlistId)
      return { watchlist: hit.watchlistId, name: watchlist?.name ?? hit.watchlistId, score: hit.score, threshold: watchlist?.threshold ?? null }
    }),
  }
}

/** One line for a person: «flagged by 2 watchlists: …» or «not flagged». */
export function describeVerdict(result: MatchResult): string {
  const hits = `${result.hits.length} hit${result.hits.length === 1 ? '' : 's'}`
  if (result.flagged.length === 0) return `not flagged by any watchlist (${hits})`
  const lists = result.flagged.map((f) => `${displaySafe(f.name)} [${f.watchlist}] score ${f.score}`).join('; ')
  return `flagged by ${result.flagged.length} watchlist${result.flagged.length === 1 ? '' : 's'}: ${lists} (${hits})`
}
