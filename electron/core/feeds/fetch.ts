/**
 * Fetches a feed's (or an article page's) bytes. Not rss-parser's parseURL: we need conditional
 * GET, a body cap checked after decompression (a gzip bomb stops at the cap), a total timeout that
 * also catches a server trickling bytes and closes the socket, redirects followed by hand over
 * http(s) only, Retry-After, and the raw bytes for charset detection. Every connection goes through
 * the address policy (address-policy.ts): private and local addresses only for the feed's own host.
 */
import { MarsadError } from '../errors/marsad-error'
import type { ErrorDetail } from '../errors/problems'
import { policyForFeed, type AddressPolicy } from './address-policy'
import { httpGet, type HttpResponse } from './http-get'

export interface FetchLimits {
  readonly timeoutMs: number
  readonly maxBytes: number
  readonly maxRedirects: number
}

export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5 }

/**
 * Sent to every site polled. It names the program and nothing else: saying what Marsad watches for
 * ("security news monitor") would tell each site it is being monitored and by what kind of tool.
 * A browser's string would be a lie that breaks sites' feed-reader handling (and their stats); a
 * bare product token is what many feed readers send. The analyst can change it (settings).
 */
export const USER_AGENT = 'Marsad/0.1'

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5'
export const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5'

export interface FetchOptions {
  readonly limits?: FetchLimits
  readonly accept?: string
  /** Validators from the last successful fetch, for a conditional GET. */
  readonly etag?: string | null
  readonly lastModified?: string | null
  /** User-Agent header; USER_AGENT by default. */
  readonly userAgent?: string
  /** Which hosts may be private; by default the URL fetched first's own host (policyForFeed). */
  readonly policy?: AddressPolicy
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

export class FetchError extends MarsadError {
  constructor(
    detail: ErrorDetail,
    /** How long the server asked us to wait (Retry-After on 429/503). */
    readonly retryAfterMs?: number,
  ) {
    super(detail)
  }

  /** The HTTP status, when the server answered with an error. */
  get status(): number | undefined {
    return this.detail.code === 'feed.http_status' ? this.detail.status : undefined
  }
}

function checkScheme(url: URL): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError({ code: 'feed.bad_scheme', scheme: url.protocol })
  }
}

export async function fetchUrl(rawUrl: string, options: FetchOptions = {}): Promise<FetchResult> {
  const limits = options.limits ?? DEFAULT_LIMITS
  const signal = AbortSignal.timeout(limits.timeoutMs)
  const policy = options.policy ?? policyForFeed(rawUrl)
  // A kept-alive socket the server closed meanwhile resets the next request: retry once.
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetchFollowingRedirects(new URL(rawUrl), options, limits, signal, policy)
    } catch (err) {
      if (signal.aborted) throw new FetchError({ code: 'feed.timeout', seconds: Number((limits.timeoutMs / 1000).toFixed(1)) })
      const failure = err instanceof FetchError ? err : new FetchError(err instanceof MarsadError ? err.detail : networkError(err))
      if (failure.detail.code !== 'feed.connection_reset' || attempt >= 2) throw failure
    }
  }
}

function requestHeaders(options: FetchOptions): Record<string, string> {
  const headers: Record<string, string> = { 'User-Agent': options.userAgent ?? USER_AGENT, Accept: options.accept ?? FEED_ACCEPT, 'Accept-Encoding': 'gzip, deflate, br' }
  if (options.etag) headers['If-None-Match'] = options.etag
  if (options.lastModified) headers['If-Modified-Since'] = options.lastModified
  return headers
}

async function fetchFollowingRedirects(start: URL, options: FetchOptions, limits: FetchLimits, signal: AbortSignal, policy: AddressPolicy): Promise<FetchResult> {
  const seen = new Set<string>()
  let url = start
  let allPermanent = true
  for (let hop = 0; ; hop++) {
    checkScheme(url)
    if (seen.has(url.href)) throw new FetchError({ code: 'feed.redirect_loop', url: url.href })
    seen.add(url.href)
    const response = await httpGet(url, requestHeaders(options), signal, policy)
    const location = response.header('location')
    if (response.status >= 300 && response.status < 400 && response.status !== 304 && location) {
      response.discard()
      if (hop >= limits.maxRedirects) throw new FetchError({ code: 'feed.too_many_redirects', max: limits.maxRedirects })
      allPermanent &&= response.status === 301 || response.status === 308
      url = new URL(location, url)
      continue
    }
    const moved = { finalUrl: url.href, permanentUrl: hop > 0 && allPermanent ? url.href : null }
    if (response.status === 304) {
      response.discard()
      return { kind: 'not-modified', ...moved }
    }
    if (response.status < 200 || response.status > 299) {
      response.discard()
      const retryAfterMs = parseRetryAfter(response.header('retry-after'), Date.now())
      throw new FetchError({ code: 'feed.http_status', status: response.status }, retryAfterMs)
    }
    return {
      kind: 'body',
      ...moved,
      contentType: response.header('content-type'),
      bytes: await readCapped(response, limits.maxBytes),
      etag: response.header('etag'),
      lastModified: response.header('last-modified'),
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

async function readCapped(response: HttpResponse, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let total = 0
  try {
    for await (const chunk of response.body as AsyncIterable<Buffer>) {
      total += chunk.byteLength
      if (total > maxBytes) throw new FetchError({ code: 'feed.too_large', limitBytes: maxBytes })
      chunks.push(chunk)
    }
  } finally {
    response.discard()
  }
  return Buffer.concat(chunks)
}

const UNREACHABLE = new Set(['EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ENETDOWN', 'ETIMEDOUT', 'EADDRNOTAVAIL'])
const PROTOCOL = new Set(['EPROTO', 'HPE_INVALID_CONSTANT', 'HPE_INVALID_HEADER_TOKEN', 'UND_ERR_SOCKET', 'ECONNABORTED', 'EPIPE'])
const TLS = /^(CERT_|ERR_TLS_|ERR_SSL_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_)/

/** What a request failure was about: its system code says (node:http's own, or a wrapped cause's). */
function networkError(err: unknown): ErrorDetail {
  type Coded = { code?: unknown; message?: unknown; cause?: Coded }
  const cause = (err as Coded | null)?.cause ?? (err as Coded | null) ?? undefined
  const system = typeof cause?.code === 'string' ? cause.code : undefined
  if (system === 'ENOTFOUND' || system === 'EAI_AGAIN') return { code: 'feed.host_not_found' }
  if (system === 'ECONNREFUSED') return { code: 'feed.connection_refused' }
  if (system === 'ECONNRESET') return { code: 'feed.connection_reset' }
  const detail = (typeof cause?.message === 'string' ? cause.message : err instanceof Error ? err.message : String(err)).split('\n')[0]
  const reason = system === undefined ? 'other' : UNREACHABLE.has(system) ? 'unreachable' : TLS.test(system) ? 'tls' : PROTOCOL.has(system) ? 'protocol' : 'other'
  return system === undefined ? { code: 'feed.network', reason, detail } : { code: 'feed.network', reason, system, detail }
}
