/**
 * What the client needs from a transport: one generic call and an event stream. The Electron
 * preload's `window.marsad` has exactly this shape; the HTTP transport provides it over fetch + SSE.
 */
import type { CallResult } from '../../electron/core/contract/dispatch'
import type { MarsadEvent } from '../../electron/core/contract/types'
import { isErrorDetail } from '../../electron/core/errors/problems'

export type EventListener = (event: MarsadEvent) => void

export interface Transport {
  call(op: string, input: unknown): Promise<CallResult>
  onEvent(listener: EventListener): () => void
  /**
   * A view's CSV as a file, streamed from the core (the HTTP server's /api/export.csv): the
   * server holds a page at a time, the browser a file. Absent, the client asks exportCsv.
   */
  exportCsvFile?(input: unknown): Promise<CallResult>
  /** True for the desktop app's bridge: its shell shows notices itself. */
  readonly desktop?: boolean
}

/** True for an object that looks like the preload bridge (checked at runtime: it is a global). */
export function isTransport(value: unknown): value is Transport {
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as Record<string, unknown>
  return typeof candidate.call === 'function' && typeof candidate.onEvent === 'function'
}

/** A CallResult as received off the wire, or null when the payload is not one. */
export function asCallResult(value: unknown): CallResult | null {
  if (typeof value !== 'object' || value === null) return null
  const body = value as Record<string, unknown>
  if (body.ok === true && 'result' in body) return { ok: true, result: body.result }
  if (body.ok === false && isErrorDetail(body.error)) return { ok: false, error: body.error }
  return null
}

/** A MarsadEvent off the wire, or null when the payload is not one we understand. */
export function asMarsadEvent(value: unknown): MarsadEvent | null {
  if (typeof value !== 'object' || value === null) return null
  const type = (value as { type?: unknown }).type
  return type === 'pollProgress' || type === 'newHits' || type === 'rescanProgress' || type === 'pollBusy' || type === 'watchlistsChanged' || type === 'notice' || type === 'openNotice' || type === 'settingsChanged'
    ? (value as MarsadEvent)
    : null
}
