/**
 * How the long-running commands (poll, serve) stop on Ctrl-C or SIGTERM: stop starting new polls,
 * let the one in progress finish its transaction, and only then let runCli close the database.
 * A second signal ends the process at once, by that signal (Node's default), having first given
 * back the poll lease, so another poller of the database need not find it abandoned.
 */
import type { MarsadService } from '../core/app/service'
import type { CliIo } from './commands'

/** Resolves on the first SIGINT or SIGTERM; both listeners are removed then. */
export function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const on = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', on)
      process.off('SIGTERM', on)
      resolve(signal)
    }
    process.on('SIGINT', on)
    process.on('SIGTERM', on)
  })
}

/** Counts the feeds being polled right now, from the service's progress events. */
export function trackPolls(service: MarsadService): () => number {
  let polling = 0
  service.onEvent((event) => {
    if (event.type !== 'pollProgress') return
    polling += event.phase === 'started' ? 1 : -1
  })
  return () => polling
}

/** Waits for the running poll (and rescan) before the caller closes the database; says so when a feed is still being fetched. */
export async function settle(service: MarsadService, io: CliIo, feedsInFlight: () => number): Promise<void> {
  if (feedsInFlight() > 0) io.err('marsad: stopping after the poll in progress (press Ctrl-C again to quit at once)')
  const disarm = releaseLeaseOnSignal(service)
  await service.whenIdle().finally(disarm)
}

/**
 * Until the returned function is called, a SIGINT or SIGTERM closes the service (which gives the
 * poll lease back; a transaction is never cut short, better-sqlite3 running each synchronously)
 * and then ends the process by that same signal, as it would have ended without this listener.
 */
export function releaseLeaseOnSignal(service: MarsadService): () => void {
  const disarm = (): void => {
    process.off('SIGINT', on)
    process.off('SIGTERM', on)
  }
  function on(signal: NodeJS.Signals): void {
    disarm()
    try {
      service.close()
    } finally {
      // No listener is left: the signal now does what it does by default.
      process.kill(process.pid, signal)
    }
  }
  process.on('SIGINT', on)
  process.on('SIGTERM', on)
  return disarm
}
