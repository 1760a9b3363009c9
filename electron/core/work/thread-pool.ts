/**
 * Worker threads fed from one queue, for work bound by one core: a rescan's matching, an export's
 * rows. Each thread runs an entry module (see pool-thread.ts) that sets itself up from the pool's
 * `workerData`, says it is ready, then answers each input it is sent. Answers come back to the
 * caller of `run` whatever thread gave them; a thread that stops rejects what it held and what
 * waits, and the pool says so from then on.
 */
import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'

export type ToPoolThread<In> = { readonly batch: number; readonly input: In }
export type FromPoolThread<Out> = { readonly ready: true } | { readonly batch: number; readonly output: Out }

export interface ThreadPool<In, Out> {
  run(input: In): Promise<Out>
  close(): Promise<void>
}

/**
 * Where a thread's code is: `source`, the TypeScript entry (beside the module that starts the
 * pool), and `bundled`, the name electron-vite gives its build (electron.vite.config.ts).
 */
export interface ThreadEntry {
  readonly source: URL
  readonly bundled: string
}

/** Threads worth starting on this machine: one per core, none on a single core (no gain there). */
export function threadsHere(): number {
  const cores = availableParallelism()
  return cores > 1 ? Math.min(cores, 8) : 0
}

/**
 * How to start a thread: once built, the bundled file beside the bundle that holds this module
 * (out/main/); from source (the CLI, the server and the tests run TypeScript), a small script that
 * loads the TypeScript entry through tsx, whose hooks a worker thread does not inherit.
 */
function workerStart(entry: ThreadEntry): { readonly script: string | URL; readonly eval: boolean } {
  const here = import.meta.url
  if (!here.endsWith('.ts')) return { script: new URL(`./${entry.bundled}.js`, here), eval: false }
  const source = entry.source.href
  // tsx's ESM API (its package maps require to a .cjs twin that cannot import from a worker).
  const tsx = pathToFileURL(createRequire(here).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href
  return { script: `import(${JSON.stringify(tsx)}).then((tsx) => tsx.tsImport(${JSON.stringify(source)}, ${JSON.stringify(source)}))`, eval: true }
}

/** Inputs a thread holds at once: the next is there when it finishes one (no idle round trip). */
const IN_FLIGHT = 2

interface Job<In, Out> {
  readonly input: In
  readonly resolve: (output: Out) => void
  readonly reject: (err: Error) => void
}

interface Thread<In, Out> {
  readonly worker: Worker
  /** Jobs sent and not answered, by batch number. */
  readonly waiting: Map<number, Job<In, Out>>
}

/** Starts `count` threads of `entry`; resolves once every one is ready, rejects if one fails to set up. */
export async function startThreadPool<In, Out>(entry: ThreadEntry, workerData: unknown, count: number): Promise<ThreadPool<In, Out>> {
  const start = workerStart(entry)
  const threads: Thread<In, Out>[] = []
  const queue: Job<In, Out>[] = []
  let nextBatch = 0
  let failure: Error | undefined
  // Every thread with room takes the next job waiting, in order.
  const dispatch = (): void => {
    for (const thread of threads) {
      while (thread.waiting.size < IN_FLIGHT && queue.length > 0) {
        const job = queue.shift() as Job<In, Out>
        const batch = nextBatch++
        thread.waiting.set(batch, job)
        try {
          thread.worker.postMessage({ batch, input: job.input } satisfies ToPoolThread<In>)
        } catch (err) {
          // An input that cannot be sent (not cloneable) fails its own job, not the pool.
          thread.waiting.delete(batch)
          job.reject(err instanceof Error ? err : new Error(String(err)))
        }
      }
    }
  }
  const started = Array.from({ length: count }, () => {
    const worker = new Worker(start.script, { workerData, eval: start.eval })
    const thread: Thread<In, Out> = { worker, waiting: new Map() }
    threads.push(thread)
    const failAll = (err: Error): void => {
      failure ??= err
      for (const job of [...thread.waiting.values(), ...queue.splice(0)]) job.reject(err)
      thread.waiting.clear()
    }
    worker.on('error', failAll)
    worker.on('exit', (code) => failAll(new Error(`a worker thread stopped (exit code ${code})`)))
    return new Promise<void>((resolve, reject) => {
      worker.once('error', reject)
      worker.on('message', (message: FromPoolThread<Out>) => {
        if ('ready' in message) return resolve()
        const job = thread.waiting.get(message.batch)
        thread.waiting.delete(message.batch)
        job?.resolve(message.output)
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
    run(input) {
      if (failure) return Promise.reject(failure)
      const answer = new Promise<Out>((resolve, reject) => queue.push({ input, resolve, reject }))
      dispatch()
      return answer
    },
    close,
  }
}
