/** The headless server exposes the watchlist-tuning operations as it does every other: POST /api/call/<op>, token checked, refusals as 400. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createService, type MarsadService } from '../../electron/core/app/service'
import { Store } from '../../electron/core/store/store'
import { startServer, type RunningServer } from '../../electron/server/server'

let service: MarsadService
let server: RunningServer
let articleId: number

const DRAFT = { watchlists: [{ id: 'arrests', name: 'اعتقالات', terms: ['اعتقال'] }] }

async function call(op: string, input: unknown, token = server.token): Promise<{ status: number; body: { ok: boolean; result?: any; error?: any } }> {
  const res = await fetch(`http://127.0.0.1:${server.port}/api/call/${op}`, {
    method: 'POST',
    headers: { 'X-Marsad-Token': token, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  })
  return { status: res.status, body: (await res.json().catch(() => ({}))) as never }
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-server-tuning-'))
  mkdirSync(join(dir, 'renderer'))
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>مرصد</title>')
  const dbPath = join(dir, 'marsad.sqlite')
  const store = Store.open(dbPath)
  const feed = store.feeds.add('https://e.example/rss', 'المركزية', 0)
  articleId = store.articles.insert({ feedId: feed.id, source: 'المركزية', guid: 'a', url: null, title: 'اعتقال مطلوب', body: 'اعتقلت الشرطة مطلوبًا', publishedAt: 1, publishedGuessed: false, fetchedAt: 0 }) as number
  store.close()
  service = createService({ dbPath })
  await service.call('setWatchlists', DRAFT)
  await service.whenIdle()
  server = await startServer({ service, rendererDir: join(dir, 'renderer') })
})
afterAll(async () => {
  await server.close()
  service.close()
})

describe('the tuning operations over HTTP', () => {
  it('checks a query, with the problem and its position', async () => {
    expect(await call('checkQuery', { query: 'اعتقال' })).toEqual({ status: 200, body: { ok: true, result: {} } })
    const bad = await call('checkQuery', { query: 'اعتقال OR' })
    expect(bad.status).toBe(200)
    expect(bad.body.result.problem).toMatchObject({ code: 'query.syntax', problem: 'operator_without_term', position: 7 })
  })

  it('tries a draft on a text, and refuses one that does not build with 400', async () => {
    const tried = await call('tryWatchlists', { file: DRAFT, text: 'تم اعتقال المشتبه به' })
    expect(tried.status).toBe(200)
    expect(tried.body.result.scores).toEqual([expect.objectContaining({ watchlistId: 'arrests', flagged: true })])
    const refused = await call('tryWatchlists', { file: { watchlists: [{ id: 'a', name: 'أ', terms: ['"اعتقال'] }] }, text: 'نص' })
    expect(refused).toMatchObject({ status: 400, body: { ok: false, error: { code: 'query.syntax', watchlist: 'a', position: 0 } } })
  })

  it('previews a draft on the archive and marks an article', async () => {
    const preview = await call('previewWatchlists', { file: { watchlists: [{ id: 'arrests', name: 'اعتقالات', terms: ['مطلوب'] }] } })
    expect(preview.status).toBe(200)
    expect(preview.body.result).toMatchObject({ stored: 1, matched: 1, total: { flagged: 1, flaggedNow: 1 } })
    expect(await call('markArticle', { articleId, watchlistId: 'arrests', verdict: 'relevant' })).toEqual({
      status: 200,
      body: { ok: true, result: { marks: [{ watchlistId: 'arrests', verdict: 'relevant' }] } },
    })
    expect((await call('markArticle', { articleId, watchlistId: 'arrests', verdict: 'relevant' }, 'wrong')).status).toBe(401)
  })
})
