/**
 * Fetches a feed's bytes. Not rss-parser's parseURL: we need a body cap (checked after
 * decompression, so a gzip bomb stops at the cap), a total timeout that also catches a server
 * trickling bytes, redirects followed by hand over http(s) only, and the raw bytes for decoding.
 */

export interface FetchLimits {
  readonly timeoutMs: number
  readonly maxBytes: number
  readonly maxRedirects: number
}

export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5 }

export const USER_AGENT = 'Marsad/0.1 (Arabic security news monitor; feed reader)'

export interface FetchedBody {
  readonly finalUrl: string
  readonly status: number
  readonly contentType: string | null
  readonly bytes: Uint8Array
}

export class FetchError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'FetchError'
  }
}

function checkScheme(url: URL): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError(`refused ${url.protocol} URL: only http and https feeds are fetched`)
  }
}

export async function fetchFeed(rawUrl: string, limits: FetchLimits = DEFAULT_LIMITS): Promise<FetchedBody> {
  const signal = AbortSignal.timeout(limits.timeoutMs)
  try {
    return await fetchFollowingRedirects(new URL(rawUrl), limits, signal)
  } catch (err) {
    if (signal.aborted) throw new FetchError(`timed out after ${Math.round(limits.timeoutMs / 1000)} s`)
    if (err instanceof FetchError) throw err
    throw new FetchError(describeNetworkError(err))
  }
}

async function fetchFollowingRedirects(start: URL, limits: FetchLimits, signal: AbortSignal): Promise<FetchedBody> {
  const seen = new Set<string>()
  let url = start
  for (let hop = 0; ; hop++) {
    checkScheme(url)
    if (seen.has(url.href)) throw new FetchError(`redirect loop at ${url.href}`)
    seen.add(url.href)
    const response = await fetch(url, {
      redirect: 'manual',
      signal,
      headers: {
        'User-Agent': USER_AGENT,
        Accept: 'application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
        'Accept-Encoding': 'gzip, deflate, br',
      },
    })
    const location = response.headers.get('location')
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel()
      if (hop >= limits.maxRedirects) throw new FetchError(`more than ${limits.maxRedirects} redirects`)
      url = new URL(location, url)
      continue
    }
    if (!response.ok) {
      await response.body?.cancel()
      throw new FetchError(`HTTP ${response.status}${response.statusText ? ' ' + response.statusText : ''}`)
    }
    const bytes = await readCapped(response, limits.maxBytes)
    return { finalUrl: url.href, status: response.status, contentType: response.headers.get('content-type'), bytes }
  }
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
      throw new FetchError(`body larger than ${Math.round(maxBytes / 1024 / 1024)} MiB`)
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

function describeNetworkError(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause
  if (cause?.code === 'ENOTFOUND' || cause?.code === 'EAI_AGAIN') return 'host not found'
  if (cause?.code === 'ECONNREFUSED') return 'connection refused'
  if (cause?.code === 'ECONNRESET') return 'connection reset'
  return cause?.message ?? (err instanceof Error ? err.message : String(err))
}
