/**
 * The headless server: the built renderer and the contract over HTTP, on 127.0.0.1 only.
 *   POST /api/call/<op>   body: input JSON, header X-Marsad-Token → CallResult JSON
 *   POST /api/export.csv  body: exportCsv's input JSON, same header → the CSV, streamed a page at
 *                         a time (the server holds one page whatever the export's size)
 *   GET  /api/events      ?token=…, Server-Sent Events carrying MarsadEvent JSON
 *   GET  /*               the renderer (open /?token=… so it can call the API)
 * A random token guards the API against other local users' pages; the Host check against DNS
 * rebinding.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dispatchToResult, type CallResult } from '../core/contract/dispatch'
import { MarsadError, toErrorDetail } from '../core/errors/marsad-error'
import { isRefusal, type ErrorDetail } from '../core/errors/problems'
import type { MarsadService } from '../core/app/service'
import { serveStatic } from './static-files'

export interface ServerOptions {
  readonly service: MarsadService
  readonly rendererDir: string
  readonly port?: number
  readonly token?: string
}

export interface RunningServer {
  /** The address to open, token included. */
  readonly url: string
  readonly port: number
  readonly token: string
  /** Event streams open now: pages listening (serve tells notices only while one is). */
  watchers(): number
  close(): Promise<void>
}

/** A call's input is small JSON: 1 MiB is far more than any operation but an import needs. */
const MAX_BODY = 1024 * 1024
/**
 * importOpml carries a whole OPML file as a JSON string. The app takes files up to the contract's
 * 5 M-character cap (operations.ts); as UTF-8 JSON that is up to ~11 MB for real files (Arabic
 * takes 2 bytes a character, each escaped quote 2), so 16 MiB lets `serve` import every file the
 * app imports — a 2 MB OPML export with room to spare — and still bounds what one call may hold.
 */
const MAX_IMPORT_BODY = 16 * 1024 * 1024
/**
 * Past the limit the body is read and dropped (not kept) up to this much more, so an ordinary
 * client that is still sending reads its 413 rather than a connection reset; beyond it we hang up.
 */
const MAX_DRAIN = 64 * 1024 * 1024

function bodyLimit(op: string): number {
  return op === 'importOpml' ? MAX_IMPORT_BODY : MAX_BODY
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  const streams = new Set<ServerResponse>()
  const server = createServer((req, res) => {
    handle(req, res, options, token, port(), streams).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' })
      res.end(err instanceof Error ? err.message : 'internal error')
    })
  })
  await listen(server, options.port ?? 0)
  const port = (): number => (server.address() as AddressInfo).port
  const sockets = new Set<import('node:net').Socket>()
  server.on('connection', (s) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  return {
    url: `http://127.0.0.1:${port()}/?token=${token}`,
    port: port(),
    token,
    watchers: () => streams.size,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      }),
  }
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
}

async function handle(req: IncomingMessage, res: ServerResponse, options: ServerOptions, token: string, port: number, streams: Set<ServerResponse>): Promise<void> {
  const host = req.headers.host ?? ''
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return void res.writeHead(403).end('bad host')
  const url = new URL(req.url ?? '/', `http://${host}`)
  if (url.pathname === '/api/events' && req.method === 'GET') {
    if (!sameToken(url.searchParams.get('token'), token)) return void res.writeHead(401).end('bad token')
    return streamEvents(req, res, options.service, streams)
  }
  if (url.pathname.startsWith('/api/')) {
    if (req.method !== 'POST') return void res.writeHead(405).end('use POST')
    if (!sameToken(headerValue(req.headers['x-marsad-token']), token)) return void res.writeHead(401).end('bad token')
    if (url.pathname === '/api/export.csv') return streamCsv(req, res, options.service)
    return callOperation(req, res, options.service, url.pathname.slice('/api/call/'.length))
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end()
  return serveStatic(options.rendererDir, url.pathname, res)
}

/** Said instead of an input when the body was refused (and the refusal already answered). */
const NO_INPUT = Symbol('no input')

/** The body as an operation's input (JSON; empty is {}), or NO_INPUT once a refusal (413, 400) is sent. */
async function readInput(req: IncomingMessage, res: ServerResponse, op: string): Promise<unknown> {
  try {
    const text = await readBody(req, bodyLimit(op))
    return text.trim() === '' ? {} : JSON.parse(text)
  } catch (err) {
    const error: ErrorDetail = err instanceof MarsadError ? err.detail : { code: 'input.bad_json' }
    sendJson(res, error.code === 'input.body_too_large' ? 413 : 400, { ok: false, error } satisfies CallResult)
    return NO_INPUT
  }
}

async function callOperation(req: IncomingMessage, res: ServerResponse, service: MarsadService, op: string): Promise<void> {
  const input = await readInput(req, res, op)
  if (input === NO_INPUT) return
  // A client that hangs up (a page closed or reloaded) no longer waits: a long call (a preview
  // of the archive) is told, and stops.
  const asked = new AbortController()
  const hungUp = (): void => {
    if (!res.writableEnded) asked.abort()
  }
  res.on('close', hungUp)
  try {
    const result = await dispatchToResult(service.handlers, op, input, { signal: asked.signal })
    if (!res.destroyed) sendJson(res, result.ok ? 200 : httpStatusOf(result.error), result)
  } finally {
    res.off('close', hungUp)
  }
}

/**
 * The CSV of a view, streamed: refused as a call would be (JSON) until the first byte goes out;
 * then a page at a time, each waiting for the socket to drain, and stopped when the client leaves.
 */
async function streamCsv(req: IncomingMessage, res: ServerResponse, service: MarsadService): Promise<void> {
  const input = await readInput(req, res, 'exportCsv')
  if (input === NO_INPUT) return
  try {
    // writeCsv validates the input and reads the view before its first chunk: a refusal is a JSON answer.
    await service.writeCsv(input, async (chunk) => {
      if (res.destroyed) throw new ClientGone()
      // Sent with the first chunk: until then (a search that is no search…) the answer is a refusal.
      if (!res.headersSent) res.writeHead(200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="marsad.csv"', 'Cache-Control': 'no-store' })
      if (!res.write(chunk)) await drained(res)
    })
    res.end()
  } catch (err) {
    if (err instanceof ClientGone) return
    if (!res.headersSent) {
      const error = toErrorDetail(err)
      return sendJson(res, httpStatusOf(error), { ok: false, error } satisfies CallResult)
    }
    // Headers are out: an error can only cut the response short, which the client sees as failed.
    res.destroy(err instanceof Error ? err : undefined)
  }
}

/** The client closed the connection during an export: stop writing. */
class ClientGone extends Error {}

/** Resolves when the response can take more (or is closed). */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      res.off('drain', done)
      res.off('close', done)
      resolve()
    }
    res.on('drain', done)
    res.on('close', done)
  })
}

/** 409 when another process polls this database (try again later), 400 for a refusal of the input, else 500. */
function httpStatusOf(error: ErrorDetail): number {
  if (error.code === 'poll.busy') return 409
  return isRefusal(error) ? 400 : 500
}

function streamEvents(req: IncomingMessage, res: ServerResponse, service: MarsadService, streams: Set<ServerResponse>): void {
  res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache', Connection: 'keep-alive' })
  res.write(': connected\n\n')
  const unsubscribe = service.onEvent((event) => res.write(`data: ${JSON.stringify(event)}\n\n`))
  streams.add(res)
  req.on('close', () => {
    unsubscribe()
    streams.delete(res)
  })
}

/**
 * The body as text, kept only up to `limit` bytes. Over it (or declared over it), rejects at once
 * with input.body_too_large — the caller answers 413 — and keeps reading to drop the rest (see
 * MAX_DRAIN) so the client is not reset mid-upload.
 */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let over = false
    const refuse = (): void => {
      over = true
      chunks.length = 0
      reject(new MarsadError({ code: 'input.body_too_large', limitBytes: limit }))
    }
    if (Number(req.headers['content-length']) > limit) refuse()
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (over) {
        if (size > limit + MAX_DRAIN) req.socket.destroy()
      } else if (size > limit) refuse()
      else chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
  res.end(JSON.stringify(body))
}

function headerValue(value: string | string[] | undefined): string | null {
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null)
}

function sameToken(given: string | null, expected: string): boolean {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}
