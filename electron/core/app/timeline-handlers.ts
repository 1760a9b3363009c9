/** Contract handlers for the timeline: a view's pages, the sidebar's counts, and the analyst's triage. */
import type { Handlers } from '../contract/dispatch'
import type { ArticleSummary, TimelineCounts, ViewCount } from '../contract/types'
import { MarsadError } from '../errors/marsad-error'
import { firstIdStoredAt } from '../store/retention'
import type { Store } from '../store/store'
import type { TimelineCursor } from '../store/timeline-query'
import { toSummary, triageOf } from './article-views'
import { watchlistColors, watchlistNames, type CoreContext } from './context'
import { timelineView, type TimelineView } from './timeline-view'

type TimelineHandlers = Pick<Handlers, 'listArticles' | 'timelineCounts' | 'updateArticle' | 'markViewRead' | 'markLooked'>

/** Rows marked read per transaction by markViewRead: a short lock each, however large the view. */
const MARK_BATCH = 2_000

/** One page of a view as the contract gives it: cards with their hits, marks, triage and search highlights. */
export function viewPage(ctx: CoreContext, view: TimelineView, limit: number, cursor?: TimelineCursor): ArticleSummary[] {
  const { store } = ctx
  const rows = store.timeline.page({ filter: view.filter, sort: view.sort, limit, cursor, search: view.search?.parts })
  const ids = rows.map((r) => r.id)
  const cards = store.timeline.cards(ids, view.search !== undefined)
  const hits = store.hits.forArticles(ids)
  const marks = store.marks.forArticles(ids)
  const states = store.state.forArticles(ids)
  const keys = new Map(rows.map((r) => [r.id, r.key]))
  const names = watchlistNames(ctx)
  const colors = watchlistColors(ctx)
  return cards.map((a) =>
    toSummary(a, hits.get(a.id) ?? [], names, {
      colors,
      marks: marks.get(a.id) ?? [],
      state: states.get(a.id),
      sortKey: keys.get(a.id),
      search: view.search?.parts,
    }),
  )
}

function viewCount(counts: Readonly<Record<string, number>>, all: string, unread: string): ViewCount {
  return { all: counts[all] ?? 0, unread: counts[unread] ?? 0 }
}

/** When the analyst last looked at the timeline (ms since the epoch), for «new since the last look». */
const LAST_LOOK_KEY = 'timeline.last_look'

export function timelineHandlers(ctx: CoreContext): TimelineHandlers {
  const { store } = ctx
  const storedAt = (time: number) => firstIdStoredAt(store.db, time)
  return {
    markLooked: () => {
      const stored = Number(store.settings.get(LAST_LOOK_KEY))
      const previous = Number.isFinite(stored) && stored > 0 ? stored : null
      store.settings.set(LAST_LOOK_KEY, String(ctx.now()))
      return { previous, storedSince: previous === null ? 0 : store.timeline.storedSinceCount(storedAt(previous)) }
    },
    listArticles: (input) => {
      const view = timelineView(input, storedAt)
      const cursor = input.after ?? (input.before && { key: input.before.publishedAt, id: input.before.id })
      return viewPage(ctx, view, input.limit, cursor)
    },
    timelineCounts: (): TimelineCounts => {
      const counts = store.timeline.counts()
      const g = counts.global
      return {
        all: viewCount(g, 'all', 'unread'),
        flagged: viewCount(g, 'flagged', 'flagged_unread'),
        starred: g.starred ?? 0,
        dismissed: g.dismissed ?? 0,
        noted: g.noted ?? 0,
        watchlists: counts.watchlists,
        feeds: counts.feeds,
        searchBacklog: store.search.backlog(),
      }
    },
    updateArticle: ({ id, read, starred, dismissed, note }) => {
      const now = ctx.now()
      store.transaction(() => {
        if (read !== undefined) store.state.setRead(id, read, now)
        if (starred !== undefined) store.state.setStarred(id, starred, now)
        if (note !== undefined) store.state.setNote(id, note, now)
        if (dismissed !== undefined) setDismissed(store, id, dismissed, now)
      })
      const state = store.state.get(id)
      if (!state) throw new MarsadError({ code: 'article.not_found', id })
      return triageOf(state)
    },
    markViewRead: (input) => {
      const view = timelineView(input, storedAt)
      const unread = { ...view, filter: { ...view.filter, unread: true }, sort: 'time' as const }
      let marked = 0
      for (;;) {
        // Each batch is the view's unread articles that are left: the ones just marked are no longer in it.
        const changed = store.transaction(() => {
          const ids = store.timeline.page({ filter: unread.filter, sort: 'time', limit: MARK_BATCH, search: unread.search?.parts }).map((r) => r.id)
          return store.state.markRead(ids, ctx.now())
        })
        marked += changed
        if (changed < MARK_BATCH) return { marked }
      }
    },
  }
}

/**
 * Dismissing is the watchlists' "not relevant" mark, on every watchlist that flags the article
 * (its hits, dismissed or not); undoing it removes the article's "not relevant" marks.
 */
function setDismissed(store: Store, id: number, dismissed: boolean, now: number): void {
  if (dismissed) {
    for (const watchlistId of store.hits.watchlistsOf([id]).get(id) ?? []) store.marks.set(id, watchlistId, 'not_relevant', now)
    return
  }
  for (const mark of store.marks.forArticles([id]).get(id) ?? []) if (mark.verdict === 'not_relevant') store.marks.set(id, mark.watchlistId, null, now)
}
