/** Messages between the core's worker thread and whoever hosts it (Electron main, tests). */
import type { CallResult } from '../contract/dispatch'
import type { MarsadEvent } from '../contract/types'
import type { ErrorDetail } from '../errors/problems'

export interface WorkerOptions {
  readonly dbPath: string
  readonly defaultWatchlistsPath?: string
  /** better-sqlite3's addon built for the host's ABI (Electron's); see ServiceOptions.nativeBinding. */
  readonly nativeBinding?: string
  /** See ServiceOptions.matchThreads (tests set it; the app leaves it to the machine). */
  readonly matchThreads?: number
  /** See ServiceOptions.exportThreads. */
  readonly exportThreads?: number
}

export type ToWorker =
  | { readonly kind: 'call'; readonly id: number; readonly op: string; readonly input: unknown }
  /** The host listens now and shows notices: the core may tell what is due (not before, or they would go nowhere). */
  | { readonly kind: 'startNotifying' }

export type FromWorker =
  | { readonly kind: 'ready' }
  | { readonly kind: 'fatal'; readonly error: ErrorDetail }
  | { readonly kind: 'result'; readonly id: number; readonly result: CallResult }
  | { readonly kind: 'event'; readonly event: MarsadEvent }
