/**
 * The transport used when the renderer is served by the headless server instead of Electron:
 * calls are `POST /api/call/<op>` with the token header, events come over Server-Sent Events.
 */
import type { CallResult } from '../../electron/core/contract/dispatch'
import { asCallResult, asMarsadEvent, type EventListener, type Transport } from './transport'

/** The slice of EventSource we use, so tests can pass a fake. */
export interface EventSourceLike {
  onmessage: ((event: { data: unknown }) => void) | null
  close(): void
}

export interface HttpTransportOptions {
  /** Where the server lives, e.g. `http://127.0.0.1:5173/`. */
  readonly baseUrl: string
  readonly token: string
  readonly fetch?: typeof fetch
  readonly createEventSource?: (url: string) => EventSourceLike
}

export function createHttpTransport(options: HttpTransportOptions): Transport {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init))
  const createEventSource = options.createEventSource ?? ((url: string) => new EventSource(url) as unknown as EventSourceLike)
  const listeners = new Set<EventListener>()
  let source: EventSourceLike | null = null

  /** POSTs the input as JSON with the token; a server that cannot be reached is said as a failed call. */
  async function post(path: string, input: unknown): Promise<{ readonly response: Response } | { readonly failed: CallResult }> {
    try {
      const response = await doFetch(new URL(path, options.baseUrl).toString(), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Marsad-Token': options.token },
        body: JSON.stringify(input ?? {}),
      })
      return { response }
    } catch (err) {
      return { failed: unreachable(err) }
    }
  }

  async function call(op: string, input: unknown): Promise<CallResult> {
    const posted = await post(`api/call/${encodeURIComponent(op)}`, input)
    return 'failed' in posted ? posted.failed : resultOf(posted.response)
  }

  function dispatch(event: { data: unknown }): void {
    if (typeof event.data !== 'string') return
    let parsed: unknown
    try {
      parsed = JSON.parse(event.data)
    } catch {
      return
    }
    const marsadEvent = asMarsadEvent(parsed)
    if (!marsadEvent) return
    for (const listener of [...listeners]) listener(marsadEvent)
  }

  // One EventSource shared by all listeners, opened on the first and closed after the last.
  function onEvent(listener: EventListener): () => void {
    listeners.add(listener)
    if (!source) {
      const url = new URL('api/events', options.baseUrl)
      url.searchParams.set('token', options.token)
      source = createEventSource(url.toString())
      source.onmessage = dispatch
    }
    return () => {
      listeners.delete(listener)
      if (listeners.size === 0 && source) {
        source.close()
        source = null
      }
    }
  }

  /** The CSV streamed by the server, as a Blob; a refusal comes back as a call's would. */
  async function exportCsvFile(input: unknown): Promise<CallResult> {
    const posted = await post('api/export.csv', input)
    if ('failed' in posted) return posted.failed
    const { response } = posted
    if (!response.ok || !(response.headers.get('Content-Type') ?? '').startsWith('text/csv')) return resultOf(response)
    try {
      return { ok: true, result: await response.blob() }
    } catch (err) {
      return unreachable(err)
    }
  }

  return { call, onEvent, exportCsvFile }
}

const unreachable = (err: unknown): CallResult => ({ ok: false, error: { code: 'server.unreachable', detail: err instanceof Error ? err.message : String(err) } })

/** The CallResult a response carries as JSON, or bad_response by its status when it carries none. */
async function resultOf(response: Response): Promise<CallResult> {
  let body: unknown = null
  try {
    body = await response.json()
  } catch {
    // Not JSON: said by its status below.
  }
  return asCallResult(body) ?? { ok: false, error: { code: 'server.bad_response', status: response.status } }
}
