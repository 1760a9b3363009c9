/**
 * The CSV export of a view, streamed: the view's order is walked a page of ids at a time, each
 * page's lines are written (csv-batch.ts), and only a few pages are ever held. A big export hands
 * its pages to export threads (csv-workers.ts), started in the background once it proves big; until
 * they are ready, and if they fail, the lines are written here.
 */
import type { ValidatedInput } from '../contract/operations'
import { articleCsvHeader, type ExportColumns } from '../export/articles-csv'
import { firstIdStoredAt } from '../store/retention'
import { threadsHere } from '../work/thread-pool'
import { yieldToEventLoop } from '../work/steps'
import { watchlistNames, type CoreContext } from './context'
import { csvBatchLines, type CsvBatch, type CsvLines } from './csv-batch'
import { startCsvWorkers, type CsvWorkers } from './csv-workers'
import { timelineView } from './timeline-view'

/** Rows read per page of an export: memory stays a few pages' whatever the export's size. */
export const EXPORT_BATCH = 1000
/** Pages written ahead of the one being written out: enough to keep every thread busy. */
const PAGES_AHEAD = 4
/** A page is split into batches of this many rows among the threads. */
const THREAD_BATCH = 500
/** Rows from which threads are started: a smaller export is over before they would be ready. */
export const CSV_THREADS_FROM = 10_000

const utf8 = new TextDecoder()

/** A half of a surrogate pair without its other half: not a character, so UTF-8 has no bytes for it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * A chunk of an export as text (a thread's are UTF-8 bytes; each holds whole lines, so whole
 * characters). A lone surrogate becomes U+FFFD, as encoding a thread's lines made it: the same
 * row reads the same wherever it was written.
 */
export function chunkText(chunk: string | Uint8Array): string {
  return typeof chunk === 'string' ? chunk.replace(LONE_SURROGATE, '\uFFFD') : utf8.decode(chunk)
}

/** How an export may use threads (by default: the context's database file, one per core, from CSV_THREADS_FROM rows). */
export interface CsvThreading {
  readonly start: () => Promise<CsvWorkers>
  /** Rows read before the threads are started, in the background: pages are written here until they are ready. */
  readonly from: number
  /** Waits for the threads before the first page (tests: a small export would otherwise be over before they are ready). */
  readonly waitForThreads?: boolean
  /** Rows a thread is sent at a time (THREAD_BATCH). */
  readonly batchRows?: number
}

function defaultThreading(ctx: CoreContext): CsvThreading | undefined {
  const file = ctx.dbFile
  const count = ctx.exportThreads ?? threadsHere()
  if (!file || count === 0) return undefined
  return { start: () => startCsvWorkers(file, count), from: CSV_THREADS_FROM }
}

/**
 * Writes a view's articles as CSV in the view's order: `write` gets the header, then each page's
 * lines (text, or UTF-8 bytes from a thread), and may return a promise (a socket to drain) that
 * the next page waits for; the event loop is served between pages. `progress` hears the rows written so far. Returns the number of rows.
 */
export async function writeViewCsv(
  ctx: CoreContext,
  input: ValidatedInput<'exportCsv'>,
  write: (chunk: string | Uint8Array) => void | Promise<void>,
  progress: (rows: number) => void = () => {},
  threading: CsvThreading | undefined = defaultThreading(ctx),
): Promise<number> {
  const { store } = ctx
  const view = timelineView(input, (time) => firstIdStoredAt(store.db, time))
  const names = watchlistNames(ctx)
  const columns: ExportColumns = { watchlists: ctx.matcher().watchlists.map((w) => ({ id: w.id, name: w.name })), timeZone: input.timeZone }
  const batchOf = (ids: readonly number[]): CsvBatch => ({ ids, search: view.search?.parts, names, columns })
  const here = (ids: readonly number[]): CsvLines => csvBatchLines(store, batchOf(ids))
  await write(articleCsvHeader(columns))

  const threads = new ExportThreads(threading, batchOf, here)
  const ahead: Promise<readonly CsvLines[]>[] = []
  let rows = 0
  const writeOldest = async (): Promise<void> => {
    // Each batch's text is written as it came: joining a page's batches first copied every line again.
    for (const lines of await (ahead.shift() as Promise<readonly CsvLines[]>)) {
      await write(lines.chunk)
      rows += lines.rows
    }
    progress(rows)
  }
  try {
    if (threading?.waitForThreads) await threads.start()
    let read = 0
    for (let cursor: { key: number; id: number } | undefined; ; ) {
      const page = store.timeline.page({ filter: view.filter, sort: view.sort, limit: EXPORT_BATCH, cursor, search: view.search?.parts })
      read += page.length
      const lines = threads.lines(page.map((r) => r.id))
      // A page that fails while an earlier one is written out is not an unhandled rejection (which
      // would end the process): its error is thrown when its turn comes, failing the export.
      lines.catch(() => {})
      ahead.push(lines)
      if (page.length < EXPORT_BATCH) break
      if (threading && read >= threading.from) void threads.start()
      if (ahead.length >= (threads.running ? PAGES_AHEAD : 1)) await writeOldest()
      await yieldToEventLoop()
      const last = page[page.length - 1]
      cursor = { key: last.key, id: last.id }
    }
    while (ahead.length > 0) await writeOldest()
    return rows
  } finally {
    // An export that failed part way leaves nothing waiting: its pages' promises are settled.
    await Promise.allSettled(ahead)
    await threads.close()
  }
}

/**
 * The export's threads, once started and ready; until then, and after one fails, pages are written
 * in the core's thread. A batch a failing thread held is written here, so no row is lost.
 */
class ExportThreads {
  private workers: CsvWorkers | undefined
  private starting: Promise<void> | undefined
  private closed = false

  constructor(
    private readonly threading: CsvThreading | undefined,
    private readonly batchOf: (ids: readonly number[]) => CsvBatch,
    private readonly here: (ids: readonly number[]) => CsvLines,
  ) {}

  get running(): boolean {
    return this.workers !== undefined
  }

  /** Starts the threads once; resolves when they are ready or have failed to start. */
  start(): Promise<void> {
    if (!this.threading) return Promise.resolve()
    this.starting ??= this.threading.start().then(
      (workers) => {
        if (this.closed) void workers.close()
        else this.workers = workers
      },
      // Threads that cannot start (no worker code beside a stripped build): written here, only slower.
      () => {},
    )
    return this.starting
  }

  lines(ids: readonly number[]): Promise<readonly CsvLines[]> {
    const workers = this.workers
    if (!workers) return Promise.resolve([this.here(ids)])
    const parts: Promise<CsvLines>[] = []
    const batchRows = this.threading?.batchRows ?? THREAD_BATCH
    for (let i = 0; i < ids.length; i += batchRows) {
      const share = ids.slice(i, i + batchRows)
      parts.push(
        workers.lines(this.batchOf(share)).catch(() => {
          void this.stopThreads()
          return this.here(share)
        }),
      )
    }
    return Promise.all(parts)
  }

  /**
   * Stops the threads. Threads still starting are not waited for (an export that ended just after
   * starting them would wait for nothing): they are stopped as soon as they are ready.
   */
  async close(): Promise<void> {
    this.closed = true
    if (this.workers) await this.stopThreads()
  }

  private async stopThreads(): Promise<void> {
    const workers = this.workers
    this.workers = undefined
    await workers?.close()
  }
}
