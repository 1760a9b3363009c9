import { describe, expect, it, vi } from 'vitest'
import type { MarsadEvent } from '../../../electron/core/contract/types'
import { createClient, detectTransport, MarsadCallError, type Transport } from '../../../src/api/client'
import { createHttpTransport, type EventSourceLike } from '../../../src/api/http-transport'

interface Recorded {
  url: string
  init: RequestInit
}

function fakeFetch(respond: (url: string, body: unknown) => { status?: number; body: string }) {
  const calls: Recorded[] = []
  const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} })
    const answer = respond(String(url), init?.body ? JSON.parse(String(init.body)) : undefined)
    return new Response(answer.body, { status: answer.status ?? 200, headers: { 'Content-Type': 'application/json' } })
  })
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls }
}

class FakeEventSource implements EventSourceLike {
  static opened: FakeEventSource[] = []
  onmessage: ((event: { data: unknown }) => void) | null = null
  closed = false
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this)
  }
  close() {
    this.closed = true
  }
  emit(data: unknown) {
    this.onmessage?.({ data })
  }
}

describe('HTTP transport', () => {
  it('POSTs the input as JSON to /api/call/<op> with the token header and returns the result', async () => {
    const feeds = [{ id: 1, name: 'النهار' }]
    const { fetch, calls } = fakeFetch(() => ({ body: JSON.stringify({ ok: true, result: feeds }) }))
    const client = createClient(createHttpTransport({ baseUrl: 'http://127.0.0.1:4321/', token: 's3cret', fetch }))

    await expect(client.listFeeds({})).resolves.toEqual(feeds)
    await client.listArticles({ flaggedOnly: true, limit: 500, before: { publishedAt: 1700000000000, id: 7 } })

    expect(calls[0].url).toBe('http://127.0.0.1:4321/api/call/listFeeds')
    expect(calls[0].init.method).toBe('POST')
    expect(new Headers(calls[0].init.headers).get('X-Marsad-Token')).toBe('s3cret')
    expect(new Headers(calls[0].init.headers).get('Content-Type')).toBe('application/json')
    expect(calls[1].url).toBe('http://127.0.0.1:4321/api/call/listArticles')
    expect(JSON.parse(String(calls[1].init.body))).toEqual({ flaggedOnly: true, limit: 500, before: { publishedAt: 1700000000000, id: 7 } })
  })

  it("rejects with the server's error code and parameters when ok is false, even on an HTTP error status", async () => {
    const detail = { code: 'input.invalid', operation: 'addFeed', field: 'url', problem: 'not_http_url' }
    const { fetch } = fakeFetch(() => ({ status: 400, body: JSON.stringify({ ok: false, error: detail }) }))
    const client = createClient(createHttpTransport({ baseUrl: 'http://127.0.0.1:4321/', token: 't', fetch }))
    const failure = client.addFeed({ url: 'ftp://x' })
    await expect(failure).rejects.toBeInstanceOf(MarsadCallError)
    await expect(failure).rejects.toMatchObject({ detail })
  })

  it('rejects clearly on a body that is not a CallResult or a network failure', async () => {
    const { fetch } = fakeFetch(() => ({ status: 401, body: 'forbidden' }))
    const client = createClient(createHttpTransport({ baseUrl: 'http://127.0.0.1:4321/', token: 'bad', fetch }))
    await expect(client.listFeeds({})).rejects.toMatchObject({ detail: { code: 'server.bad_response', status: 401 } })

    const down = createClient(
      createHttpTransport({
        baseUrl: 'http://127.0.0.1:4321/',
        token: 't',
        fetch: (async () => {
          throw new TypeError('fetch failed')
        }) as typeof globalThis.fetch,
      }),
    )
    await expect(down.listFeeds({})).rejects.toMatchObject({ detail: { code: 'server.unreachable', detail: 'fetch failed' } })
  })

  it('shares one EventSource with the token, parses events, ignores junk and closes after the last listener', () => {
    FakeEventSource.opened = []
    const transport = createHttpTransport({
      baseUrl: 'http://127.0.0.1:4321/',
      token: 'a b&c',
      fetch: fakeFetch(() => ({ body: '{}' })).fetch,
      createEventSource: (url) => new FakeEventSource(url),
    })
    const first: MarsadEvent[] = []
    const second: MarsadEvent[] = []
    const stopFirst = transport.onEvent((e) => first.push(e))
    const stopSecond = transport.onEvent((e) => second.push(e))

    expect(FakeEventSource.opened).toHaveLength(1)
    const source = FakeEventSource.opened[0]
    expect(new URL(source.url).pathname).toBe('/api/events')
    expect(new URL(source.url).searchParams.get('token')).toBe('a b&c')

    const done: MarsadEvent = { type: 'pollProgress', feedId: 1, name: 'النهار', phase: 'done', newArticles: 3, newHits: 1 }
    source.emit(JSON.stringify(done))
    source.emit('not json')
    source.emit(JSON.stringify({ type: 'somethingElse' }))
    source.emit(JSON.stringify({ type: 'newHits', articles: [] }))
    expect(first).toEqual([done, { type: 'newHits', articles: [] }])
    expect(second).toEqual(first)

    stopFirst()
    expect(source.closed).toBe(false)
    stopSecond()
    expect(source.closed).toBe(true)
  })
})

describe('transport choice', () => {
  it('uses the preload bridge when window.marsad is there', async () => {
    const bridge: Transport = {
      call: vi.fn(async () => ({ ok: true as const, result: { removed: true } })),
      onEvent: vi.fn(() => () => {}),
    }
    const transport = detectTransport({ marsad: bridge, location: { href: 'file:///app/index.html' } })
    expect(transport).toBe(bridge)
    await expect(createClient(transport).removeFeed({ id: 3 })).resolves.toEqual({ removed: true })
    expect(bridge.call).toHaveBeenCalledWith('removeFeed', { id: 3 })
  })

  it('falls back to HTTP on the page origin with the ?token= parameter', async () => {
    const original = globalThis.fetch
    const calls: string[] = []
    globalThis.fetch = (async (url: string | URL | Request, init?: RequestInit) => {
      calls.push(`${String(url)} ${new Headers(init?.headers).get('X-Marsad-Token')}`)
      return new Response(JSON.stringify({ ok: true, result: [] }))
    }) as typeof globalThis.fetch
    try {
      const transport = detectTransport({ location: { href: 'http://127.0.0.1:9000/?token=abc123' } })
      await createClient(transport).listWatchlists({})
      expect(calls).toEqual(['http://127.0.0.1:9000/api/call/listWatchlists abc123'])
    } finally {
      globalThis.fetch = original
    }
  })
})
