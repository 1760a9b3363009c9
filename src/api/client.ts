/**
 * The renderer's one client for Marsad's contract. It works over the Electron preload bridge
 * (`window.marsad`) or, when that is absent, over HTTP to the headless server, with the token
 * taken from the page's `?token=` parameter. Every operation resolves with its typed output or
 * rejects with a MarsadCallError carrying the error's code and parameters (src/lib/errors.ts words it).
 */
import type { ErrorDetail } from '../../electron/core/errors/problems'
import type { MarsadApi, OperationInput, OperationName, OperationOutput } from '../../electron/core/contract/operations'
import { createHttpTransport } from './http-transport'
import { isTransport, type EventListener, type Transport } from './transport'

export type { EventListener, Transport } from './transport'

export class MarsadCallError extends Error {
  constructor(readonly detail: ErrorDetail) {
    super(detail.code)
    this.name = 'MarsadCallError'
  }
}

export interface MarsadClient extends MarsadApi {
  /** In the desktop app, whose shell shows notices itself (a browser's page shows them as Web Notifications). */
  readonly desktop: boolean
  /** Listens to pollProgress / newHits events; returns the function that stops listening. */
  subscribe(listener: EventListener): () => void
  /** A view's CSV as a file: streamed when the transport can, else exportCsv's text. */
  exportCsvFile(input: OperationInput<'exportCsv'>): Promise<Blob>
}

export function createClient(transport: Transport): MarsadClient {
  async function call<N extends OperationName>(op: N, input: OperationInput<N>): Promise<OperationOutput<N>> {
    const response = await transport.call(op, input)
    if (!response.ok) throw new MarsadCallError(response.error)
    return response.result as OperationOutput<N>
  }
  // Spelled out (rather than generated from the operation list) so the bundle needs no zod and
  // the compiler checks every operation of MarsadApi is here.
  return {
    desktop: transport.desktop === true,
    listFeeds: (input) => call('listFeeds', input),
    previewFeed: (input) => call('previewFeed', input),
    addFeed: (input) => call('addFeed', input),
    updateFeed: (input) => call('updateFeed', input),
    removeFeed: (input) => call('removeFeed', input),
    importOpml: (input) => call('importOpml', input),
    exportOpml: (input) => call('exportOpml', input),
    suggestedFeeds: (input) => call('suggestedFeeds', input),
    refreshNow: (input) => call('refreshNow', input),
    listArticles: (input) => call('listArticles', input),
    timelineCounts: (input) => call('timelineCounts', input),
    updateArticle: (input) => call('updateArticle', input),
    markViewRead: (input) => call('markViewRead', input),
    markLooked: (input) => call('markLooked', input),
    getArticle: (input) => call('getArticle', input),
    listWatchlists: (input) => call('listWatchlists', input),
    getWatchlists: (input) => call('getWatchlists', input),
    setWatchlists: (input) => call('setWatchlists', input),
    checkQuery: (input) => call('checkQuery', input),
    tryWatchlists: (input) => call('tryWatchlists', input),
    previewWatchlists: (input) => call('previewWatchlists', input),
    markArticle: (input) => call('markArticle', input),
    rescan: (input) => call('rescan', input),
    cancelRescan: (input) => call('cancelRescan', input),
    exportCsv: (input) => call('exportCsv', input),
    settings: (input) => call('settings', input),
    noticeHistory: (input) => call('noticeHistory', input),
    setPolling: (input) => call('setPolling', input),
    storage: (input) => call('storage', input),
    prune: (input) => call('prune', input),
    subscribe: (listener) => transport.onEvent(listener),
    exportCsvFile: async (input) => {
      if (!transport.exportCsvFile) return new Blob([(await call('exportCsv', input)).csv], { type: 'text/csv;charset=utf-8' })
      const response = await transport.exportCsvFile(input)
      if (!response.ok) throw new MarsadCallError(response.error)
      return response.result as Blob
    },
  }
}

/** Picks the transport for this page: the preload bridge if present, else HTTP to our origin. */
export function detectTransport(global: { marsad?: unknown; location: { href: string } }): Transport {
  if (isTransport(global.marsad)) return global.marsad
  const page = new URL(global.location.href)
  return createHttpTransport({ baseUrl: page.origin + '/', token: page.searchParams.get('token') ?? '' })
}

let defaultClient: MarsadClient | null = null

/** The client for this window, created on first use. */
export function getClient(): MarsadClient {
  defaultClient ??= createClient(detectTransport(globalThis as unknown as { marsad?: unknown; location: { href: string } }))
  return defaultClient
}

/** Shorthand for getClient().subscribe. */
export function subscribe(listener: EventListener): () => void {
  return getClient().subscribe(listener)
}
