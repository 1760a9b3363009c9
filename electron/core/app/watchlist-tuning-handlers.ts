/**
 * Contract handlers for tuning watchlists in the app: checking a query as it is typed, trying a
 * draft on a text, previewing what a draft would flag in the archive (and how it does on the
 * analyst's marks), and the marks themselves. Nothing here changes the watchlists in force: the
 * draft is built, used and dropped; only markArticle writes (the mark).
 */
import type { Handlers } from '../contract/dispatch'
import type { ValidatedInput } from '../contract/operations'
import { watchlistColor } from '../contract/palette'
import type { DraftWatchlistInfo } from '../contract/types'
import { MarsadError } from '../errors/marsad-error'
import { Matcher } from '../rules/matcher'
import { parseQuery, type QueryNode, type ResolvedSets } from '../rules/query'
import { QueryError, TERM_SET_NAME } from '../rules/query-lexer'
import { resolveTermSets } from '../rules/term-sets'
import type { TermSet, WatchlistFile } from '../rules/types'
import { validateWatchlistFile } from '../rules/watchlist-file'
import { yieldToEventLoop } from '../work/steps'
import type { CoreContext } from './context'
import { preview, PREVIEW_LIMIT, PreviewJobs } from './watchlist-preview'

type TuningHandlers = Pick<Handlers, 'checkQuery' | 'tryWatchlists' | 'previewWatchlists' | 'markArticle'>

export interface TuningOptions {
  /** Articles a preview matches at most (default PREVIEW_LIMIT; tests lower it). */
  readonly previewLimit?: number
  /** Awaited between articles and inside long ones (default: the event loop). */
  readonly pause?: () => Promise<void>
}

export function watchlistTuningHandlers(ctx: CoreContext, options: TuningOptions = {}): TuningHandlers {
  const pause = options.pause ?? yieldToEventLoop
  const previews = new PreviewJobs()
  return {
    checkQuery: ({ query, sets }) => checkQuery(query, sets ?? {}),
    tryWatchlists: async ({ file, title, text }) => {
      const { draft, matcher } = buildDraft(file)
      const result = await matcher.runAsync({ title, body: text }, pause)
      return { watchlists: draftInfos(draft), scores: result.scores, truncated: result.truncated }
    },
    previewWatchlists: async ({ file }, call) => {
      // Built (and a bad draft refused) before the one running is cancelled.
      const built = buildDraft(file)
      const job = previews.start(call.signal)
      try {
        return await preview(ctx, built, options.previewLimit ?? PREVIEW_LIMIT, pause, job.signal)
      } finally {
        job.done()
      }
    },
    markArticle: ({ articleId, watchlistId, verdict }) => {
      const { store } = ctx
      if (!store.articles.exists(articleId)) throw invalid('articleId')
      // A mark names a watchlist in force; removing one may name a watchlist since deleted.
      if (verdict !== null && !ctx.matcher().watchlists.some((w) => w.id === watchlistId)) throw invalid('watchlistId')
      store.marks.set(articleId, watchlistId, verdict, ctx.now())
      return { marks: store.marks.forArticles([articleId]).get(articleId) ?? [] }
    },
  }
}

function invalid(field: string): MarsadError {
  return new MarsadError({ code: 'input.invalid', operation: 'markArticle', field, problem: 'invalid_value' })
}

/** The draft validated as setWatchlists validates it (a bad one is refused with the problem and where), and built. */
function buildDraft(file: ValidatedInput<'previewWatchlists'>['file']): { draft: WatchlistFile; matcher: Matcher } {
  const draft = validateWatchlistFile(file)
  return { draft, matcher: new Matcher(draft) }
}

function draftInfos(draft: WatchlistFile): DraftWatchlistInfo[] {
  return draft.watchlists.map((w, i) => ({
    id: w.id,
    name: w.name,
    color: watchlistColor(w.color, i),
    enabled: w.enabled !== false,
    threshold: w.threshold ?? null,
  }))
}


// ---------------------------------------------------------------------------------------------
// checkQuery

/**
 * The query's first problem against the draft's sets. Sets still being written (a name not yet
 * valid, blank members) are taken as far as they go; when the sets themselves do not build, the
 * query is checked against stand-ins of the same names, so it is told its own problem, not a set's
 * (the editor checks each set's members on their own rows).
 */
function checkQuery(query: string, draftSets: Readonly<Record<string, readonly string[]>>): { problem?: QueryError['detail'] } {
  const sets: TermSet[] = Object.entries(draftSets)
    .filter(([name]) => TERM_SET_NAME.test(name))
    .map(([name, terms]) => ({ name, terms: terms.filter((t) => t.trim() !== '') }))
  let resolved: Map<string, Extract<QueryNode, { kind: 'set' }>>
  try {
    resolved = new Map(resolveTermSets(sets.filter((s) => s.terms.length > 0)))
  } catch (err) {
    if (!(err instanceof QueryError)) throw err
    resolved = new Map()
  }
  for (const s of sets) if (!resolved.has(s.name)) resolved.set(s.name, standIn(s.name))
  try {
    parseQuery(query, resolved as ResolvedSets)
    return {}
  } catch (err) {
    if (err instanceof QueryError) return { problem: err.detail }
    throw err
  }
}

const STAND_IN_ITEM = parseQuery('x')

function standIn(name: string): Extract<QueryNode, { kind: 'set' }> {
  return { kind: 'set', name, item: STAND_IN_ITEM, depth: 1, members: [STAND_IN_ITEM] }
}
