/** The headless server: same contract and validation as IPC, loopback only, token and Host checked. */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createService, type MarsadService } from '../../electron/core/app/service'
import { Store } from '../../electron/core/store/store'
import { startServer, type RunningServer } from '../../electron/server/server'
import { rssFeed, workshopArticle } from '../support/feeds'
import { respond, startLocalServer, type LocalServer } from '../support/local-server'

let service: MarsadService
let server: RunningServer
let feeds: LocalServer
/** The temp folder: the served renderer/ and, beside it, files the browser must never get. */
let dir: string

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

function raw(method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    // Settles once the reply has arrived and the body is all sent (a 413 may come before the end of it).
    let sent!: () => void
    const bodySent = new Promise<void>((done) => (sent = done))
    const req = request({ host: '127.0.0.1', port: server.port, method, path, headers }, (res) => {
      let text = ''
      res.setEncoding('utf8').on('data', (d: string) => (text += d))
      res.on('end', () => void bodySent.then(() => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text })))
    })
    req.on('error', reject)
    req.on('finish', sent)
    req.end(body)
  })
}

const call = (op: string, input: unknown, token = server.token) =>
  raw('POST', `/api/call/${op}`, { 'X-Marsad-Token': token, 'Content-Type': 'application/json' }, JSON.stringify(input))

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'marsad-server-'))
  const renderer = join(dir, 'renderer')
  mkdirSync(renderer)
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><html lang="ar" dir="rtl"><title>مرصد</title></html>')
  writeFileSync(join(dir, 'secret.txt'), 'not for the browser')
  service = createService({ dbPath: join(dir, 'marsad.sqlite') })
  server = await startServer({ service, rendererDir: renderer })
  feeds = await startLocalServer()
  const workshop = workshopArticle()
  feeds.route('/rss', respond(rssFeed('المركزية', [{ id: 'w', title: workshop.title, body: workshop.body, link: 'https://e.com/s', pubDate: 'Sat, 14 Feb 2015 09:30:00 GMT' }])))
})
afterAll(async () => {
  await server.close()
  await feeds.close()
  service.close()
})

describe('headless server', () => {
  it('listens on 127.0.0.1 and gives a URL with its token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`)
    expect(server.token.length).toBeGreaterThanOrEqual(32)
  })

  it('serves the renderer with a CSP header', async () => {
    const page = await raw('GET', '/')
    expect(page.status).toBe(200)
    expect(page.body).toContain('dir="rtl"')
    expect(page.headers['content-security-policy']).toContain("script-src 'self'")
  })

  it('refuses paths that escape the renderer folder', async () => {
    const escape = await raw('GET', '/..%2fsecret.txt')
    expect(escape.status).toBe(403)
    expect(escape.body).not.toContain('not for the browser')
  })

  it('follows no symbolic link in the renderer folder, to a file or a folder outside it', async () => {
    mkdirSync(join(dir, 'outside'))
    writeFileSync(join(dir, 'outside', 'key.txt'), 'not for the browser either')
    symlinkSync(join(dir, 'secret.txt'), join(dir, 'renderer', 'leak.txt'))
    symlinkSync(join(dir, 'outside'), join(dir, 'renderer', 'assets'), 'dir')
    for (const path of ['/leak.txt', '/assets/key.txt']) {
      const reply = await raw('GET', path)
      expect(reply.status).toBe(404)
      expect(reply.body).not.toContain('not for the browser')
    }
    expect((await raw('GET', '/index.html')).status).toBe(200)
  })

  it('refuses API calls without the token, and requests for another Host', async () => {
    expect((await call('listFeeds', {}, 'wrong')).status).toBe(401)
    expect((await raw('POST', '/api/call/listFeeds', { 'X-Marsad-Token': server.token, Host: 'evil.example:80' }, '{}')).status).toBe(403)
  })

  it('validates input exactly as the contract says', async () => {
    const bad = await call('addFeed', { url: 'javascript:alert(1)' })
    expect(bad.status).toBe(400)
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'input.invalid', operation: 'addFeed', field: 'url', problem: 'not_http_url' } })
    expect((await call('dropEverything', {})).status).toBe(400)
    expect((await raw('POST', '/api/call/listFeeds', { 'X-Marsad-Token': server.token }, '{not json')).status).toBe(400)
  })

  it('runs operations and streams poll events to subscribers', async () => {
    const added = JSON.parse((await call('addFeed', { url: feeds.url('/rss') })).body) as { ok: boolean; result: { id: number } }
    expect(added.ok).toBe(true)
    const events: string[] = []
    let subscribed!: () => void
    const connected = new Promise<void>((resolve) => (subscribed = resolve))
    const gotNewHits = new Promise<void>((resolve) => {
      request({ host: '127.0.0.1', port: server.port, path: `/api/events?token=${server.token}` }, (res) => {
        // The server subscribes in the same tick as it sends the headers: from here no event is missed.
        subscribed()
        res.setEncoding('utf8').on('data', (chunk: string) => {
          events.push(chunk)
          if (chunk.includes('"newHits"')) {
            res.destroy()
            resolve()
          }
        })
      }).end()
    })
    await connected
    const polled = JSON.parse((await call('refreshNow', {})).body) as { result: { ok: boolean; newHits: number }[] }
    expect(polled.result).toEqual([expect.objectContaining({ ok: true, newHits: 1 })])
    await gotNewHits
    expect(events.join('')).toContain('"phase":"started"')
    const listed = JSON.parse((await call('listArticles', { flaggedOnly: true })).body) as { result: { title: string }[] }
    expect(listed.result.map((a) => a.title)).toEqual([workshopArticle().title])
  })

  it('streams the CSV of a view, the same as the contract gives it, and refuses as a call would', async () => {
    const exportCsv = (input: unknown, token = server.token) =>
      raw('POST', '/api/export.csv', { 'X-Marsad-Token': token, 'Content-Type': 'application/json' }, JSON.stringify(input))
    const view = { flaggedOnly: true, search: 'ورشة', timeZone: 'UTC' }
    const streamed = await exportCsv(view)
    expect(streamed.status).toBe(200)
    expect(streamed.headers['content-type']).toBe('text/csv; charset=utf-8')
    const whole = JSON.parse((await call('exportCsv', view)).body) as { result: { csv: string; rows: number } }
    expect(whole.result.rows).toBe(1)
    expect(streamed.body).toBe(whole.result.csv)
    expect((await exportCsv(view, 'wrong')).status).toBe(401)
    const refused = await exportCsv({ search: '-ورشة' })
    expect(refused.status).toBe(400)
    expect(JSON.parse(refused.body)).toEqual({ ok: false, error: { code: 'search.invalid', problem: 'only_excluded' } })
    expect(JSON.parse((await exportCsv({ limit: 5 })).body)).toMatchObject({ ok: false, error: { code: 'input.invalid', field: '' } })
  })

  it('answers 409 with poll.busy, naming the holder, while another process polls this database', async () => {
    const store = Store.open(join(dir, 'marsad.sqlite'))
    try {
      // The parent process: alive on this host, so its lease is not taken for abandoned.
      const claim = { token: 'other-process', kind: 'cli', pid: process.ppid, host: hostname() } as const
      expect(store.pollLease.acquire(claim, Date.now()).acquired).toBe(true)
      const reply = await call('refreshNow', {})
      expect(reply.status).toBe(409)
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'poll.busy', kind: 'cli', pid: process.ppid } })
      store.pollLease.release(claim.token)
      expect((await call('refreshNow', {})).status).toBe(200)
    } finally {
      store.close()
    }
  })

  // After the poll test: the feeds imported here are never polled.
  it('imports a 2 MB OPML file (over the 1 MiB other calls take)', async () => {
    const padding = 'أخبار الأمن والدفاع في المنطقة، '.repeat(30)
    const outlines = Array.from({ length: 1200 }, (_, i) => `<outline type="rss" text="مصدر ${i}" description="${padding}" xmlUrl="https://feeds${i}.example/rss"/>`)
    const text = `<?xml version="1.0" encoding="UTF-8"?><opml version="2.0"><head><title>مصادر</title></head><body>${outlines.join('\n')}</body></opml>`
    const body = JSON.stringify({ text })
    expect(Buffer.byteLength(body)).toBeGreaterThan(2 * 1024 * 1024)
    const reply = await raw('POST', '/api/call/importOpml', { 'X-Marsad-Token': server.token, 'Content-Type': 'application/json' }, body)
    expect(reply.status).toBe(200)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, result: { added: 1200 } })
  })

  it('answers 413 with a JSON error to a body over the limit, read only up to it', async () => {
    const reply = await raw('POST', '/api/call/listFeeds', { 'X-Marsad-Token': server.token, 'Content-Type': 'application/json' }, ' '.repeat(1024 * 1024 + 1))
    expect(reply.status).toBe(413)
    expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code: 'input.body_too_large', limitBytes: 1024 * 1024 } })
    const huge = await raw('POST', '/api/call/importOpml', { 'X-Marsad-Token': server.token, 'Content-Type': 'application/json' }, 'x'.repeat(17 * 1024 * 1024))
    expect(huge.status).toBe(413)
    expect(JSON.parse(huge.body)).toMatchObject({ ok: false, error: { code: 'input.body_too_large', limitBytes: 16 * 1024 * 1024 } })
    // The connection is still usable by the next call.
    expect((await call('listFeeds', {})).status).toBe(200)
  })
})
