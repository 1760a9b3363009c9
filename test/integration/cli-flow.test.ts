/**
 * The skeleton's whole path through the CLI: a local HTTP feed built from the workshop article
 * and unrelated Arabic news → feeds add → poll --once → articles → export, checked in the CSV.
 * Runs `marsad` in-process (runCli, as main.ts does) against a real SQLite file; what only a real
 * process shows (exit codes, separate streams, stdin, signals) is in cli-process.test.ts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixtureArticles, rssFeed, workshopArticle } from '../support/feeds'
import { respond, startLocalServer, type LocalServer } from '../support/local-server'
import { runCliInProcess } from '../support/run-cli'

let server: LocalServer
let dir: string
let db: string
let unreachable: string
const workshop = workshopArticle()
const unrelated = fixtureArticles().filter((a) => a.expected.length === 0).slice(0, 4)

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'marsad-cli-'))
  db = join(dir, 'marsad.sqlite')
  server = await startLocalServer()
  const articles = [{ id: 'workshop', title: workshop.title, body: workshop.body, link: 'https://example.com/workshop?utm_source=rss', pubDate: 'Sat, 14 Feb 2015 09:30:00 +0200' }, ...unrelated]
  server.route('/almarkazia.xml', respond(rssFeed('المركزية', articles), { 'Content-Type': 'application/rss+xml; charset=utf-8' }))
  server.route('/page.html', respond('<html><body>ليست خلاصة</body></html>', { 'Content-Type': 'text/html' }))
  const closed = await startLocalServer()
  unreachable = closed.url('/feed.xml')
  await closed.close()
})
afterAll(() => server.close())

const marsad = (...args: string[]) => runCliInProcess(['--db', db, ...args])

describe('marsad CLI, end to end against a local feed', () => {
  it('adds feeds and refuses a non-http URL without changing the database', async () => {
    const added = await marsad('feeds', 'add', server.url('/almarkazia.xml'), '--name', 'المركزية')
    // A new --db is created, and said so once.
    expect(added).toMatchObject({ code: 0, stderr: `marsad: created a new database at ${db}\n` })
    expect(added.stdout).toBe(`found «المركزية»: ${unrelated.length + 1} items\nfeed 1: المركزية <${server.url('/almarkazia.xml')}>\n`)

    // Checked before saving: an unreachable host or a page with no feed is refused, nothing stored.
    for (const [url, message] of [[unreachable, /connection refused/], [server.url('/page.html'), /links to no RSS or Atom feed/]] as const) {
      const refusedAdd = await marsad('feeds', 'add', url)
      expect(refusedAdd.code).toBe(1)
      expect(refusedAdd.stderr.trim().split('\n')).toHaveLength(1)
      expect(refusedAdd.stderr).toMatch(message)
    }
    expect((await marsad('feeds', 'add', unreachable, '--name', 'معطل', '--no-check')).code).toBe(0)
    expect((await marsad('feeds', 'add', server.url('/page.html'), '--name', 'صفحة', '--no-check')).code).toBe(0)

    const refused = await marsad('feeds', 'add', 'ftp://example.com/feed')
    expect(refused.code).toBe(2)
    expect(refused.stderr.trim().split('\n')).toHaveLength(1)
    expect(refused.stderr).toMatch(/http:\/\/ or https:\/\//)
    const list = JSON.parse((await marsad('feeds', 'list', '--json')).stdout) as { url: string }[]
    expect(list.map((f) => f.url)).toEqual([server.url('/almarkazia.xml'), unreachable, server.url('/page.html')])
  })

  it('polls every feed once, stores errors of the broken ones and still exits 0', async () => {
    const polled = await marsad('poll', '--once')
    expect(polled.code).toBe(0)
    const lines = polled.stdout.trim().split('\n')
    expect(lines).toEqual([
      `ok    المركزية: ${unrelated.length + 1} items, ${unrelated.length + 1} new, 1 flagged`,
      'FAIL  معطل: connection refused',
      expect.stringMatching(/^FAIL {2}صفحة: not a feed/),
    ])
    const feeds = JSON.parse((await marsad('feeds', 'list', '--json')).stdout) as { lastError: string | null; articleCount: number }[]
    expect(feeds.map((f) => [f.articleCount, f.lastError === null])).toEqual([[unrelated.length + 1, true], [0, false], [0, false]])
  })

  it('does not store the same articles twice on the next poll', async () => {
    const again = await marsad('poll', '--once')
    expect(again.stdout).toContain(`ok    المركزية: ${unrelated.length + 1} items, 0 new, 0 flagged`)
  })

  it('lists the workshop article as flagged by the three core watchlists', async () => {
    const out = await marsad('articles', '--flagged', '--json')
    const flagged = JSON.parse(out.stdout) as { title: string; url: string; hits: { watchlistId: string }[]; titleHighlights: unknown[] }[]
    expect(flagged).toHaveLength(1)
    expect(flagged[0].title).toBe(workshop.title)
    expect(flagged[0].url).toBe('https://example.com/workshop')
    expect(flagged[0].hits.map((h) => h.watchlistId)).toEqual(
      expect.arrayContaining(['counter-terrorism', 'security-workshops', 'intelligence-cooperation']),
    )
    expect(flagged[0].titleHighlights.length).toBeGreaterThan(0)
    const all = JSON.parse((await marsad('articles', '--json', '--limit', '100')).stdout) as unknown[]
    expect(all).toHaveLength(unrelated.length + 1)
  })

  it('exports flagged articles to a CSV Excel reads as Arabic', async () => {
    const out = join(dir, 'flagged.csv')
    const exported = await marsad('export', '--out', out, '--flagged', '--utc')
    expect(exported).toMatchObject({ code: 0, stdout: `wrote 1 articles to ${out}\n` })
    const csv = readFileSync(out, 'utf8')
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const [header, row, end] = csv.slice(1).split('\r\n')
    expect(header.split(',')).toEqual(expect.arrayContaining(['published', 'source', 'title', 'url', 'watchlists', 'matched']))
    const cells = row.split(',')
    expect(cells[0]).toBe('2015-02-14T07:30:00+00:00')
    expect(cells[1]).toBe('المركزية')
    expect(cells[2]).toBe(workshop.title)
    expect(cells[3]).toBe('https://example.com/workshop')
    expect(cells[5]).toContain('الارهاب')
    expect(end).toBe('')
  })

  it('matches a text and reports offsets into the text exactly as given', async () => {
    const text = `${workshop.title}\n\n${workshop.body}`
    const empty = await marsad('match', '-')
    expect(empty).toMatchObject({ code: 0, stdout: '{"hits":[],"flagged":[]}\n' })
    const viaStdin = await runCliInProcess(['--db', db, 'match', '-'], { stdin: text })
    const { hits } = JSON.parse(viaStdin.stdout) as { hits: { watchlist: string; query: string; start: number; end: number; text: string }[] }
    expect(hits.length).toBeGreaterThan(10)
    for (const h of hits) expect(text.slice(h.start, h.end)).toBe(h.text)
    expect([...new Set(hits.map((h) => h.watchlist))]).toEqual(
      expect.arrayContaining(['counter-terrorism', 'security-workshops', 'intelligence-cooperation']),
    )
    expect(hits.map((h) => h.text)).toEqual(expect.arrayContaining(['الارهاب', 'التعاون المخابراتي', 'تبادل المعلومات']))
  })

  it('matches with a watchlist file, and rejects bad watchlist files in one line', async () => {
    const good = join(dir, 'good.json')
    writeFileSync(good, JSON.stringify({ watchlists: [{ id: 'ct', name: 'إرهاب', terms: ['إرهاب'] }] }))
    const text = 'قال إنَّ الإرْهَابَ والإرهابيين — لا الإرهاق'
    const { hits } = JSON.parse((await runCliInProcess(['match', '--watchlists', good, '-'], { stdin: text })).stdout) as { hits: { text: string; start: number }[] }
    expect(hits.map((h) => h.text)).toEqual(['الإرْهَابَ', 'والإرهابيين'])
    expect(hits[0].start).toBe(text.indexOf('الإرْهَابَ'))

    const notJson = join(dir, 'bad.json')
    writeFileSync(notJson, '{"watchlists": [')
    const emptyTerm = join(dir, 'empty.json')
    writeFileSync(emptyTerm, JSON.stringify({ watchlists: [{ id: 'x', name: 'x', terms: ['  '] }] }))
    for (const [file, message] of [[notJson, /not valid JSON/], [emptyTerm, /empty term/]] as const) {
      const result = await runCliInProcess(['match', '--watchlists', file, '-'], { stdin: text })
      // Refused input: exit code 2, like a bad flag.
      expect(result.code).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr.trim().split('\n')).toHaveLength(1)
      expect(result.stderr).toMatch(message)
    }
  })

  it('re-flags the stored history when watchlists are imported, and exports them back', async () => {
    const target = unrelated[0]
    const word = target.title.split(/\s+/).find((w) => w.length >= 4) as string
    const file = join(dir, 'imported.json')
    writeFileSync(file, JSON.stringify({ watchlists: [{ id: 'probe', name: 'اختبار', terms: [`=${word}`] }] }))
    const imported = await marsad('watchlists', 'import', file)
    expect(imported.code).toBe(0)
    expect(imported.stdout).toMatch(/^imported 1 watchlists\n[\s\S]*rescan done: \d+\/\d+ articles, [1-9]\d* flagged\n$/)
    const flagged = JSON.parse((await marsad('articles', '--flagged', '--json')).stdout) as { title: string; hits: { watchlistId: string }[] }[]
    expect(flagged.map((a) => a.title)).toContain(target.title)
    expect(flagged.flatMap((a) => a.hits.map((h) => h.watchlistId))).toEqual(flagged.map(() => 'probe'))
    // Renamed only: what it flags is the same, so the archive is not rescanned.
    writeFileSync(file, JSON.stringify({ watchlists: [{ id: 'probe', name: 'اختبار مُعاد تسميته', terms: [`=${word}`] }] }))
    const renamed = await marsad('watchlists', 'import', file)
    expect(renamed.stdout).toBe('no watchlist matches differently: nothing to rescan\nimported 1 watchlists\n')
    const exported = JSON.parse((await marsad('watchlists', 'export')).stdout) as { watchlists: { id: string }[] }
    expect(exported.watchlists.map((w) => w.id)).toEqual(['probe'])
    const broken = join(dir, 'broken.json')
    writeFileSync(broken, JSON.stringify({ watchlists: [{ id: 'x', name: 'x', terms: ['(داعش'] }] }))
    const refused = await marsad('watchlists', 'import', broken)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/unbalanced \( at position 0/)
    expect(JSON.parse((await marsad('watchlists', 'export')).stdout)).toEqual(exported)
  })

  it.each([[['frobnicate']], [['articles', '--limit', 'lots']], [['feeds']], [['export']], [['poll', '--once', 'extra']]])(
    'answers bad usage %j with one line on stderr and exit code 2',
    async (args) => {
      const result = await marsad(...args)
      expect(result.code).toBe(2)
      expect(result.stderr.trim().split('\n')).toHaveLength(1)
    },
  )
})
