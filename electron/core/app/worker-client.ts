/** Starts the core's worker thread and talks to it: calls in, results and events out. */
import { Worker } from 'node:worker_threads'
import type { CallResult } from '../contract/dispatch'
import type { MarsadEvent } from '../contract/types'
import { MarsadError } from '../errors/marsad-error'
import type { FromWorker, ToWorker, WorkerOptions } from './worker-protocol'

export interface CoreWorker {
  call(op: string, input: unknown): Promise<CallResult>
  onEvent(listener: (event: MarsadEvent) => void): () => void
  /** Lets the core tell due hits as notice events: call it once whoever shows them listens. */
  startNotifying(): void
  close(): Promise<void>
}

/** `script` is the built worker bundle (out/main/core-worker.js). Resolves once the core is open. */
export function startCoreWorker(script: string | URL, options: WorkerOptions): Promise<CoreWorker> {
  const worker = new Worker(script, { workerData: options })
  const pending = new Map<number, (result: CallResult) => void>()
  const listeners = new Set<(event: MarsadEvent) => void>()
  let nextId = 1
  const client: CoreWorker = {
    call: (op, input) =>
      new Promise((resolve) => {
        const id = nextId++
        pending.set(id, resolve)
        worker.postMessage({ kind: 'call', id, op, input } satisfies ToWorker)
      }),
    onEvent: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    startNotifying: () => worker.postMessage({ kind: 'startNotifying' } satisfies ToWorker),
    close: async () => {
      await worker.terminate()
    },
  }
  return new Promise((resolve, reject) => {
    worker.on('message', (message: FromWorker) => {
      if (message.kind === 'ready') resolve(client)
      else if (message.kind === 'fatal') reject(new MarsadError(message.error))
      else if (message.kind === 'event') listeners.forEach((l) => l(message.event))
      else {
        pending.get(message.id)?.(message.result)
        pending.delete(message.id)
      }
    })
    worker.on('error', (err) => {
      reject(err)
      for (const resolveCall of pending.values()) resolveCall({ ok: false, error: { code: 'core.stopped', detail: err.message } })
      pending.clear()
    })
  })
}
