/**
 * Matching on every core: a rescan of a big archive is bound by the matcher (one core matches a
 * few thousand articles a second), so its articles are split among worker threads, each with its
 * own matcher built from the same watchlist file. Results come back in the articles' order and are
 * the same as one matcher's: the matcher is a pure function of the file and the article.
 */
import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { MatchableArticle } from '../rules/matcher'
import type { WatchlistFile, WatchlistHit } from '../rules/types'

export interface MatchedArticle {
  readonly hits: WatchlistHit[]
  readonly truncated: boolean
}

export type ToMatchWorker = { readonly batch: number; readonly articles: readonly MatchableArticle[] }
export type FromMatchWorker = { readonly ready: true } | { readonly batch: number; readonly results: MatchedArticle[] }

export interface MatchWorkers {
  /** Matches the articles, split among the threads; results in the articles' order. */
  match(articles: readonly MatchableArticle[]): Promise<MatchedArticle[]>
  close(): Promise<void>
}

/** Threads worth starting on this machine: one per core, none on a single core (no gain there). */
export function matchThreadsHere(): number {
  const cores = availableParallelism()
  return cores > 1 ? Math.min(cores, 8) : 0
}

/**
 * How to start a thread with the matching code: the bundled file beside the bundle that holds
 * this module once built (out/main/match-worker.js, see electron.vite.config.ts); from source (the
 * CLI, the server and the tests run TypeScript), a small script that loads the TypeScript entry
 * through tsx, whose hooks a worker thread does not inherit.
 */
function workerStart(): { readonly script: string | URL; readonly eval: boolean } {
  const here = import.meta.url
  if (!here.endsWith('.ts')) return { script: new URL('./match-worker.js', here), eval: false }
  const entry = new URL('./match-worker-entry.ts', here).href
  // tsx's ESM API (its package maps require to a .cjs twin that cannot import from a worker).
  const tsx = pathToFileURL(createRequire(here).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href
  return { script: `import(${JSON.stringify(tsx)}).then((tsx) => tsx.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}))`, eval: true }
}

/** Articles sent to a thread at a time: small, so no thread waits while another finishes a long share. */
const CHUNK = 25
/** Chunks a thread holds at once: the next is there when it finishes one (no idle round trip). */
const IN_FLIGHT = 2

interface Chunk {
  readonly articles: readonly MatchableArticle[]
  readonly resolve: (results: MatchedArticle[]) => void
  readonly reject: (err: Error) => void
}

interface Thread {
  readonly worker: Worker
  /** Chunks sent and not answered, by batch number. */
  readonly waiting: Map<number, Chunk>
}

/** Starts `count` matching threads for this watchlist file; resolves once every one has built its matcher. */
export async function startMatchWorkers(file: WatchlistFile, count: number): Promise<MatchWorkers> {
  const start = workerStart()
  const threads: Thread[] = []
  const queue: Chunk[] = []
  let nextBatch = 0
  let failure: Error | undefined
  // Every thread with room takes the next chunk waiting, in order.
  const dispatch = (): void => {
    for (const thread of threads) {
      while (thread.waiting.size < IN_FLIGHT && queue.length > 0) {
        const chunk = queue.shift() as Chunk
        const batch = nextBatch++
        thread.waiting.set(batch, chunk)
        thread.worker.postMessage({ batch, articles: chunk.articles } satisfies ToMatchWorker)
      }
    }
  }
  const started = Array.from({ length: count }, () => {
    const worker = new Worker(start.script, { workerData: file, eval: start.eval })
    const thread: Thread = { worker, waiting: new Map() }
    threads.push(thread)
    const failAll = (err: Error): void => {
      failure ??= err
      for (const chunk of [...thread.waiting.values(), ...queue.splice(0)]) chunk.reject(err)
      thread.waiting.clear()
    }
    worker.on('error', failAll)
    worker.on('exit', (code) => failAll(new Error(`a matching thread stopped (exit code ${code})`)))
    return new Promise<void>((resolve, reject) => {
      worker.once('error', reject)
      worker.on('message', (message: FromMatchWorker) => {
        if ('ready' in message) return resolve()
        const chunk = thread.waiting.get(message.batch)
        thread.waiting.delete(message.batch)
        chunk?.resolve(message.results)
        dispatch()
      })
    })
  })
  const close = async (): Promise<void> => {
    await Promise.all(threads.map((t) => t.worker.terminate()))
  }
  try {
    await Promise.all(started)
  } catch (err) {
    await close()
    throw err
  }
  return {
    async match(articles) {
      if (failure) throw failure
      const parts: Promise<MatchedArticle[]>[] = []
      for (let i = 0; i < articles.length; i += CHUNK) {
        parts.push(new Promise((resolve, reject) => queue.push({ articles: articles.slice(i, i + CHUNK), resolve, reject })))
      }
      dispatch()
      return (await Promise.all(parts)).flat()
    },
    close,
  }
}
