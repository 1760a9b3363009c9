/**
 * The core as one object: a Store, the compiled watchlists, the poller, and a handler for every
 * contract operation. Adapters (CLI, HTTP server, Electron's worker) create one and call it
 * through dispatch(), which validates input first.
 */
import { readFileSync } from 'node:fs'
import { CallError, dispatch, type Handlers } from '../contract/dispatch'
import type { MarsadEvent, PollReport, RescanSummary } from '../contract/types'
import { articlesToCsv, type ExportRow } from '../export/articles-csv'
import type { FetchLimits } from '../feeds/fetch'
import { pollFeeds, type PollOutcome } from '../monitor/poll'
import { rescanArticles } from '../monitor/rescan'
import { Matcher } from '../rules/matcher'
import type { Watchlist } from '../rules/types'
import { parseWatchlistFile, validateWatchlists, WatchlistFileError } from '../rules/watchlist-file'
import { Store } from '../store/store'
import { toDetail, toSummary } from './article-views'
import { defaultWatchlistsPath } from './paths'

export interface ServiceOptions {
  readonly dbPath: string
  /** Watchlists to install into a new database (defaults to resources/watchlists.json). */
  readonly defaultWatchlistsPath?: string
  readonly limits?: FetchLimits
  readonly pollConcurrency?: number
  readonly now?: () => number
}

export type EventListener = (event: MarsadEvent) => void

export interface MarsadService {
  readonly handlers: Handlers
  /** Validates and runs one contract operation. */
  call(op: unknown, input: unknown): Promise<unknown>
  onEvent(listener: EventListener): () => void
  /** The compiled watchlists in force (for matching outside ingest, e.g. the CLI's match). */
  watchlists(): readonly Watchlist[]
  /** Resolves when no background job (an archive rescan) is running: wait for it before close(). */
  whenIdle(): Promise<void>
  close(): void
}

const SEEDED_KEY = 'watchlists.seeded'
const EXPORT_BATCH = 1000

export function createService(options: ServiceOptions): MarsadService {
  const now = options.now ?? Date.now
  const store = Store.open(options.dbPath)
  seedWatchlists(store, options.defaultWatchlistsPath ?? defaultWatchlistsPath())
  let matcher = new Matcher(store.watchlists.list())
  const listeners = new Set<EventListener>()
  const emit = (event: MarsadEvent): void => listeners.forEach((l) => l(event))
  const names = (): Map<string, string> => new Map(matcher.watchlists.map((w) => [w.id, w.name]))
  let pollAllInFlight: Promise<PollReport[]> | undefined
  let rescanJob: { controller: AbortController; done: Promise<RescanSummary> } | undefined

  /** Starts re-evaluating history with the current watchlists, cancelling a rescan already running. */
  const startRescan = (): Promise<RescanSummary> => {
    rescanJob?.controller.abort()
    const controller = new AbortController()
    const job = {
      controller,
      done: rescanArticles(store, matcher, { signal: controller.signal, onProgress: emit, now }).finally(() => {
        if (rescanJob === job) rescanJob = undefined
      }),
    }
    rescanJob = job
    return job.done
  }

  const poll = async (feedId?: number): Promise<PollReport[]> => {
    const feeds = store.feeds.list().filter((f) => feedId === undefined || f.id === feedId)
    if (feedId !== undefined && feeds.length === 0) throw new Error(`no feed with id ${feedId}`)
    const outcomes = await pollFeeds(
      { store, matcher: () => matcher, limits: options.limits, now, onProgress: emit },
      feeds,
      options.pollConcurrency,
    )
    announceNewHits(outcomes, emit)
    return outcomes.map((o) => o.report)
  }

  const handlers: Handlers = {
    listFeeds: () => store.feeds.list(),
    addFeed: ({ url, name }) => store.feeds.add(url, name, now()),
    removeFeed: ({ id }) => ({ removed: store.feeds.remove(id) }),
    refreshNow: ({ feedId }) => {
      if (feedId !== undefined) return poll(feedId)
      pollAllInFlight ??= poll().finally(() => (pollAllInFlight = undefined))
      return pollAllInFlight
    },
    listArticles: (query) => {
      const articles = store.articles.list(query)
      const hits = store.hits.forArticles(articles.map((a) => a.id))
      const watchlistNames = names()
      return articles.map((a) => toSummary(a, hits.get(a.id) ?? [], watchlistNames))
    },
    getArticle: ({ id }) => {
      const article = store.articles.get(id)
      return article ? toDetail(article, store.hits.forArticles([id]).get(id) ?? [], names()) : null
    },
    listWatchlists: () =>
      matcher.watchlists.map((w) => ({ id: w.id, name: w.name, terms: w.terms.map((t) => t.query), exclude: [...w.exclude], notify: w.notify })),
    getWatchlists: () => ({ watchlists: store.watchlists.list() }),
    setWatchlists: (file) => {
      const watchlists = validQueries(file)
      store.watchlists.replaceAll(watchlists)
      matcher = new Matcher(watchlists)
      void startRescan()
      return { watchlists: watchlists.length }
    },
    rescan: () => startRescan(),
    cancelRescan: () => {
      const running = rescanJob !== undefined
      rescanJob?.controller.abort()
      return { cancelled: running }
    },
    exportCsv: ({ flaggedOnly }) => {
      const rows = exportRows(store, flaggedOnly)
      return { csv: articlesToCsv(rows, names()), rows: rows.length }
    },
  }

  return {
    handlers,
    call: (op, input) => dispatch(handlers, op, input),
    watchlists: () => matcher.watchlists,
    whenIdle: async () => {
      while (rescanJob) await rescanJob.done
    },
    onEvent: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    close: () => {
      rescanJob?.controller.abort()
      listeners.clear()
      store.close()
      matcher = new Matcher([])
    },
  }
}

/** A new database gets the shipped watchlists once; after that the analyst's edits rule. */
function seedWatchlists(store: Store, path: string): void {
  if (store.settings.get(SEEDED_KEY)) return
  const watchlists = parseWatchlistFile(readFileSync(path, 'utf8'))
  store.transaction(() => {
    store.watchlists.replaceAll(watchlists)
    store.settings.set(SEEDED_KEY, new Date().toISOString())
  })
}

/** The schema checked the shape; this checks every query, and a bad one is the caller's error. */
function validQueries(file: unknown): Watchlist[] {
  try {
    return validateWatchlists(file)
  } catch (err) {
    if (err instanceof WatchlistFileError) throw new CallError('bad_request', err.message)
    throw err
  }
}

function exportRows(store: Store, flaggedOnly: boolean): ExportRow[] {
  const rows: ExportRow[] = []
  for (let before: { publishedAt: number; id: number } | undefined; ; ) {
    const batch = store.articles.list({ flaggedOnly, limit: EXPORT_BATCH, before })
    const hits = store.hits.forArticles(batch.map((a) => a.id))
    for (const article of batch) rows.push({ article, hits: hits.get(article.id) ?? [] })
    if (batch.length < EXPORT_BATCH) return rows
    const last = batch[batch.length - 1]
    before = { publishedAt: last.publishedAt, id: last.id }
  }
}

function announceNewHits(outcomes: readonly PollOutcome[], emit: (e: MarsadEvent) => void): void {
  const articles = outcomes.flatMap((o) => o.newHits)
  if (articles.length > 0) emit({ type: 'newHits', articles })
}
