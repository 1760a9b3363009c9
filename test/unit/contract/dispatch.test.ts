import { describe, expect, it } from 'vitest'
import { dispatch, dispatchToResult, type Handlers } from '../../../electron/core/contract/dispatch'
import { operationNames } from '../../../electron/core/contract/operations'
import { MarsadError } from '../../../electron/core/errors/marsad-error'
import { isRefusal } from '../../../electron/core/errors/problems'

const seen: unknown[] = []
const handlers = Object.fromEntries(
  operationNames.map((name) => [name, (input: unknown) => (seen.push(input), { name, input })]),
) as unknown as Handlers

describe('contract dispatch', () => {
  it('applies defaults and passes validated input to the handler', async () => {
    const out = (await dispatch(handlers, 'listArticles', {})) as { input: unknown }
    expect(out.input).toEqual({ flaggedOnly: false, limit: 500, sort: 'time' })
  })

  it.each([
    ['unknown operation', 'dropTables', {}, { code: 'input.unknown_operation', operation: 'dropTables' }],
    ['prototype key as operation', '__proto__', {}, { code: 'input.unknown_operation' }],
    ['non-http feed URL', 'addFeed', { url: 'file:///etc/passwd' }, { code: 'input.invalid', operation: 'addFeed', field: 'url', problem: 'not_http_url' }],
    ['javascript URL', 'addFeed', { url: 'javascript:alert(1)' }, { code: 'input.invalid', field: 'url', problem: 'not_http_url' }],
    ['extra keys', 'listFeeds', { evil: true }, { code: 'input.invalid', field: '', problem: 'unrecognized_keys', value: 'evil' }],
    ['wrong type', 'getArticle', { id: '1' }, { code: 'input.invalid', field: 'id', problem: 'invalid_type', value: 'number' }],
    ['negative limit', 'listArticles', { limit: -1 }, { code: 'input.invalid', field: 'limit', problem: 'too_small', limit: 1 }],
    ['huge limit', 'listArticles', { limit: 10 ** 9 }, { code: 'input.invalid', field: 'limit', problem: 'too_big', limit: 5000 }],
    ['non-object input', 'listFeeds', 'x', { code: 'input.invalid', field: '', problem: 'invalid_type' }],
    ['an unknown time zone', 'exportCsv', { timeZone: 'Mars/Olympus' }, { code: 'input.invalid', field: 'timeZone', problem: 'unknown_time_zone' }],
    ['a watchlist file with an empty term', 'setWatchlists', { watchlists: [{ id: 'x', name: 'x', terms: [' '] }] }, { code: 'watchlists.invalid', path: 'watchlists.0.terms.0', problem: 'empty_term' }],
  ])('refuses %s with a code and its parameters', async (_name, op, input, error) => {
    const before = seen.length
    const result = await dispatchToResult(handlers, op, input)
    expect(result).toMatchObject({ ok: false, error })
    expect(!result.ok && isRefusal(result.error)).toBe(true)
    expect(seen.length).toBe(before)
  })

  it('reports a handler failure as internal, with its message, not as a refusal', async () => {
    const failing = { ...handlers, listFeeds: () => { throw new Error('disk full\n  at somewhere') } } as Handlers
    const result = await dispatchToResult(failing, 'listFeeds', {})
    expect(result).toEqual({ ok: false, error: { code: 'internal', detail: 'disk full' } })
    expect(!result.ok && isRefusal(result.error)).toBe(false)
    await expect(dispatch(handlers, 'nope', {})).rejects.toBeInstanceOf(MarsadError)
  })

  it("passes a handler's own error detail through unchanged", async () => {
    const missing = { ...handlers, removeFeed: () => { throw new MarsadError({ code: 'feed.not_found', id: 9 }) } } as Handlers
    expect(await dispatchToResult(missing, 'removeFeed', { id: 9 })).toEqual({ ok: false, error: { code: 'feed.not_found', id: 9 } })
  })
})
