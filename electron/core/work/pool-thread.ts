/**
 * The thread's side of thread-pool.ts: an entry module sets itself up from `workerData` (a
 * throw there fails the pool's start with that error), then calls serveThread with what it does
 * to each input.
 */
import { parentPort } from 'node:worker_threads'
import type { FromPoolThread, ToPoolThread } from './thread-pool'

/**
 * `transfer` names the buffers of an answer that move to the pool's thread instead of being copied
 * (they are unusable here afterwards).
 */
export function serveThread<In, Out>(answer: (input: In) => Out, transfer: (output: Out) => ArrayBuffer[] = () => []): void {
  const port = parentPort
  if (!port) throw new Error('a pool entry must run in a worker thread')
  port.on('message', (message: ToPoolThread<In>) => {
    const output = answer(message.input)
    port.postMessage({ batch: message.batch, output } satisfies FromPoolThread<Out>, transfer(output))
  })
  port.postMessage({ ready: true } satisfies FromPoolThread<Out>)
}
