/**
 * `marsad` as a real process, for what only a process shows: its exit code, stdout and stderr as
 * two streams, text piped to stdin, and `poll` and `serve` running until a signal ends them
 * cleanly. Everything else the CLI does is tested in-process (cli-flow, cli-newcomer), faster.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, it } from 'vitest'
import { runMarsad, spawnMarsad } from '../support/cli'
import { ARREST_STORY as STORY, rssFeed } from '../support/feeds'
import { respond, startLocalServer, type LocalServer } from '../support/local-server'
import { runCliInProcess } from '../support/run-cli'

let server: LocalServer
let dir: string

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'marsad-cli-process-'))
  server = await startLocalServer()
  server.route('/rss', respond(rssFeed('الأخبار', [STORY]), { 'Content-Type': 'application/rss+xml; charset=utf-8' }))
})
afterAll(() => server.close())

/** A new database with the local feed subscribed, unchecked: due at once for the scheduler. */
async function dbWithFeed(name: string): Promise<string> {
  const db = join(dir, `${name}.sqlite`)
  const added = await runCliInProcess(['--db', db, 'feeds', 'add', server.url('/rss'), '--name', 'الأخبار', '--no-check'])
  if (added.code !== 0) throw new Error(`feeds add failed: ${added.stderr}`)
  return db
}

// Concurrent: each test has its own process (and database), and spends its time waiting on it.
describe.concurrent('marsad as a process', () => {
  it('exits 0, the text to match read from stdin, its JSON alone on stdout, the notice of a new database on stderr', async ({ expect }) => {
    const db = join(dir, 'new.sqlite')
    const text = 'قال إنَّ الإرْهَابَ والإرهابيين — لا الإرهاق'
    // Without --watchlists, match uses the database's: a new one gets the shipped watchlists.
    const result = await runMarsad(['--db', db, 'match', '-'], text)
    expect(result).toMatchObject({ code: 0, stderr: `marsad: created a new database at ${db}\n` })
    const { hits, flagged } = JSON.parse(result.stdout) as { hits: { watchlist: string; text: string; start: number }[]; flagged: { watchlist: string }[] }
    expect(hits.filter((h) => h.watchlist === 'counter-terrorism').map((h) => [h.text, h.start])).toEqual([
      ['الإرْهَابَ', text.indexOf('الإرْهَابَ')],
      ['والإرهابيين', text.indexOf('والإرهابيين')],
    ])
    expect(flagged.map((f) => f.watchlist)).toContain('counter-terrorism')
  })

  it.for<[string, string[], number, RegExp]>([
    ['bad usage', ['frobnicate'], 2, /^marsad: unknown command "frobnicate" \(try: marsad help\)\n$/],
    ['a failure on the way', ['match', join('no-such-folder', 'article.txt')], 1, /^marsad: cannot read .*article\.txt: no such file or directory\n$/],
  ])('%s: %j exits %i, one line on stderr, nothing on stdout', async ([, args, code, line], { expect }) => {
    const result = await runMarsad(args)
    expect(result.code).toBe(code)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(line)
  })

  it.for(['SIGINT', 'SIGTERM'] as const)('poll runs the scheduler until %s, then exits 0', async (signal, { expect, onTestFinished }) => {
    const db = await dbWithFeed(`poll-${signal}`)
    const poll = spawnMarsad(['--db', db, 'poll'])
    onTestFinished(() => void poll.child.kill('SIGKILL')) // if the test failed before it ended
    // The feed was due: the scheduler's first tick polls it. The signal comes once that poll has
    // ended, so this is the scheduler's shutdown, not a poll cut short.
    await poll.untilStdout((out) => out.includes('\n'))
    poll.child.kill(signal)
    expect(await poll.exited).toEqual({ code: 0, signal: null })
    expect(poll.stdout()).toBe('ok    الأخبار: 1 new, 1 flagged\n')
    expect(poll.stderr()).toBe('')
    expect(JSON.parse((await runCliInProcess(['--db', db, 'articles', '--json'])).stdout)).toHaveLength(1)
  })

  it('a signal during a poll lets that poll finish and store its articles before exiting 0', async ({ expect, onTestFinished }) => {
    // A feed that answers only when the test says so: the poll is in flight when the signal comes.
    let release: () => void = () => {}
    const released = new Promise<void>((resolve) => (release = resolve))
    let requested: () => void = () => {}
    const arrived = new Promise<void>((resolve) => (requested = resolve))
    server.route('/held.xml', (req, res) => {
      requested()
      void released.then(() => respond(rssFeed('المتأخر', [STORY]), { 'Content-Type': 'application/rss+xml; charset=utf-8' })(req, res))
    })
    const db = join(dir, 'held.sqlite')
    expect((await runCliInProcess(['--db', db, 'feeds', 'add', server.url('/held.xml'), '--name', 'المتأخر', '--no-check'])).code).toBe(0)
    const poll = spawnMarsad(['--db', db, 'poll'])
    onTestFinished(() => void poll.child.kill('SIGKILL'))
    await arrived
    poll.child.kill('SIGINT')
    await poll.untilStderr((err) => err.includes('stopping after the poll in progress'))
    release()
    expect(await poll.exited).toEqual({ code: 0, signal: null })
    expect(poll.stdout()).toBe('ok    المتأخر: 1 new, 1 flagged\n')
    expect(JSON.parse((await runCliInProcess(['--db', db, 'articles', '--json'])).stdout)).toHaveLength(1)
  })

  it.for(['SIGINT', 'SIGTERM'] as const)('serve prints its URL, answers on it, and exits 0 on %s', async (signal, { expect, onTestFinished }) => {
    const db = await dbWithFeed(`serve-${signal}`)
    // Polled now, so not due again for a while: serve's scheduler has nothing to do meanwhile.
    expect((await runCliInProcess(['--db', db, 'poll', '--once'])).code).toBe(0)
    const serve = spawnMarsad(['--db', db, 'serve', '--port', '0'])
    onTestFinished(() => void serve.child.kill('SIGKILL'))
    const url = new URL((await serve.untilStdout((out) => out.includes('\n'))).trim())
    expect(url.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const token = url.searchParams.get('token') as string
    const answer = await fetch(new URL('/api/call/listFeeds', url), { method: 'POST', headers: { 'X-Marsad-Token': token, 'Content-Type': 'application/json' }, body: '{}' })
    expect(await answer.json()).toMatchObject({ ok: true, result: [{ name: 'الأخبار', articleCount: 1 }] })
    serve.child.kill(signal)
    expect(await serve.exited).toEqual({ code: 0, signal: null })
    expect(serve.stdout()).toBe(`${url.href}\n`)
  })
})
