/**
 * The poll lease: one poller at a time polls a database (the desktop app, `marsad poll`, `marsad
 * serve`: several processes may share one file). A poller takes the lease before a round of polls
 * and gives it back after; while it polls, a heartbeat keeps it fresh. A lease whose heartbeat is
 * older than `staleAfterMs`, or whose process is gone from this machine, is abandoned: the next
 * poller takes it over. Writes never depend on it (every write transaction is IMMEDIATE); it keeps
 * two pollers from fetching the same feeds twice and failing each other's feeds into back-off.
 */
import type { PollerKind, PollLeaseHolder } from '../errors/problems'
import { prepared, type Db } from './database'

/** A heartbeat this old means the holder stopped (on another machine, where its pid cannot be checked). */
export const LEASE_STALE_AFTER_MS = 120_000

/** Who asks for the lease. `token` tells one poller from another, even within one process. */
export interface LeaseClaim {
  readonly token: string
  readonly kind: PollerKind
  readonly pid: number
  readonly host: string
}

export type LeaseAnswer = { readonly acquired: true } | { readonly acquired: false; readonly holder: PollLeaseHolder }

export interface PollLeaseOptions {
  readonly staleAfterMs?: number
  /** Whether a process of this machine is running; the real check by default. */
  readonly isAlive?: (pid: number) => boolean
}

interface LeaseRow {
  token: string
  pid: number
  host: string
  kind: PollerKind
  since: number
  heartbeat_at: number
}

export class PollLeaseTable {
  private readonly staleAfterMs: number
  private readonly isAlive: (pid: number) => boolean

  constructor(
    private readonly db: Db,
    options: PollLeaseOptions = {},
  ) {
    this.staleAfterMs = options.staleAfterMs ?? LEASE_STALE_AFTER_MS
    this.isAlive = options.isAlive ?? processIsAlive
  }

  /**
   * Takes the lease if it is free, abandoned, or this claim's already; else says who holds it.
   * Read and write in one IMMEDIATE transaction, so two pollers asking at once cannot both win.
   */
  acquire(claim: LeaseClaim, now: number): LeaseAnswer {
    return this.db
      .transaction((): LeaseAnswer => {
        const row = this.row()
        if (row && row.token !== claim.token && !this.abandoned(row, claim.host, now)) {
          return { acquired: false, holder: { kind: row.kind, pid: row.pid, host: row.host, since: row.since } }
        }
        prepared(
          this.db,
          `INSERT INTO poll_lease (id, token, pid, host, kind, since, heartbeat_at) VALUES (1, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET token = excluded.token, pid = excluded.pid, host = excluded.host,
             kind = excluded.kind, since = excluded.since, heartbeat_at = excluded.heartbeat_at`,
        ).run(claim.token, claim.pid, claim.host, claim.kind, row?.token === claim.token ? row.since : now, now)
        return { acquired: true }
      })
      .immediate()
  }

  /** The heartbeat: false when the lease is no longer this token's (taken over as abandoned). */
  renew(token: string, now: number): boolean {
    return prepared(this.db, 'UPDATE poll_lease SET heartbeat_at = ? WHERE token = ?').run(now, token).changes > 0
  }

  /** Gives the lease back; a lease another poller has taken over stays theirs. */
  release(token: string): void {
    prepared(this.db, 'DELETE FROM poll_lease WHERE token = ?').run(token)
  }

  /** Who holds the lease now (abandoned or not), or null. */
  holder(): PollLeaseHolder | null {
    const row = this.row()
    return row ? { kind: row.kind, pid: row.pid, host: row.host, since: row.since } : null
  }

  private row(): LeaseRow | undefined {
    return prepared(this.db, 'SELECT token, pid, host, kind, since, heartbeat_at FROM poll_lease WHERE id = 1').get() as LeaseRow | undefined
  }

  private abandoned(row: LeaseRow, host: string, now: number): boolean {
    if (now - row.heartbeat_at > this.staleAfterMs) return true
    // A pid is only meaningful on its own machine.
    return row.host === host && !this.isAlive(row.pid)
  }
}

/** Signal 0 checks that a process exists without touching it; EPERM means it exists as another user's. */
function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as { code?: unknown }).code === 'EPERM'
  }
}
