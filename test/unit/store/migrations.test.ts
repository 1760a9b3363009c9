/** Migrations carry a database forward with its data in it: each is run from the version before. */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { MarsadError } from '../../../electron/core/errors/marsad-error'
import { MIGRATIONS } from '../../../electron/core/store/migrations'
import { databaseAt, storeOpener } from '../../support/databases'

const open = storeOpener()

/** The MarsadError opening `path` throws. */
function refusalToOpen(path: string): MarsadError {
  try {
    open(path)
  } catch (err) {
    expect(err).toBeInstanceOf(MarsadError)
    return err as MarsadError
  }
  throw new Error(`expected ${path} to be refused`)
}

describe('migration 4: feed errors become codes', () => {
  it("turns a version-3 file's English error text into error details, keeping what it cannot read as legacy text", () => {
    const { path, raw } = databaseAt(3)
    const errors: [string | null, string | null][] = [
      ['HTTP 404 Not Found', null],
      ['timed out after 20 s', null],
      ['connection refused', null],
      ['host not found', null],
      ['not a feed: no <rss>, <feed> or <rdf:RDF> element', null],
      ['malformed feed: Unexpected close tag', null],
      ['the site says this feed is gone for good (HTTP 410); it is no longer polled', 'the site says this feed is gone for good (HTTP 410); it is no longer polled'],
      ['self signed certificate in certificate chain', null],
      [null, null],
    ]
    const insert = raw.prepare('INSERT INTO feeds (url, added_at, last_error, disabled_reason, failures) VALUES (?, 0, ?, ?, 2)')
    errors.forEach(([error, reason], i) => insert.run(`https://e${i}.example/rss`, error, reason))
    raw.close()

    const feeds = open(path).feeds.list()
    expect(feeds.map((f) => f.lastError)).toEqual([
      { code: 'feed.http_status', status: 404 },
      { code: 'feed.timeout', seconds: 20 },
      { code: 'feed.connection_refused' },
      { code: 'feed.host_not_found' },
      { code: 'feed.not_a_feed' },
      { code: 'feed.malformed', detail: 'Unexpected close tag' },
      { code: 'feed.gone' },
      { code: 'legacy', text: 'self signed certificate in certificate chain' },
      null,
    ])
    expect(feeds.map((f) => f.disabledReason)).toEqual([null, null, null, null, null, null, { code: 'feed.gone' }, null, null])
    // Nothing else about the feeds changed.
    expect(feeds.map((f) => f.failures)).toEqual(errors.map(() => 2))
  })

  it('stores new failures as details that read back the same', () => {
    const { path, raw } = databaseAt(MIGRATIONS.length)
    raw.close()
    const store = open(path)
    const feed = store.feeds.add('https://e.example/rss', undefined, 1)
    store.feeds.recordFailure(feed.id, { code: 'feed.network', reason: 'tls', system: 'CERT_HAS_EXPIRED', detail: 'certificate has expired' }, 5, 60)
    expect(store.feeds.get(feed.id)?.lastError).toEqual({ code: 'feed.network', reason: 'tls', system: 'CERT_HAS_EXPIRED', detail: 'certificate has expired' })
    store.feeds.disable(feed.id, { code: 'feed.gone' }, 6)
    expect(store.feeds.get(feed.id)).toMatchObject({ lastError: { code: 'feed.gone' }, disabledReason: { code: 'feed.gone' }, nextCheckAt: null })
  })
})

describe('migration 6: hits count the spans not kept', () => {
  it("keeps a version-5 file's hits and spans, with nothing omitted and nothing truncated", () => {
    const { path, raw } = databaseAt(5)
    raw.prepare("INSERT INTO articles (id, source, guid, title, body, published_at, fetched_at) VALUES (1, 'مصدر', 'g', 'توقيف خلية إرهابية', '', 0, 0)").run()
    raw.prepare("INSERT INTO hits (article_id, watchlist_id, score, matched_at) VALUES (1, 'ct', 2, 0)").run()
    raw.prepare("INSERT INTO span_queries (id, text) VALUES (1, 'إرهاب')").run()
    raw.prepare("INSERT INTO hit_spans (article_id, watchlist_id, field, start, end, query_id) VALUES (1, 'ct', 'title', 10, 18, 1)").run()
    raw.close()

    const store = open(path)
    expect(store.hits.forArticles([1]).get(1)).toEqual([
      { watchlistId: 'ct', score: 2, spans: [{ field: 'title', start: 10, end: 18, query: 'إرهاب' }], omittedSpans: 0, truncated: false, matchedAt: 0 },
    ])
    store.hits.replace(1, [{ watchlistId: 'ct', score: 2, spans: [{ field: 'title', start: 10, end: 18, query: 'إرهاب' }], omittedSpans: 39_900 }], 1, true)
    expect(store.hits.forArticles([1]).get(1)).toMatchObject([{ omittedSpans: 39_900, truncated: true }])
  })
})

describe('migration 7: the poll lease', () => {
  it("adds an empty lease to a version-6 file, its feeds untouched, and the lease works", () => {
    const { path, raw } = databaseAt(6)
    raw.prepare("INSERT INTO feeds (url, added_at, failures) VALUES ('https://e.example/rss', 0, 3)").run()
    raw.close()

    const store = open(path)
    expect(store.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length)
    expect(store.feeds.list().map((f) => [f.url, f.failures])).toEqual([['https://e.example/rss', 3]])
    expect(store.pollLease.holder()).toBeNull()
    const claim = { token: 't', kind: 'cli', pid: process.pid, host: 'here' } as const
    expect(store.pollLease.acquire(claim, 1000)).toEqual({ acquired: true })
    expect(store.pollLease.holder()).toEqual({ kind: 'cli', pid: process.pid, host: 'here', since: 1000 })
    // One row at most, naming a known kind of poller.
    expect(() => store.db.prepare("INSERT INTO poll_lease VALUES (2, 'u', 1, 'h', 'cli', 0, 0)").run()).toThrow(/CHECK/)
    expect(() => store.db.prepare("UPDATE poll_lease SET kind = 'daemon'").run()).toThrow(/CHECK/)
  })
})

describe('migration 8: feed notices', () => {
  it('gives a version-7 file\'s feeds no notices, keeps their errors, and stores the notices of a good read', () => {
    const { path, raw } = databaseAt(7)
    raw.prepare("INSERT INTO feeds (url, added_at, last_error, failures) VALUES ('https://e.example/rss', 0, '{\"code\":\"feed.timeout\",\"seconds\":20}', 1)").run()
    raw.close()

    const store = open(path)
    expect(store.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length)
    const [feed] = store.feeds.list()
    expect([feed.notices, feed.lastError]).toEqual([[], { code: 'feed.timeout', seconds: 20 }])
    const notices = [
      { code: 'feed.charset_overridden', declared: 'utf-8', used: 'windows-1256', reason: 'invalid_bytes' },
      { code: 'feed.repaired', reason: 'bare_ampersand', detail: 'Invalid character in entity name', line: 4 },
    ] as const
    const success = { title: 'المركزية', etag: null, lastModified: null, now: 1000, nextCheckAt: 2000 }
    store.feeds.recordSuccess(feed.id, { ...success, notices })
    expect(store.feeds.get(feed.id)).toMatchObject({ notices, lastError: null })
    // A later read that needed nothing clears them; a failure leaves the last good read's.
    store.feeds.recordFailure(feed.id, { code: 'feed.timeout', seconds: 20 }, 3000, 4000)
    expect(store.feeds.get(feed.id)?.notices).toEqual(notices)
    store.feeds.recordSuccess(feed.id, success)
    expect(store.feeds.get(feed.id)?.notices).toEqual([])
  })
})

describe('migration 9: term sets', () => {
  it("keeps a version-8 file's watchlists (no sets), then stores sets with them and replaces both together", () => {
    const { path, raw } = databaseAt(8)
    const old = { id: 'ct', name: 'إرهاب', terms: [{ query: 'إرهاب', weight: 1 }], exclude: [], notify: true }
    raw.prepare('DELETE FROM watchlists').run()
    raw.prepare("INSERT INTO watchlists (id, position, definition) VALUES ('ct', 0, ?)").run(JSON.stringify(old))
    raw.close()

    const store = open(path)
    expect(store.watchlists.load()).toEqual({ sets: [], watchlists: [{ ...old, enabled: true }] })
    const file = {
      sets: [{ name: 'groups', terms: ['داعش', '"تنظيم الدولة"'] }],
      watchlists: [{ ...old, terms: [{ query: '@groups', weight: 2 }], enabled: true }],
    }
    store.transaction(() => store.watchlists.replaceAll(file))
    expect(store.watchlists.load()).toEqual(file)
    store.transaction(() => store.watchlists.replaceAll({ sets: [], watchlists: [{ ...old, enabled: true }] }))
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM term_sets').get()).toEqual({ n: 0 })
  })
})

describe('a database newer than this Marsad', () => {
  it('is refused with a code saying which versions, and left untouched', () => {
    const { path, raw } = databaseAt(MIGRATIONS.length)
    raw.pragma(`user_version = ${MIGRATIONS.length + 5}`)
    raw.close()
    expect(refusalToOpen(path).detail).toEqual({ code: 'db.newer_schema', version: MIGRATIONS.length + 5, supported: MIGRATIONS.length })
    const check = new Database(path, { readonly: true })
    expect(check.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length + 5)
    check.close()
  })
})

describe('a file that cannot be a database', () => {
  it.each([
    ['a text file', (dir: string) => (writeFileSync(join(dir, 'notes.sqlite'), 'ليست قاعدة بيانات '.repeat(200)), join(dir, 'notes.sqlite'))],
    ['a folder', (dir: string) => dir],
  ])('is refused as %s with db.open_failed, naming the path, and left as it was', (_label, make) => {
    const dir = mkdtempSync(join(tmpdir(), 'marsad-notdb-'))
    const path = make(dir)
    const before = statSync(path).isFile() ? readFileSync(path) : null
    expect(refusalToOpen(path).detail).toMatchObject({ code: 'db.open_failed', path })
    if (before) expect(readFileSync(path)).toEqual(before)
  })
})
