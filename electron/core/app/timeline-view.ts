/**
 * A contract view (filters, sort, search as typed) read into what the store answers: the store's
 * filter and the search's parsed parts. A search that is no search is refused with its reason.
 */
import type { ValidatedInput } from '../contract/operations'
import { MarsadError } from '../errors/marsad-error'
import { MAX_SEARCH_WORDS, parseSearch, type SearchPart } from '../search/query'
import type { TimelineFilter, TimelineSort } from '../store/timeline-query'

export type ViewInput = ValidatedInput<'markViewRead'> & { readonly sort?: TimelineSort }

/** The first article id stored at or after a time (the store's own lookup, passed in: this module stays pure). */
export type FirstIdStoredAt = (time: number) => number

export interface TimelineView {
  readonly filter: TimelineFilter
  readonly sort: TimelineSort
  readonly search?: { readonly parts: readonly SearchPart[] }
}

export function timelineView(input: ViewInput, firstIdStoredAt: FirstIdStoredAt): TimelineView {
  const filter: TimelineFilter = {
    flagged: input.flaggedOnly || undefined,
    watchlistId: input.watchlistId,
    feedId: input.feedId,
    unread: input.unread,
    starred: input.starred,
    dismissed: input.dismissed,
    noted: input.noted,
    since: input.since,
    until: input.until,
    storedFrom: input.storedSince === undefined ? undefined : firstIdStoredAt(input.storedSince),
  }
  const typed = input.search?.trim()
  if (!typed) return { filter, sort: input.sort === 'relevance' ? 'time' : (input.sort ?? 'time') }
  const parsed = parseSearch(typed)
  if (!parsed.ok) {
    throw new MarsadError({ code: 'search.invalid', problem: parsed.problem, ...(parsed.problem === 'too_many_words' ? { limit: MAX_SEARCH_WORDS } : {}) })
  }
  return { filter, sort: input.sort ?? 'time', search: { parts: parsed.parts } }
}
