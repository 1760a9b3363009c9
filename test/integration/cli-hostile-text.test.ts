/**
 * Issue 8, finding 5 (display half): a feed that puts an ESC (`&#27;`) or a right-to-left
 * override in its titles and name. Nothing the CLI prints may carry either: an ESC starts a
 * terminal escape sequence, an override prints the rest of the line reversed («deeF Hostile»).
 * A real local HTTP feed, a real SQLite file, `marsad` run in-process.
 */
import Database from 'better-sqlite3'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { respond, startLocalServer, type LocalServer } from '../support/local-server'
import { runCliInProcess } from '../support/run-cli'

/** ESC, BEL, CSI (C1) and every bidi embedding, override and isolate. */
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/

const FEED_NAME = 'Hostile \u202EFeed'
// Clears the screen and retitles the terminal when printed raw.
const TITLE_XML = 'توقيف خلية ارهابية في طرابلس &amp;#27;[2J&amp;#27;]0;pwned&amp;#7; \u202Eعاجل'

const hostileFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${FEED_NAME}</title><link>https://example.com/</link>
<item><title>${TITLE_XML}</title><link>https://news.example/arrest-1</link><guid>arrest-1</guid>
<pubDate>Sat, 14 Feb 2015 07:30:00 GMT</pubDate>
<description>اوقفت مديرية المخابرات في الجيش خلية ارهابية تابعة لتنظيم داعش في طرابلس.</description></item>
</channel></rss>
`

let server: LocalServer
let dir: string
let db: string

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'marsad-cli-hostile-'))
  db = join(dir, 'marsad.sqlite')
  server = await startLocalServer()
  server.route('/hostile.xml', respond(hostileFeed, { 'Content-Type': 'application/rss+xml; charset=utf-8' }))
})
afterAll(() => server.close())

const marsad = (...args: string[]) => runCliInProcess(['--db', db, ...args])

function expectSafe(result: { stdout: string; stderr: string }): void {
  expect(result.stdout).not.toMatch(UNSAFE)
  expect(result.stderr).not.toMatch(UNSAFE)
}

describe('marsad CLI, a feed with escape sequences and bidi overrides in its text', () => {
  it('subscribes and polls without printing them', async () => {
    const added = await marsad('feeds', 'add', server.url('/hostile.xml'))
    expect(added.code).toBe(0)
    expectSafe(added)
    expect(added.stdout).toContain('found «Hostile Feed»: 1 items')
    const polled = await marsad('poll', '--once')
    expect(polled.code).toBe(0)
    expectSafe(polled)
    expect(polled.stdout).toMatch(/^ok {4}Hostile Feed: 1 items, 1 new, 1 flagged$/m)
  })

  it('keeps them out of every listing, also when the database stored them (written before they were dropped at parse)', async () => {
    // Older databases hold the characters as the feed sent them; what is shown must not depend on that.
    const sqlite = new Database(db)
    sqlite.prepare('UPDATE articles SET title = ?').run('توقيف خلية \u001b[2J\u001b]0;pwned\u0007 \u202Eعاجل')
    sqlite.prepare('UPDATE feeds SET name = ?').run('Hostile \u202EFeed\u001b[31m')
    sqlite.close()

    for (const args of [['articles'], ['articles', '--json'], ['feeds', 'list'], ['feeds', 'list', '--json'], ['feeds', 'export'], ['watchlists', 'list']]) {
      const result = await marsad(...args)
      expect(result.code, args.join(' ')).toBe(0)
      expectSafe(result)
    }
    const articles = (await marsad('articles')).stdout
    expect(articles).toContain('\tHostile Feed\tتوقيف خلية  [2J ]0;pwned  عاجل  ⚑ ')
    expect((await marsad('feeds', 'list')).stdout).toMatch(/^1\tHostile Feed \[31m\thttp/)
    // Machine output loses nothing: the JSON escapes what the terminal must not see.
    const feeds = JSON.parse((await marsad('feeds', 'list', '--json')).stdout) as { name: string }[]
    expect(feeds[0].name).toBe('Hostile \u202EFeed\u001b[31m')
    expect((await marsad('feeds', 'export')).stdout).toContain('Hostile &#x202E;Feed')
  })

  it('writes them to no CSV cell', async () => {
    const out = join(dir, 'hostile.csv')
    expect((await marsad('export', '--out', out)).code).toBe(0)
    const row = readFileSync(out, 'utf8').split('\r\n')[1]
    expect(row).not.toMatch(UNSAFE)
    expect(row).toContain(',Hostile Feed,"توقيف خلية  [2J ]0;pwned  عاجل",')
  })

  it('does not echo them back in an error about what was typed', async () => {
    const unknown = await runCliInProcess(['\u001b]0;pwned\u0007\u202Eboom'])
    expect(unknown.code).toBe(2)
    expectSafe(unknown)
    expect(unknown.stderr).toBe('marsad: unknown command "]0;pwnedboom" (try: marsad help)\n')
  })
})
