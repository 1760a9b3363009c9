/** What the timeline shows: the analyst's filters, search and order, as the contract takes them. */
import type { OperationInput } from '../../electron/core/contract/operations'

export type ViewSort = 'time' | 'score' | 'relevance'

export interface TimelineViewState {
  readonly flaggedOnly: boolean
  readonly watchlistId: string | null
  readonly feedId: number | null
  readonly unread: boolean
  readonly starred: boolean
  readonly dismissed: boolean
  /** Only what was stored since this time (the last look), or null. */
  readonly storedSince: number | null
  /** As typed (trimmed); empty for no search. */
  readonly search: string
  readonly sort: ViewSort
}

export const DEFAULT_VIEW: TimelineViewState = {
  flaggedOnly: false,
  watchlistId: null,
  feedId: null,
  unread: false,
  starred: false,
  dismissed: false,
  storedSince: null,
  search: '',
  sort: 'time',
}

/** The contract's view fields (only those set). Best match first needs a search; without one it is newest first. */
export function viewInput(view: TimelineViewState): OperationInput<'markViewRead'> & { sort: ViewSort } {
  const search = view.search.trim()
  return {
    flaggedOnly: view.flaggedOnly,
    ...(view.watchlistId !== null ? { watchlistId: view.watchlistId } : {}),
    ...(view.feedId !== null ? { feedId: view.feedId } : {}),
    ...(view.unread ? { unread: true } : {}),
    ...(view.starred ? { starred: true } : {}),
    ...(view.dismissed ? { dismissed: true } : {}),
    ...(view.storedSince !== null ? { storedSince: view.storedSince } : {}),
    ...(search ? { search } : {}),
    sort: view.sort === 'relevance' && !search ? 'time' : view.sort,
  }
}

/** Whether the view leaves anything out (an empty timeline then says "nothing matches", not "nothing yet"). */
export function isNarrowed(view: TimelineViewState): boolean {
  return view.flaggedOnly || view.watchlistId !== null || view.feedId !== null || view.unread || view.starred || view.dismissed || view.storedSince !== null || view.search.trim() !== ''
}
