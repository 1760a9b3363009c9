/**
 * A public feed must not make Marsad reach loopback or LAN addresses. Over real HTTP on 127.0.0.1:
 * "public" host names are simulated with an injected resolver that sends them to 127.0.0.1, so the
 * feed's own name is allowed (it is the feed's host) while a redirect or an article link to another
 * host that is, or resolves to, a private address is refused when the socket would connect.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isPrivateAddress, policyForFeed, type Resolver } from '../../../electron/core/feeds/address-policy'
import { fetchUrl } from '../../../electron/core/feeds/fetch'
import type { FeedItem } from '../../../electron/core/feeds/parse'
import { withFullText } from '../../../electron/core/monitor/full-text'
import { parseFeed } from '../../../electron/core/feeds/parse'
import { rssFeed, workshopArticle } from '../../support/feeds'
import { respond, startLocalServer, type LocalServer } from '../../support/local-server'

const limits = { timeoutMs: 5000, maxBytes: 1024 * 1024, maxRedirects: 5 }
let server: LocalServer
let port: string
/** Paths the server was asked for: a refused fetch never reaches it. */
const requested: string[] = []

/** Every name resolves to the test server's loopback address: a DNS answer the test controls. */
const toLoopback: Resolver = async () => [{ address: '127.0.0.1', family: 4 }]
/** The URL of a feed on a "public" host name (resolved by toLoopback). */
const publicUrl = (path: string, host = 'news.example'): string => `http://${host}:${port}${path}`

beforeAll(async () => {
  server = await startLocalServer()
  port = new URL(server.origin).port
  const seen = (path: string, route: ReturnType<typeof respond>) =>
    server.route(path, (req, res) => {
      requested.push(path)
      route(req, res)
    })
  seen('/feed', respond('<rss/>'))
  seen('/secret', respond('router admin page'))
  seen('/to-loopback', respond('', { Location: `http://127.0.0.1:${port}/secret` }, 302))
  seen('/to-mapped', respond('', { Location: `http://[::ffff:127.0.0.1]:${port}/secret` }, 301))
  seen('/to-rebinding-name', respond('', { Location: `http://rebind.example:${port}/secret` }, 302))
  seen('/to-same-host', respond('', { Location: '/feed' }, 302))
  const article = workshopArticle()
  seen('/article', respond(`<!doctype html><html><head><title>${article.title}</title></head><body><article><h1>${article.title}</h1>${article.paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`, { 'Content-Type': 'text/html; charset=utf-8' }))
})
afterAll(() => server.close())

describe('which addresses are private', () => {
  it.each([
    '127.0.0.1', '127.8.9.10', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1',
    '0.0.0.0', '224.0.0.1', '255.255.255.255', '::1', '::', 'fe80::1', 'fc00::1', 'fd12:3456::1', 'ff02::1',
    '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:192.168.0.1', '64:ff9b::10.0.0.1', '2002:c0a8:0101::1', '[::1]', 'fe80::1%eth0',
  ])('%s is private', (address) => expect(isPrivateAddress(address)).toBe(true))

  it.each(['8.8.8.8', '93.184.216.34', '172.32.0.1', '100.128.0.1', '2606:4700::1111', '::ffff:8.8.8.8', '2001:db9::1'])('%s is public', (address) =>
    expect(isPrivateAddress(address)).toBe(false),
  )
})

describe('a feed on a private address', () => {
  it('is fetched, with its redirects on the same host, when the analyst added it so', async () => {
    expect((await fetchUrl(server.url('/feed'), { limits })).kind).toBe('body')
    expect((await fetchUrl(server.url('/to-same-host'), { limits })).finalUrl).toBe(server.url('/feed'))
  })

  it('is its own host: a name that resolves to a LAN address is allowed for the feed added with that name', async () => {
    const policy = policyForFeed(publicUrl('/feed', 'nas.local'), toLoopback)
    expect((await fetchUrl(publicUrl('/to-same-host', 'nas.local'), { limits, policy })).kind).toBe('body')
  })
})

describe('a public feed cannot reach private addresses', () => {
  // The feed the analyst added is on news.example: only that name may be private.
  const policy = policyForFeed('http://news.example/feed', toLoopback)
  const fetchPublic = (path: string) => fetchUrl(publicUrl(path), { limits, policy })

  it('through a redirect to a loopback literal', async () => {
    requested.length = 0
    await expect(fetchPublic('/to-loopback')).rejects.toMatchObject({ detail: { code: 'feed.private_address', host: '127.0.0.1' } })
    expect(requested).toEqual(['/to-loopback'])
  })

  it('through a redirect to an IPv4-mapped IPv6 loopback', async () => {
    requested.length = 0
    await expect(fetchPublic('/to-mapped')).rejects.toMatchObject({ detail: { code: 'feed.private_address', host: '::ffff:7f00:1' } })
    expect(requested).toEqual(['/to-mapped'])
  })

  it('through a redirect to a name that resolves to a private address, checked when connecting', async () => {
    requested.length = 0
    await expect(fetchPublic('/to-rebinding-name')).rejects.toThrow(/rebind\.example.*private/)
    expect(requested).toEqual(['/to-rebinding-name'])
  })

  it('through the default resolver: localhost is refused unless it is the feed’s own host', async () => {
    await expect(fetchUrl(`http://localhost:${port}/secret`, { limits, policy: policyForFeed('https://news.example/feed') })).rejects.toMatchObject({
      detail: { code: 'feed.private_address', host: 'localhost' },
    })
  })

  it('through a full-text fetch of an article link on a private address', async () => {
    const item: FeedItem = { ...(await snippetItem()), url: server.url('/article') }
    requested.length = 0
    const [kept] = await withFullText([item], limits, () => true, { policy })
    expect(kept.body).toBe(item.body)
    expect(requested).toEqual([])
    // Without a policy, none is private either.
    expect((await withFullText([item], limits, () => true))[0].body).toBe(item.body)
    expect(requested).toEqual([])
  })

  it('while a feed on that private host does read its own article pages', async () => {
    const item: FeedItem = { ...(await snippetItem()), url: server.url('/article') }
    requested.length = 0
    const [full] = await withFullText([item], limits, () => true, { policy: policyForFeed(server.url('/feed')) })
    expect(requested).toEqual(['/article'])
    expect(full.body.length).toBeGreaterThan(item.body.length)
  })
})

/** A feed item carrying a one-line snippet of the workshop story. */
async function snippetItem(): Promise<FeedItem> {
  const article = workshopArticle()
  const parsed = await parseFeed(rssFeed('مصدر', [{ id: 's1', title: article.title, body: 'مقتطف', link: 'https://news.example/a', pubDate: 'Sat, 14 Feb 2015 09:30:00 GMT' }]))
  return parsed.items[0]
}
