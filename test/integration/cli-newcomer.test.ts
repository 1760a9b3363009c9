/**
 * The CLI as a newcomer meets it: times that say their zone, `match` that says whether a text
 * would be flagged, a new --db announced once, and Node's own errors said in one plain line.
 * Runs `marsad` in-process (runCli), against a local feed and a real SQLite file.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ARREST_STORY as STORY, rssFeed } from '../support/feeds'
import { respond, startLocalServer, type LocalServer } from '../support/local-server'
import { runCliInProcess } from '../support/run-cli'

let server: LocalServer
let dir: string
let db: string
const BEIRUT = 'Asia/Beirut'

const marsad = (args: string[], options: Parameters<typeof runCliInProcess>[1] = {}) => runCliInProcess(['--db', db, ...args], options)

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'marsad-cli-newcomer-'))
  db = join(dir, 'nested', 'marsad.sqlite')
  server = await startLocalServer()
  server.route('/rss', respond(rssFeed('الأخبار', [STORY]), { 'Content-Type': 'application/rss+xml; charset=utf-8' }))
})
afterAll(() => server.close())

describe('a new database', () => {
  it('is created where --db says, and announced on stderr once', async () => {
    const first = await marsad(['feeds', 'add', server.url('/rss')])
    expect(first.code).toBe(0)
    expect(first.stderr).toBe(`marsad: created a new database at ${db}\n`)
    const second = await marsad(['feeds', 'list'])
    expect(second).toMatchObject({ code: 0, stderr: '' })
    expect((await marsad(['poll', '--once'])).stdout).toBe('ok    الأخبار: 1 items, 1 new, 1 flagged\n')
  })
})

describe('times say their zone', () => {
  it('lists articles in local time with the offset, or in UTC with --utc', async () => {
    const local = await marsad(['articles'], { timeZone: BEIRUT })
    expect(local.stdout.split('\t')[1]).toBe('2015-02-14 09:30 +02:00')
    const utc = await marsad(['articles', '--utc'], { timeZone: BEIRUT })
    expect(utc.stdout.split('\t')[1]).toBe('2015-02-14 07:30 +00:00')
  })

  it('writes the same times into the CSV', async () => {
    const out = join(dir, 'local.csv')
    expect((await marsad(['export', '--out', out], { timeZone: BEIRUT })).code).toBe(0)
    expect(readFileSync(out, 'utf8').split('\r\n')[1].split(',')[0]).toBe('2015-02-14T09:30:00+02:00')
    const outUtc = join(dir, 'utc.csv')
    expect((await marsad(['export', '--out', outUtc, '--utc'], { timeZone: BEIRUT })).code).toBe(0)
    expect(readFileSync(outUtc, 'utf8').split('\r\n')[1].split(',')[0]).toBe('2015-02-14T07:30:00+00:00')
  })

  it('shows feed check times the same way', async () => {
    const list = await marsad(['feeds', 'list'], { timeZone: BEIRUT })
    expect(list.stdout).toMatch(/\tok \d{4}-\d\d-\d\d \d\d:\d\d \+02:00, next check \d{4}-\d\d-\d\d \d\d:\d\d \+02:00\n$/)
  })
})

describe('match says whether a text would be flagged', () => {
  const lists = () => {
    const file = join(dir, 'lists.json')
    writeFileSync(
      file,
      JSON.stringify({
        watchlists: [
          { id: 'ct', name: 'مكافحة الإرهاب', terms: ['إرهاب', { query: 'داعش', weight: 2 }], threshold: 3 },
          { id: 'sport', name: 'رياضة', terms: ['مباراة'] },
        ],
      }),
    )
    return file
  }

  it('gives the flagged watchlists with their scores beside the hits', async () => {
    const text = 'اعتقال عنصرين من داعش بتهمة الارهاب'
    const result = await marsad(['match', '--watchlists', lists(), '-'], { stdin: text })
    const parsed = JSON.parse(result.stdout) as { hits: { watchlist: string; text: string }[]; flagged: unknown[] }
    expect(parsed.flagged).toEqual([{ watchlist: 'ct', name: 'مكافحة الإرهاب', score: 3, threshold: 3 }])
    expect(parsed.hits.map((h) => h.text)).toEqual(['داعش', 'الارهاب'])
    expect(result.stderr).toBe('')
  })

  it('adds a one-line verdict on stderr only when stdout is a terminal', async () => {
    const flagged = await marsad(['match', '--watchlists', lists(), '-'], { stdin: 'داعش والارهاب', tty: true })
    expect(flagged.stderr).toBe('flagged by 1 watchlist: مكافحة الإرهاب [ct] score 3 (2 hits)\n')
    const below = await marsad(['match', '--watchlists', lists(), '-'], { stdin: 'الارهاب وحده', tty: true })
    expect(JSON.parse(below.stdout)).toMatchObject({ flagged: [] })
    expect(below.stderr).toBe('not flagged by any watchlist (0 hits)\n')
  })
})

describe("Node's own errors become one plain line", () => {
  const missing = () => join(dir, 'no-such-file.txt')

  it.each<[string, () => string[], number, RegExp]>([
    ['a text file that does not exist', () => ['match', missing()], 1, /^marsad: cannot read .*no-such-file\.txt: no such file or directory$/],
    ['a watchlist file that does not exist', () => ['watchlists', 'import', missing()], 1, /^marsad: cannot read .*: no such file or directory$/],
    ['an OPML file that does not exist', () => ['feeds', 'import', missing()], 1, /^marsad: cannot read .*: no such file or directory$/],
    ['a CSV into a folder that does not exist', () => ['export', '--out', join(dir, 'missing-dir', 'x.csv')], 1, /^marsad: cannot write .*x\.csv: no such file or directory$/],
    ['reading a folder as a text', () => ['match', dir], 1, /^marsad: cannot read .*: it is a directory$/],
    ['an unknown option', () => ['articles', '--bogus'], 2, /^marsad: articles: unknown option --bogus \(known: --flagged, --watchlist, --feed, --unread, --starred, --dismissed, --noted, --since, --until, --stored-since, --search, --sort, --json, --limit, --utc\)$/],
    ['an option without its value', () => ['articles', '--limit'], 2, /^marsad: articles: --limit needs a value$/],
    ['a value for a switch', () => ['articles', '--json=yes'], 2, /^marsad: articles: --json takes no value$/],
    ['a feed id that is not a number', () => ['feeds', 'remove', 'abc'], 2, /^marsad: feeds remove: the feed id must be a positive whole number$/],
    ['a feed id that does not exist', () => ['feeds', 'remove', '99'], 2, /^marsad: no feed with id 99$/],
    ['a port out of range', () => ['serve', '--port', '70000'], 2, /^marsad: serve: --port must be at most 65535$/],
    ['a URL that is not http', () => ['feeds', 'add', 'ftp://news.example/rss'], 2, /^marsad: feed URL must be an http:\/\/ or https:\/\/ address$/],
  ])('%s', async (_label, args, code, line) => {
    const result = await marsad(args())
    expect(result.code).toBe(code)
    expect(result.stdout).toBe('')
    expect(result.stderr.endsWith('\n')).toBe(true)
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(result.stderr.trimEnd()).toMatch(line)
  })

  it('says a port is taken instead of printing EADDRINUSE', async () => {
    const taken = Number(new URL(server.origin).port)
    const result = await marsad(['serve', '--port', String(taken)])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(`marsad: serve: port ${taken} is already in use (choose another --port, or 0 for any free one)\n`)
  })

  it('refuses a watchlist file with a bad query in one line, exit code 2, and changes nothing', async () => {
    const before = (await marsad(['watchlists', 'export'])).stdout
    const bad = join(dir, 'bad.json')
    writeFileSync(bad, JSON.stringify({ watchlists: [{ id: 'x', name: 'x', terms: ['داعش NEAR/99 خلية'] }] }))
    const result = await marsad(['watchlists', 'import', bad])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('marsad: watchlist "x": NEAR needs a distance from 1 to 50, written NEAR/5 at position 5 in query «داعش NEAR/99 خلية»\n')
    expect((await marsad(['watchlists', 'export'])).stdout).toBe(before)
  })
})
