/**
 * The core as one object: a Store, the compiled watchlists, the poller and scheduler, and a
 * handler for every contract operation. Adapters (CLI, HTTP server, Electron's worker) create
 * one and call it through dispatch(), which validates input first.
 */
import { readFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { dispatch, validatedInput, type Handlers } from '../contract/dispatch'
import type { MarsadEvent } from '../contract/types'
import type { PollerKind } from '../errors/problems'
import type { FetchLimits } from '../feeds/fetch'
import type { Random } from '../monitor/schedule'
import type { WatchlistFile } from '../rules/types'
import { parseWatchlistFile } from '../rules/watchlist-file'
import { openDatabase } from '../store/database'
import { Store } from '../store/store'
import { articleHandlers } from './article-handlers'
import { writeViewCsv } from './csv-export'
import type { CoreContext } from './context'
import { feedHandlers } from './feed-handlers'
import { defaultWatchlistsPath } from './paths'
import { noticeHandlers } from './notice-handlers'
import { NoticeJob } from './notice-job'
import { Poller } from './poller'
import { loadWatchlists, type LoadedWatchlists } from './stored-watchlists'
import { RescanJobs, watchlistHandlers } from './watchlist-handlers'
import { watchlistTuningHandlers, type TuningOptions } from './watchlist-tuning-handlers'
import { settingsHandlers } from './settings-handlers'
import { timelineHandlers } from './timeline-handlers'
import { drainSearchBacklog } from './search-backlog'
import { startRetention } from './retention-job'

export interface ServiceOptions {
  readonly dbPath: string
  /** Watchlists to install into a new database (defaults to resources/watchlists.json); its folder holds the other resources. */
  readonly defaultWatchlistsPath?: string
  /** better-sqlite3's compiled addon to load instead of node_modules' own (the desktop app passes its Electron build). */
  readonly nativeBinding?: string
  readonly limits?: FetchLimits
  readonly pollConcurrency?: number
  /** Threads a rescan matches in (default: one per core); 0 matches in the service's own thread. */
  readonly matchThreads?: number
  /** Threads a big CSV export writes its rows in (default: one per core); 0 writes them in the service's own thread. */
  readonly exportThreads?: number
  /** Who polls, as another process waiting for this one's poll lease is told (default: cli). */
  readonly pollerKind?: PollerKind
  readonly now?: () => number
  readonly random?: Random
  /** How "in history" previews run (tests lower the number of articles they match). */
  readonly tuning?: TuningOptions
}

export type EventListener = (event: MarsadEvent) => void

export interface MarsadService {
  readonly handlers: Handlers
  /** Validates and runs one contract operation. */
  call(op: unknown, input: unknown): Promise<unknown>
  onEvent(listener: EventListener): () => void
  /**
   * exportCsv's CSV, streamed: `write` gets the header, then a page of lines at a time, as text or
   * UTF-8 bytes (chunkText in csv-export.ts reads either); memory stays a few pages'. `progress`
   * hears the rows so far. The input is validated as exportCsv's. Returns the rows.
   */
  writeCsv(input: unknown, write: (chunk: string | Uint8Array) => void | Promise<void>, progress?: (rows: number) => void): Promise<number>
  /** The compiled watchlists in force (for matching outside ingest, e.g. the CLI's match). */
  watchlists(): WatchlistFile
  /** Polls due feeds on a timer until the returned function is called (setPolling may stop and resume it meanwhile). */
  startScheduling(everyMs?: number): () => void
  /**
   * Tells new hits as `notice` events (notify/notice-planner.ts) until the returned function is
   * called: for a Marsad that shows them (the app, serve). Without it, hits are only queued.
   * `audience`: whether anyone shows them now (serve: a page is open); while not, they wait.
   */
  startNotifying(options?: { readonly audience?: () => boolean }): () => void
  /** Resolves when no poll and no background job (an archive rescan) is running: wait for it before close(). */
  whenIdle(): Promise<void>
  close(): void
}

const SEEDED_KEY = 'watchlists.seeded'

export function createService(options: ServiceOptions): MarsadService {
  const watchlistsPath = options.defaultWatchlistsPath ?? defaultWatchlistsPath()
  const store = new Store(openDatabase(options.dbPath, { nativeBinding: options.nativeBinding }))
  seedWatchlists(store, watchlistsPath)
  // Stored watchlists that cannot be built do not stop the database opening (see stored-watchlists.ts).
  // Built on first use: `feeds list` or an export never pays for compiling the watchlists.
  let loaded: LoadedWatchlists | undefined
  const current = (): LoadedWatchlists => (loaded ??= loadWatchlists(store, watchlistsPath))
  const listeners = new Set<EventListener>()
  const ctx: CoreContext = {
    store,
    matcher: () => current().matcher,
    setMatcher: (matcher) => {
      loaded = { matcher }
    },
    watchlistsProblem: () => current().problem,
    emit: (event) => listeners.forEach((l) => l(event)),
    // Bound late: the notice job needs the context it is part of.
    queueHits: (articles) => notices.queue(articles),
    now: options.now ?? Date.now,
    random: options.random,
    limits: options.limits,
    pollConcurrency: options.pollConcurrency,
    matchThreads: options.matchThreads,
    exportThreads: options.exportThreads,
    dbFile: options.dbPath === ':memory:' ? undefined : { path: options.dbPath, nativeBinding: options.nativeBinding },
    resourcesDir: dirname(watchlistsPath),
  }
  const poller = new Poller(ctx, options.pollerKind)
  const notices = new NoticeJob(ctx)
  // Whoever polls queues its hits, feed by feed (queueHits above); the round's newHits then tells
  // what is due. A rescan emits neither, so history re-evaluated tells nothing.
  listeners.add((event) => {
    if (event.type === 'newHits') notices.receive(event)
  })
  let stopNotifying: (() => void) | undefined
  const rescans = new RescanJobs(ctx)
  const handlers: Handlers = {
    ...feedHandlers(ctx, poller),
    ...articleHandlers(ctx),
    ...timelineHandlers(ctx),
    ...watchlistHandlers(ctx, rescans),
    ...watchlistTuningHandlers(ctx, options.tuning),
    ...settingsHandlers(ctx),
    ...noticeHandlers(ctx),
    setPolling: ({ running }) => {
      if (!running && stopSchedulers.size > 0) {
        stopScheduling()
        pausedEvery = scheduledEvery
      } else if (running && pausedEvery !== null) {
        // What came due meanwhile is polled at the next tick: one round, told as one burst.
        stopSchedulers.add(poller.startScheduling(pausedEvery))
        pausedEvery = null
      }
      return { running: stopSchedulers.size > 0 }
    },
  }
  const stopSchedulers = new Set<() => void>()
  /** Stops polling on the timer, however many times scheduling was started (or restarted by setPolling). */
  const stopScheduling = (): void => {
    stopSchedulers.forEach((stop) => stop())
    stopSchedulers.clear()
    pausedEvery = null
  }
  /** The interval scheduling was started with (undefined: the poller's default). */
  let scheduledEvery: number | undefined
  /** That interval while setPolling has stopped scheduling; null when it has not. */
  let pausedEvery: number | undefined | null = null
  let backlog: ReturnType<typeof drainSearchBacklog> | undefined
  let stopRetention: (() => void) | undefined

  return {
    handlers,
    call: (op, input) => dispatch(handlers, op, input),
    writeCsv: async (input, write, progress) => writeViewCsv(ctx, validatedInput('exportCsv', input), write, progress),
    watchlists: () => current().matcher.file,
    startScheduling: (everyMs) => {
      // A long-running Marsad (the app, serve, poll) indexes what waits for the search index in the background…
      backlog ??= drainSearchBacklog(store)
      // …and lets go, hourly, what the analyst's retention limit lets go.
      stopRetention ??= startRetention(store, ctx.now)
      scheduledEvery = everyMs
      pausedEvery = null
      stopSchedulers.add(poller.startScheduling(everyMs))
      return stopScheduling
    },
    startNotifying: (options) => {
      stopNotifying ??= notices.start(options?.audience)
      return () => {
        stopNotifying?.()
        stopNotifying = undefined
      }
    },
    whenIdle: async () => {
      await poller.whenIdle()
      await rescans.whenIdle()
    },
    onEvent: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    close: () => {
      backlog?.stop()
      stopRetention?.()
      stopNotifying?.()
      stopScheduling()
      rescans.cancel()
      poller.close()
      listeners.clear()
      store.close()
    },
  }
}

/** A new database gets the shipped watchlists once; after that the analyst's edits rule. */
function seedWatchlists(store: Store, path: string): void {
  if (store.settings.get(SEEDED_KEY)) return
  const watchlists = parseWatchlistFile(readFileSync(path, 'utf8'))
  store.transaction(() => {
    // Asked again inside the (immediate) transaction: two processes opening a new file at once
    // must not both seed, or the second would undo an edit the first process already saved.
    if (store.settings.get(SEEDED_KEY)) return
    store.watchlists.replaceAll(watchlists)
    store.settings.set(SEEDED_KEY, new Date().toISOString())
  })
}
