/**
 * `marsad poll` beside another poller of the same database (the desktop app, `marsad serve`,
 * another `marsad poll`): one polls at a time (the poll lease, core/app/poller.ts). `poll --once`
 * waits for the other to finish, saying once whom it waits for, then polls; with --no-wait it
 * fails at once instead. The wait ends when the holder gives the lease back, or when it is found
 * abandoned (its process gone, or its heartbeat stale), so it lasts no longer than the other poll.
 */
import { hostname } from 'node:os'
import type { MarsadService } from '../core/app/service'
import type { OperationOutput } from '../core/contract/operations'
import { pollerName } from '../core/errors/english'
import { MarsadError } from '../core/errors/marsad-error'
import type { PollLeaseHolder } from '../core/errors/problems'
import { displaySafe } from '../core/text/controls'
import { cliTime, type CliIo } from './commands'

/** How often a waiting `poll --once` asks for the lease again. */
export const LEASE_RETRY_MS = 1000

/** Polls every feed now, first waiting (unless `wait` is false) while another poller holds the lease. */
export async function refreshWhenFree(service: MarsadService, io: CliIo, wait: boolean): Promise<OperationOutput<'refreshNow'>> {
  let told = false
  for (;;) {
    try {
      return (await service.call('refreshNow', {})) as OperationOutput<'refreshNow'>
    } catch (err) {
      if (!wait || !(err instanceof MarsadError) || err.detail.code !== 'poll.busy') throw err
      if (!told) io.err(`marsad: waiting for ${describeHolder(io, err.detail)} to finish polling this database`)
      told = true
      await new Promise((resolve) => setTimeout(resolve, LEASE_RETRY_MS))
    }
  }
}

/** «the desktop app (pid 812, since 2025-01-06 10:00 +02:00)»; the host too when it is another machine. */
export function describeHolder(io: CliIo, holder: PollLeaseHolder): string {
  const host = holder.host === hostname() ? '' : ` on ${displaySafe(holder.host)}`
  return `${pollerName(holder.kind)} (pid ${holder.pid}${host}, since ${cliTime(io, holder.since)})`
}
