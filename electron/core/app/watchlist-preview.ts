/**
 * "In history": what a draft set of watchlists would flag among the stored articles (the newest
 * PREVIEW_LIMIT), newly flag and unflag beside what is stored now, with samples; and how it does on
 * the analyst's marks. Reads only. One preview at a time (PreviewJobs), stopping at its pauses.
 */
import type {
  FeedbackFigures,
  FeedbackMiss,
  PreviewArticle,
  PreviewCancelled,
  PreviewCounts,
  WatchlistPreview,
  WatchlistsPreview,
} from '../contract/types'
import { watchlistColor } from '../contract/palette'
import type { Matcher } from '../rules/matcher'
import type { WatchlistFile } from '../rules/types'
import type { MatchableStoredArticle } from '../store/articles-table'
import type { StoredMark } from '../store/marks-table'
import type { CoreContext } from './context'

/** Articles "in history" matches at most: the newest ones past it (about a minute of matching at the shipped set's speed). */
export const PREVIEW_LIMIT = 20_000
/** Newly flagged and unflagged articles named per watchlist (and in total). */
export const PREVIEW_SAMPLE = 10
/** Marked articles the draft gets wrong that a preview names. */
export const FEEDBACK_MISSES = 50
/** Articles read from the database at a time while previewing. */
const PREVIEW_BATCH = 200

/**
 * At most one preview at a time, as RescanJobs keeps one rescan: a new one cancels the one
 * running (an analyst who runs it again wants the newer draft's figures, and two would share the
 * thread). A cancelled preview stops at its next pause and resolves `{ cancelled: true }`.
 */
export class PreviewJobs {
  private running: AbortController | undefined

  /** The signal of a new preview (the one running is cancelled), aborted too when `asked` is. */
  start(asked?: AbortSignal): { signal: AbortSignal; done: () => void } {
    this.running?.abort()
    const controller = new AbortController()
    this.running = controller
    const stop = (): void => controller.abort()
    asked?.addEventListener('abort', stop, { once: true })
    if (asked?.aborted) stop()
    return {
      signal: controller.signal,
      done: () => {
        asked?.removeEventListener('abort', stop)
        if (this.running === controller) this.running = undefined
      },
    }
  }
}

// ---------------------------------------------------------------------------------------------
// previewWatchlists

class Counts {
  flagged = 0
  flaggedNow = 0
  newlyFlagged = 0
  unflagged = 0
  readonly newlyFlaggedSample: PreviewArticle[] = []
  readonly unflaggedSample: PreviewArticle[] = []

  add(article: MatchableStoredArticle, draft: boolean, now: boolean): void {
    if (draft) this.flagged++
    if (now) this.flaggedNow++
    if (draft && !now) {
      this.newlyFlagged++
      if (this.newlyFlaggedSample.length < PREVIEW_SAMPLE) this.newlyFlaggedSample.push(named(article))
    } else if (now && !draft) {
      this.unflagged++
      if (this.unflaggedSample.length < PREVIEW_SAMPLE) this.unflaggedSample.push(named(article))
    }
  }

  view(): PreviewCounts {
    const { flagged, flaggedNow, newlyFlagged, unflagged, newlyFlaggedSample, unflaggedSample } = this
    return { flagged, flaggedNow, newlyFlagged, unflagged, newlyFlaggedSample, unflaggedSample }
  }
}

const named = (a: MatchableStoredArticle): PreviewArticle => ({ id: a.id, title: a.title, source: a.source, publishedAt: a.publishedAt })

/** Thrown at a pause once the preview is cancelled; caught in preview(). */
class Cancelled extends Error {}

export async function preview(
  ctx: CoreContext,
  built: { draft: WatchlistFile; matcher: Matcher },
  limit: number,
  pause: () => Promise<void>,
  signal: AbortSignal,
): Promise<WatchlistsPreview | PreviewCancelled> {
  // Every pause (between articles, inside long ones) is where a cancelled preview stops.
  const pauseOrStop = async (): Promise<void> => {
    await pause()
    if (signal.aborted) throw new Cancelled()
  }
  try {
    return await previewSteps(ctx, built, limit, pauseOrStop)
  } catch (err) {
    if (err instanceof Cancelled) return { cancelled: true }
    throw err
  }
}

async function previewSteps(ctx: CoreContext, { draft, matcher }: { draft: WatchlistFile; matcher: Matcher }, limit: number, pause: () => Promise<void>): Promise<WatchlistsPreview> {
  const { store } = ctx
  const stored = store.articles.count()
  const inForce = ctx.matcher().watchlists
  const draftIds = new Set(draft.watchlists.map((w) => w.id))
  const total = new Counts()
  const perWatchlist = new Map<string, Counts>(draft.watchlists.map((w) => [w.id, new Counts()]))
  for (const w of inForce) if (!perWatchlist.has(w.id)) perWatchlist.set(w.id, new Counts())

  const marks = store.marks.all()
  const markedIds = new Set(marks.map((m) => m.articleId))
  /** What the draft flags each marked article for, and its title. */
  const marked = new Map<number, { title: string; flags: ReadonlySet<string> }>()

  let matched = 0
  let truncated = 0
  const matchOne = async (article: MatchableStoredArticle): Promise<Set<string>> => {
    await pause()
    const result = await matcher.runAsync(article, pause)
    if (result.truncated) truncated++
    const flags = new Set(result.hits.map((h) => h.watchlistId))
    if (markedIds.has(article.id)) marked.set(article.id, { title: article.title, flags })
    return flags
  }

  // The archive, newest first, in batches read apart from the matching (which pauses between articles).
  for (let before: { publishedAt: number; id: number } | undefined; matched < limit; ) {
    await pause()
    const batch = store.articles.newestBatch(Math.min(PREVIEW_BATCH, limit - matched), before)
    if (batch.length === 0) break
    const now = store.hits.watchlistsOf(batch.map((a) => a.id))
    for (const article of batch) {
      const flags = await matchOne(article)
      const flaggedNow = now.get(article.id) ?? new Set<string>()
      total.add(article, flags.size > 0, flaggedNow.size > 0)
      for (const id of new Set([...perWatchlist.keys(), ...flaggedNow])) {
        let counts = perWatchlist.get(id)
        if (!counts) perWatchlist.set(id, (counts = new Counts()))
        counts.add(article, flags.has(id), flaggedNow.has(id))
      }
    }
    matched += batch.length
    const last = batch[batch.length - 1]
    before = { publishedAt: last.publishedAt, id: last.id }
  }

  // Marked articles older than the window are matched too: the feedback figures cover every mark.
  const outside = [...markedIds].filter((id) => !marked.has(id))
  for (let i = 0; i < outside.length; i += PREVIEW_BATCH) {
    for (const article of store.articles.leanByIds(outside.slice(i, i + PREVIEW_BATCH))) await matchOne(article)
  }

  const feedback = feedbackFigures(marks, marked, draftIds)
  const names = new Map([...inForce.map((w, i) => [w.id, { name: w.name, color: watchlistColor(w.color, i) }] as const)])
  draft.watchlists.forEach((w, i) => names.set(w.id, { name: w.name, color: watchlistColor(w.color, i) }))
  const watchlists: WatchlistPreview[] = [...perWatchlist].map(([id, counts]) => ({
    watchlistId: id,
    name: names.get(id)?.name ?? id,
    color: names.get(id)?.color ?? '#d1d5db',
    inDraft: draftIds.has(id),
    ...counts.view(),
    feedback: feedback.perWatchlist.get(id) ?? figures(new Tally()),
  }))
  return {
    stored,
    matched,
    newestOnly: stored > matched,
    limit,
    truncated,
    total: total.view(),
    watchlists,
    feedback: { micro: figures(feedback.micro), ignored: feedback.ignored, misses: feedback.misses.slice(0, FEEDBACK_MISSES), missCount: feedback.misses.length },
  }
}

class Tally {
  tp = 0
  fp = 0
  fn = 0
  tn = 0

  add(relevant: boolean, flagged: boolean): void {
    if (relevant && flagged) this.tp++
    else if (relevant) this.fn++
    else if (flagged) this.fp++
    else this.tn++
  }
}

function figures(t: Tally): FeedbackFigures {
  return {
    marked: t.tp + t.fp + t.fn + t.tn,
    truePositives: t.tp,
    falsePositives: t.fp,
    falseNegatives: t.fn,
    trueNegatives: t.tn,
    precision: t.tp + t.fp > 0 ? t.tp / (t.tp + t.fp) : null,
    recall: t.tp + t.fn > 0 ? t.tp / (t.tp + t.fn) : null,
  }
}

/** The draft against each mark on one of its watchlists: relevant = belongs to W, not_relevant = does not. */
function feedbackFigures(
  marks: readonly StoredMark[],
  marked: ReadonlyMap<number, { title: string; flags: ReadonlySet<string> }>,
  draftIds: ReadonlySet<string>,
): { perWatchlist: Map<string, FeedbackFigures>; micro: Tally; ignored: number; misses: FeedbackMiss[] } {
  const tallies = new Map<string, Tally>()
  const micro = new Tally()
  const misses: FeedbackMiss[] = []
  let ignored = 0
  for (const mark of marks) {
    const article = marked.get(mark.articleId)
    if (!draftIds.has(mark.watchlistId) || !article) {
      ignored++
      continue
    }
    const relevant = mark.verdict === 'relevant'
    const flagged = article.flags.has(mark.watchlistId)
    let tally = tallies.get(mark.watchlistId)
    if (!tally) tallies.set(mark.watchlistId, (tally = new Tally()))
    tally.add(relevant, flagged)
    micro.add(relevant, flagged)
    if (relevant !== flagged) misses.push({ articleId: mark.articleId, title: article.title, watchlistId: mark.watchlistId, verdict: mark.verdict, draftFlags: flagged })
  }
  return { perWatchlist: new Map([...tallies].map(([id, t]) => [id, figures(t)])), micro, ignored, misses }
}
