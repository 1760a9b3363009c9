/**
 * How the long-running commands (poll, serve) stop on Ctrl-C or SIGTERM: stop starting new polls,
 * let the one in progress finish its transaction, and only then let runCli close the database.
 * A second signal ends the process at once (Node's default, since the listeners are gone).
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
  await service.whenIdle()
}
