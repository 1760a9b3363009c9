import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fetchFeed, USER_AGENT } from '../../../electron/core/feeds/fetch'
import { respond, startLocalServer, type LocalServer } from '../../support/local-server'

const limits = { timeoutMs: 1500, maxBytes: 64 * 1024, maxRedirects: 5 }
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
  server.route('/moved', respond('', { Location: '/feed' }, 301))
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
    const body = await fetchFeed(server.url('/feed'), limits)
    expect(Buffer.from(body.bytes).toString('utf8')).toBe('<rss>الإرهاب</rss>')
    expect(body.contentType).toBe('application/rss+xml')
    expect(USER_AGENT).toMatch(/^Marsad\//)
  })

  it('decompresses gzip', async () => {
    const body = await fetchFeed(server.url('/gzip'), limits)
    expect(Buffer.from(body.bytes).toString('utf8')).toBe('<rss>مضغوط</rss>')
  })

  it('stops a gzip bomb at the cap, counted after decompression', async () => {
    await expect(fetchFeed(server.url('/bomb'), limits)).rejects.toThrow(/larger than/)
  })

  it('stops a plain body over the cap', async () => {
    await expect(fetchFeed(server.url('/big'), limits)).rejects.toThrow(/larger than/)
  })

  it('follows redirects and reports where it ended', async () => {
    const body = await fetchFeed(server.url('/moved'), limits)
    expect(body.finalUrl).toBe(server.url('/feed'))
  })

  it('reports a redirect loop', async () => {
    await expect(fetchFeed(server.url('/loop-a'), limits)).rejects.toThrow(/redirect loop/)
  })

  it('refuses a redirect to a non-http scheme', async () => {
    await expect(fetchFeed(server.url('/to-file'), limits)).rejects.toThrow(/only http and https/)
  })

  it('refuses non-http URLs before any request', async () => {
    await expect(fetchFeed('file:///etc/passwd', limits)).rejects.toThrow(/only http and https/)
  })

  it('reports HTTP errors with their status', async () => {
    await expect(fetchFeed(server.url('/gone'), limits)).rejects.toThrow(/HTTP 410/)
  })

  it('times out a server that trickles bytes', async () => {
    await expect(fetchFeed(server.url('/trickle'), limits)).rejects.toThrow(/timed out/)
  })

  it('reports an unreachable host in one line', async () => {
    const closed = await startLocalServer()
    await closed.close()
    await expect(fetchFeed(closed.url('/feed'), limits)).rejects.toThrow(/^connection refused$/)
  })
})
