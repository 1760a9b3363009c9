/**
 * The core in a worker thread: better-sqlite3 is synchronous, so in the desktop app the database
 * and the matcher live here, where a long query or a big poll cannot freeze the window.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { dispatchToResult } from '../contract/dispatch'
import { toErrorDetail } from '../errors/marsad-error'
import { createService } from './service'
import type { FromWorker, ToWorker, WorkerOptions } from './worker-protocol'

const port = parentPort
if (!port) throw new Error('worker-entry must run in a worker thread')
const post = (message: FromWorker): void => port.postMessage(message)

try {
  // The desktop app's scheduler: a CLI poll waiting for the lease names it so.
  const service = createService({ ...(workerData as WorkerOptions), pollerKind: 'app' })
  service.onEvent((event) => post({ kind: 'event', event }))
  port.on('message', (message: ToWorker) => {
    // Told by the host once it listens: notices due at start (hits a terminal poll queued while
    // the app was closed) would otherwise be settled before anyone could show them.
    if (message.kind === 'startNotifying') return void service.startNotifying()
    if (message.kind !== 'call') return
    void dispatchToResult(service.handlers, message.op, message.input).then((result) => post({ kind: 'result', id: message.id, result }))
  })
  // The desktop app polls each feed when it is due, on its own, for as long as it runs.
  service.startScheduling()
  port.once('close', () => service.close())
  post({ kind: 'ready' })
} catch (err) {
  post({ kind: 'fatal', error: toErrorDetail(err) })
}
