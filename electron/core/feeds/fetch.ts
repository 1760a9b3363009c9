/**
 * Fetches a feed's (or an article page's) bytes. Not rss-parser's parseURL: we need conditional
 * GET, a body cap checked after decompression (a gzip bomb stops at the cap), a total timeout that
 * also catches a server trickling bytes and closes the socket, redirects followed by hand over
 * http(s) only, Retry-After, and the raw bytes for charset detection.
 */

export interface FetchLimits {
  readonly timeoutMs: number
  readonly maxBytes: number
  readonly maxRedirects: number
}

export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5 }

export const USER_AGENT = 'Marsad/0.1 (Arabic security news monitor; feed reader)'

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5'
export const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5'

export interface FetchOptions {
  readonly limits?: FetchLimits
  readonly accept?: string
  /** Validators from the last successful fetch, for a conditional GET. */
  readonly etag?: string | null
  readonly lastModified?: string | null
}

interface Fetched {
  readonly finalUrl: string
  /** Where every hop was a permanent redirect (301/308): the address to remember instead. */
  readonly permanentUrl: string | null
}

export type FetchResult =
  | (Fetched & { readonly kind: 'not-modified' })
  | (Fetched & {
      readonly kind: 'body'
      readonly contentType: string | null
      readonly bytes: Uint8Array
      readonly etag: string | null
      readonly lastModified: string | null
    })

export class FetchError extends Error {
  constructor(
    message: string,
    /** The HTTP status, when the server answered with an error. */
    readonly status?: number,
    /** How long the server asked us to wait (Retry-After on 429/503). */
    readonly retryAfterMs?: number,
  ) {
    super(message)
    this.name = 'FetchError'
  }
}

function checkScheme(url: URL): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError(`refused ${url.protocol} URL: only http and https feeds are fetched`)
  }
}

const CONNECTION_RESET = 'connection reset'

export async function fetchUrl(rawUrl: string, options: FetchOptions = {}): Promise<FetchResult> {
  const limits = options.limits ?? DEFAULT_LIMITS
  const signal = AbortSignal.timeout(limits.timeoutMs)
  // A kept-alive socket the server closed meanwhile resets the next request: retry once.
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetchFollowingRedirects(new URL(rawUrl), options, limits, signal)
    } catch (err) {
      if (signal.aborted) throw new FetchError(`timed out after ${formatSeconds(limits.timeoutMs)}`)
      const failure = err instanceof FetchError ? err : new FetchError(describeNetworkError(err))
      if (failure.message !== CONNECTION_RESET || attempt >= 2) throw failure
    }
  }
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Number((bytes / 1024 / 1024).toFixed(1))} MiB` : `${Math.round(bytes / 1024)} KiB`
}

function requestHeaders(options: FetchOptions): Record<string, string> {
  const headers: Record<string, string> = { 'User-Agent': USER_AGENT, Accept: options.accept ?? FEED_ACCEPT, 'Accept-Encoding': 'gzip, deflate, br' }
  if (options.etag) headers['If-None-Match'] = options.etag
  if (options.lastModified) headers['If-Modified-Since'] = options.lastModified
  return headers
}

async function fetchFollowingRedirects(start: URL, options: FetchOptions, limits: FetchLimits, signal: AbortSignal): Promise<FetchResult> {
  const seen = new Set<string>()
  let url = start
  let allPermanent = true
  for (let hop = 0; ; hop++) {
    checkScheme(url)
    if (seen.has(url.href)) throw new FetchError(`redirect loop at ${url.href}`)
    seen.add(url.href)
    const response = await fetch(url, { redirect: 'manual', signal, headers: requestHeaders(options) })
    const location = response.headers.get('location')
    if (response.status >= 300 && response.status < 400 && response.status !== 304 && location) {
      await response.body?.cancel()
      if (hop >= limits.maxRedirects) throw new FetchError(`more than ${limits.maxRedirects} redirects`)
      allPermanent &&= response.status === 301 || response.status === 308
      url = new URL(location, url)
      continue
    }
    const moved = { finalUrl: url.href, permanentUrl: hop > 0 && allPermanent ? url.href : null }
    if (response.status === 304) {
      await response.body?.cancel()
      return { kind: 'not-modified', ...moved }
    }
    if (!response.ok) {
      await response.body?.cancel()
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), Date.now())
      throw new FetchError(`HTTP ${response.status}${response.statusText ? ' ' + response.statusText : ''}`, response.status, retryAfterMs)
    }
    return {
      kind: 'body',
      ...moved,
      contentType: response.headers.get('content-type'),
      bytes: await readCapped(response, limits.maxBytes),
      etag: response.headers.get('etag'),
      lastModified: response.headers.get('last-modified'),
    }
  }
}

/** Retry-After is either seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000
  const date = Date.parse(value)
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array()
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel()
      throw new FetchError(`body larger than ${formatBytes(maxBytes)}`)
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

function describeNetworkError(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause
  if (cause?.code === 'ENOTFOUND' || cause?.code === 'EAI_AGAIN') return 'host not found'
  if (cause?.code === 'ECONNREFUSED') return 'connection refused'
  if (cause?.code === 'ECONNRESET') return CONNECTION_RESET
  return cause?.message ?? (err instanceof Error ? err.message : String(err))
}
