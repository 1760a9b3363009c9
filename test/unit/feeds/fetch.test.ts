import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fetchUrl, USER_AGENT } from '../../../electron/core/feeds/fetch'
import { respond, startLocalServer, type LocalServer } from '../../support/local-server'

const limits = { timeoutMs: 1500, maxBytes: 64 * 1024, maxRedirects: 5 }

async function bodyOf(path: string, options: Parameters<typeof fetchUrl>[1] = {}) {
  const result = await fetchUrl(server.url(path), { limits, ...options })
  if (result.kind !== 'body') throw new Error(`expected a body, got ${result.kind}`)
  return result
}
let server: LocalServer

beforeAll(async () => {
  server = await startLocalServer()
  server.route('/feed', (req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/rss+xml', 'X-Seen-UA': String(req.headers['user-agent']) })
    res.end('<rss>الإرهاب</rss>')
  })
  server.route('/gzip', respond(gzipSync(Buffer.from('<rss>مضغوط</rss>')), { 'Content-Encoding': 'gzip' }))
  server.route('/bomb', respond(gzipSync(Buffer.alloc(50 * 1024 * 1024)), { 'Content-Encoding': 'gzip' }))
  server.route('/big', respond(Buffer.alloc(200 * 1024, 0x41)))
  server.route('/moved', respond('', { Location: '/moved-again' }, 301))
  server.route('/moved-again', respond('', { Location: '/feed' }, 308))
  server.route('/temporary', respond('', { Location: '/feed' }, 302))
  server.route('/permanent-then-temporary', respond('', { Location: '/temporary' }, 301))
  server.route('/etag', (req, res) => {
    if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end()
    res.writeHead(200, { ETag: '"v1"', 'Last-Modified': 'Sat, 14 Feb 2015 09:30:00 GMT' }).end('<rss/>')
  })
  server.route('/modified-since', (req, res) => {
    if (req.headers['if-modified-since'] === 'Sat, 14 Feb 2015 09:30:00 GMT') return void res.writeHead(304).end()
    res.writeHead(200, { 'Last-Modified': 'Sat, 14 Feb 2015 09:30:00 GMT' }).end('<rss/>')
  })
  server.route('/busy', respond('slow down', { 'Retry-After': '120' }, 429))
  server.route('/unavailable', respond('', { 'Retry-After': 'Wed, 21 Oct 2099 07:28:00 GMT' }, 503))
  server.route('/loop-a', respond('', { Location: '/loop-b' }, 302))
  server.route('/loop-b', respond('', { Location: '/loop-a' }, 302))
  server.route('/to-file', respond('', { Location: 'file:///etc/passwd' }, 302))
  server.route('/gone', respond('gone', {}, 410))
  server.route('/trickle', (_req, res) => {
    res.writeHead(200)
    const timer = setInterval(() => res.write('<'), 100)
    res.on('close', () => clearInterval(timer))
  })
})
afterAll(() => server.close())

describe('fetching a feed', () => {
  it('returns the bytes, the content type and names Marsad in the User-Agent', async () => {
    const body = await bodyOf('/feed')
    expect(Buffer.from(body.bytes).toString('utf8')).toBe('<rss>الإرهاب</rss>')
    expect(body.contentType).toBe('application/rss+xml')
    expect(USER_AGENT).toMatch(/^Marsad\//)
  })

  it('decompresses gzip', async () => {
    const body = await bodyOf('/gzip')
    expect(Buffer.from(body.bytes).toString('utf8')).toBe('<rss>مضغوط</rss>')
  })

  it('stops a gzip bomb at the cap, counted after decompression', async () => {
    await expect(fetchUrl(server.url('/bomb'), { limits })).rejects.toThrow(/larger than/)
  })

  it('stops a plain body over the cap', async () => {
    await expect(fetchUrl(server.url('/big'), { limits })).rejects.toThrow(/larger than/)
  })

  it('follows redirects and reports where it ended', async () => {
    const body = await bodyOf('/moved')
    expect(body.finalUrl).toBe(server.url('/feed'))
    expect(body.permanentUrl).toBe(server.url('/feed'))
    expect((await bodyOf('/temporary')).permanentUrl).toBeNull()
    expect((await bodyOf('/permanent-then-temporary')).permanentUrl).toBeNull()
    expect((await bodyOf('/feed')).permanentUrl).toBeNull()
  })

  it('sends the stored validators and reports 304 Not Modified', async () => {
    const first = await bodyOf('/etag')
    expect(first).toMatchObject({ etag: '"v1"', lastModified: 'Sat, 14 Feb 2015 09:30:00 GMT' })
    expect((await fetchUrl(server.url('/etag'), { limits, etag: first.etag })).kind).toBe('not-modified')
    expect((await fetchUrl(server.url('/modified-since'), { limits, lastModified: first.lastModified })).kind).toBe('not-modified')
    expect((await fetchUrl(server.url('/etag'), { limits, etag: '"v0"' })).kind).toBe('body')
  })

  it('passes on Retry-After from 429 and 503, in seconds or as a date', async () => {
    await expect(fetchUrl(server.url('/busy'), { limits })).rejects.toMatchObject({ status: 429, retryAfterMs: 120_000 })
    const err = (await fetchUrl(server.url('/unavailable'), { limits }).catch((e: unknown) => e)) as { status: number; retryAfterMs: number }
    expect(err.status).toBe(503)
    expect(err.retryAfterMs).toBeGreaterThan(365 * 24 * 3600 * 1000)
  })

  it('reports a redirect loop', async () => {
    await expect(fetchUrl(server.url('/loop-a'), { limits })).rejects.toThrow(/redirect loop/)
  })

  it('refuses a redirect to a non-http scheme', async () => {
    await expect(fetchUrl(server.url('/to-file'), { limits })).rejects.toThrow(/only http and https/)
  })

  it('refuses non-http URLs before any request', async () => {
    await expect(fetchUrl('file:///etc/passwd', { limits })).rejects.toThrow(/only http and https/)
  })

  it('reports HTTP errors with their status', async () => {
    await expect(fetchUrl(server.url('/gone'), { limits })).rejects.toThrow(/HTTP 410/)
    await expect(fetchUrl(server.url('/gone'), { limits })).rejects.toMatchObject({ status: 410 })
  })

  it('times out a server that trickles bytes', async () => {
    await expect(fetchUrl(server.url('/trickle'), { limits })).rejects.toThrow(/timed out/)
  })

  it('reports an unreachable host in one line', async () => {
    const closed = await startLocalServer()
    await closed.close()
    await expect(fetchUrl(closed.url('/feed'), { limits })).rejects.toThrow(/^connection refused$/)
  })
})
