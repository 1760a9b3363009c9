/**
 * When a feed is next checked. Healthy feeds: every interval, jittered so 500 feeds added at once
 * don't all fire in the same second. Failing feeds: exponential backoff with jitter, capped, and
 * never sooner than a server's Retry-After.
 */

export const MAX_BACKOFF_MS = 6 * 60 * 60_000
const FIRST_BACKOFF_MS = 60_000
/** A Retry-After beyond this is treated as this: a typo on the server must not silence a feed for a year. */
const MAX_RETRY_AFTER_MS = 24 * 60 * 60_000
const JITTER = 0.1

export type Random = () => number

/** ±10 % around `ms`. */
function jittered(ms: number, random: Random): number {
  return Math.round(ms * (1 - JITTER + 2 * JITTER * random()))
}

export function nextCheckAfterSuccess(now: number, intervalMinutes: number, random: Random = Math.random): number {
  return now + jittered(intervalMinutes * 60_000, random)
}

/** `failures` counts this failure too (1 after the first). */
export function nextCheckAfterFailure(now: number, failures: number, retryAfterMs: number | undefined, random: Random = Math.random): number {
  const backoff = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** Math.max(0, failures - 1))
  const wait = Math.max(jittered(backoff, random), Math.min(retryAfterMs ?? 0, MAX_RETRY_AFTER_MS))
  return now + wait
}
