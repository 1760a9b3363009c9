import { describe, expect, it } from 'vitest'
import { CallError, dispatch, dispatchToResult, type Handlers } from '../../../electron/core/contract/dispatch'
import { operationNames } from '../../../electron/core/contract/operations'

const seen: unknown[] = []
const handlers = Object.fromEntries(
  operationNames.map((name) => [name, (input: unknown) => (seen.push(input), { name, input })]),
) as unknown as Handlers

describe('contract dispatch', () => {
  it('applies defaults and passes validated input to the handler', async () => {
    const out = (await dispatch(handlers, 'listArticles', {})) as { input: unknown }
    expect(out.input).toEqual({ flaggedOnly: false, limit: 500 })
  })

  it.each([
    ['unknown operation', 'dropTables', {}, /unknown operation/],
    ['prototype key as operation', '__proto__', {}, /unknown operation/],
    ['non-http feed URL', 'addFeed', { url: 'file:///etc/passwd' }, /http:\/\/ or https:\/\//],
    ['javascript URL', 'addFeed', { url: 'javascript:alert(1)' }, /http/],
    ['extra keys', 'listFeeds', { evil: true }, /Unrecognized key/],
    ['wrong type', 'getArticle', { id: '1' }, /id/],
    ['negative limit', 'listArticles', { limit: -1 }, /limit/],
    ['huge limit', 'listArticles', { limit: 10 ** 9 }, /limit/],
    ['non-object input', 'listFeeds', 'x', /input/],
  ])('refuses %s as a bad request', async (_name, op, input, message) => {
    const before = seen.length
    const result = await dispatchToResult(handlers, op, input)
    expect(result).toMatchObject({ ok: false, code: 'bad_request' })
    expect(result.ok ? '' : result.error).toMatch(message)
    expect(seen.length).toBe(before)
  })

  it('reports a handler failure as failed, not bad_request', async () => {
    const failing = { ...handlers, listFeeds: () => { throw new Error('disk full') } } as Handlers
    expect(await dispatchToResult(failing, 'listFeeds', {})).toEqual({ ok: false, code: 'failed', error: 'disk full' })
    await expect(dispatch(handlers, 'nope', {})).rejects.toBeInstanceOf(CallError)
  })
})
