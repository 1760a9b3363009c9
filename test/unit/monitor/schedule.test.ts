import { describe, expect, it } from 'vitest'
import { MAX_BACKOFF_MS, nextCheckAfterFailure, nextCheckAfterSuccess } from '../../../electron/core/monitor/schedule'

const low = () => 0
const high = () => 0.999999
const mid = () => 0.5

describe('feed schedule', () => {
  it('checks a healthy feed every interval, ±10 %', () => {
    expect(nextCheckAfterSuccess(0, 15, mid)).toBe(15 * 60_000)
    expect(nextCheckAfterSuccess(0, 15, low)).toBe(13.5 * 60_000)
    expect(nextCheckAfterSuccess(0, 15, high)).toBeCloseTo(16.5 * 60_000, -2)
  })

  it('backs off exponentially on failure, capped at 6 hours', () => {
    const waits = [1, 2, 3, 4, 10, 30].map((n) => nextCheckAfterFailure(0, n, undefined, mid))
    expect(waits).toEqual([60_000, 120_000, 240_000, 480_000, MAX_BACKOFF_MS, MAX_BACKOFF_MS])
  })

  it('never retries sooner than Retry-After, and caps an absurd one at a day', () => {
    expect(nextCheckAfterFailure(0, 1, 30 * 60_000, mid)).toBe(30 * 60_000)
    expect(nextCheckAfterFailure(0, 1, 5_000, mid)).toBe(60_000)
    expect(nextCheckAfterFailure(0, 1, 365 * 86_400_000, mid)).toBe(86_400_000)
  })
})
