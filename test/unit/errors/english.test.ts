import { describe, expect, it } from 'vitest'
import { englishMessage } from '../../../electron/core/errors/english'
import { MarsadError, toErrorDetail } from '../../../electron/core/errors/marsad-error'
import { isRefusal, type ErrorDetail } from '../../../electron/core/errors/problems'
import { ERROR_SAMPLES } from '../../support/error-samples'

describe('errors worded in English (the CLI, logs)', () => {
  it.each(Object.values(ERROR_SAMPLES).map((d) => [d.code, d] as const))('%s gives one line', (_code, detail) => {
    const line = englishMessage(detail)
    expect(line.trim()).not.toBe('')
    expect(line).not.toMatch(/[\r\n]|undefined|\[object/)
  })

  it.each<[ErrorDetail, string]>([
    [{ code: 'feed.http_status', status: 404 }, 'HTTP 404 Not Found'],
    [{ code: 'feed.http_status', status: 418 }, 'HTTP 418'],
    [{ code: 'feed.timeout', seconds: 1.5 }, 'timed out after 1.5 s'],
    [{ code: 'feed.too_large', limitBytes: 10 * 1024 * 1024 }, 'body larger than 10 MiB'],
    [{ code: 'query.syntax', query: '(داعش OR', position: 0, problem: 'unbalanced_open', watchlist: 'ct' }, 'watchlist "ct": unbalanced ( at position 0 in query «(داعش OR»'],
    [{ code: 'input.invalid', operation: 'addFeed', field: 'url', problem: 'not_http_url' }, 'feed URL must be an http:// or https:// address'],
    [{ code: 'input.invalid', operation: 'listArticles', field: 'limit', problem: 'too_big', limit: 5000 }, 'invalid limit: must be at most 5000'],
    [{ code: 'watchlists.invalid', path: 'watchlists.0.terms.0.weight', problem: 'not_above', limit: 0 }, 'invalid watchlists: watchlists.0.terms.0.weight: must be greater than 0'],
    [
      { code: 'watchlists.invalid', path: 'watchlists.10', problem: 'set_too_many_queries', limit: 5000 },
      'invalid watchlists: watchlists.10: the watchlists together have too many terms and exclusions (at most 5000)',
    ],
  ])('%j → %s', (detail, text) => {
    expect(englishMessage(detail)).toBe(text)
  })

  it('still says something for a code it does not know (a newer core)', () => {
    expect(englishMessage({ code: 'feed.from_the_future' } as unknown as ErrorDetail)).toBe('error feed.from_the_future')
  })

  it('keeps a query error on one line however the query was written', () => {
    expect(englishMessage({ code: 'query.syntax', query: 'داعش\nOR', position: 5, problem: 'missing_term' })).not.toMatch(/\n/)
  })
})

describe('MarsadError and toErrorDetail', () => {
  it('carries its detail, worded in English as its message', () => {
    const err = new MarsadError({ code: 'feed.not_found', id: 3 })
    expect(err.message).toBe('no feed with id 3')
    expect(toErrorDetail(err)).toEqual({ code: 'feed.not_found', id: 3 })
  })

  it('turns anything else into an internal error with its first line', () => {
    expect(toErrorDetail(new TypeError("Cannot read properties of undefined (reading '0')\n    at x"))).toEqual({
      code: 'internal',
      detail: "Cannot read properties of undefined (reading '0')",
    })
    expect(toErrorDetail('plain')).toEqual({ code: 'internal', detail: 'plain' })
  })

  it('tells refused input from failures on the way', () => {
    expect(isRefusal(ERROR_SAMPLES['input.invalid'])).toBe(true)
    expect(isRefusal(ERROR_SAMPLES['query.syntax'])).toBe(true)
    expect(isRefusal(ERROR_SAMPLES['feed.http_status'])).toBe(false)
    expect(isRefusal(ERROR_SAMPLES.internal)).toBe(false)
  })
})

describe('toErrorDetail across bundles', () => {
  it("recognises another bundle's MarsadError by its detail, not its class", () => {
    class ForeignMarsadError extends Error {
      readonly detail = { code: 'feed.gone' } as const
    }
    expect(toErrorDetail(new ForeignMarsadError('x'))).toEqual({ code: 'feed.gone' })
    // A detail that is not one (no string code) is not trusted.
    expect(toErrorDetail(Object.assign(new Error('boom'), { detail: 42 }))).toEqual({ code: 'internal', detail: 'boom' })
  })
})
