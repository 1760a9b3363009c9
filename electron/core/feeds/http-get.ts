/**
 * One HTTP(S) GET over node:http, not fetch(): Node's fetch takes no `lookup`, and checking the
 * address a socket actually connects to (address-policy.ts) is what stops DNS rebinding. No agent,
 * so no kept-alive socket opened for one feed's private host is ever reused by another fetch.
 */
import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { pipeline, type Readable, type Transform } from 'node:stream'
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib'
import { bareHost, checkLiteralHost, guardedLookup, type AddressPolicy } from './address-policy'

export interface HttpResponse {
  readonly status: number
  header(name: string): string | null
  /** The body, decompressed (gzip, deflate, br). */
  readonly body: Readable
  /** Drops the connection (after a redirect, an error status, or once the body was read). */
  discard(): void
}

export function httpGet(url: URL, headers: Record<string, string>, signal: AbortSignal, policy: AddressPolicy): Promise<HttpResponse> {
  checkLiteralHost(url, policy)
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest
  return new Promise((resolve, reject) => {
    const req = request(
      {
        protocol: url.protocol,
        hostname: bareHost(url.hostname),
        port: url.port || undefined,
        path: url.pathname + url.search,
        method: 'GET',
        headers,
        signal,
        agent: false,
        lookup: guardedLookup(policy),
      },
      (res) => resolve(toResponse(res)),
    )
    req.on('error', reject)
    req.end()
  })
}

function toResponse(res: IncomingMessage): HttpResponse {
  let body: Readable | undefined
  return {
    status: res.statusCode ?? 0,
    header: (name) => headerText(res.headers, name),
    // Decoders only for a body that is read (not for a redirect's or an error's).
    get body() {
      return (body ??= decoded(res))
    },
    discard: () => (body ?? res).destroy(),
  }
}

function headerText(headers: IncomingHttpHeaders, name: string): string | null {
  const value = headers[name.toLowerCase()]
  return Array.isArray(value) ? value.join(', ') : (value ?? null)
}

/** Undoes Content-Encoding (listed in the order applied, so undone last first); unknown ones pass through. */
function decoded(res: IncomingMessage): Readable {
  const codings = (headerText(res.headers, 'content-encoding') ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity')
  const stages: Transform[] = []
  for (const coding of codings.reverse()) {
    if (coding === 'gzip' || coding === 'x-gzip') stages.push(createGunzip())
    else if (coding === 'deflate') stages.push(createInflate())
    else if (coding === 'br') stages.push(createBrotliDecompress())
    else return res
  }
  if (stages.length === 0) return res
  // pipeline destroys every stage when one fails or is destroyed, and passes the error on.
  return pipeline([res, ...stages], () => {}) as unknown as Readable
}
