/**
 * canonicalLink on links a feed can stuff: thousands of `utm_*` keys, a megabyte of one key, a
 * query no server would accept. Cost is checked by the work done (characters of query serialized),
 * never by the clock.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { canonicalLink } from '../../../electron/core/feeds/feed-item'

const STORY = 'https://www.almarkazia.example/ar/news/security/2015/02/14/arrest-network?id=88231'
/** `n` written in the letters a–z (TRACKING_PARAM's `utm_[a-z]+` takes letters only). */
const letters = (n: number): string => [...n.toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('')
/** The story link with `keys` distinct tracking keys appended, as a broken newsletter tool emits them. */
const stuffed = (keys: number): string => STORY + Array.from({ length: keys }, (_, i) => `&utm_x${letters(i)}=ar`).join('')

afterEach(() => vi.restoreAllMocks())

describe('canonicalLink on stuffed links', () => {
  it('strips 20,000 distinct utm_ keys (a 200 KB link) down to the story link', () => {
    const link = stuffed(20_000)
    expect(link.length).toBeGreaterThan(200_000)
    expect(new Set(new URL(link).searchParams.keys()).size).toBe(20_001)
    expect(canonicalLink(link)).toBe(STORY)
  })

  it('strips one utm_ key repeated over a megabyte', () => {
    const link = STORY + '&utm_source=rss'.repeat(70_000)
    expect(link.length).toBeGreaterThan(1_000_000)
    expect(canonicalLink(link)).toBe(STORY)
  })

  it('serializes the query a bounded number of times, not once per tracking key', () => {
    const serialize = vi.spyOn(URLSearchParams.prototype, 'toString')
    const link = stuffed(2_000)
    expect(canonicalLink(link)).toBe(STORY)
    const serialized = serialize.mock.results.reduce((sum, r) => sum + String(r.value).length, 0)
    // One serialization of what is left is the work needed; one per key deleted is quadratic.
    expect(serialized).toBeLessThanOrEqual(link.length)
  })

  it('refuses a link longer than servers accept, but keeps one that is long only by its tracking keys', () => {
    const tags = (n: number): string => Array.from({ length: n }, (_, i) => `&tag=${i}`).join('')
    expect((STORY + tags(2_000)).length).toBeGreaterThan(8 * 1024)
    expect(canonicalLink(STORY + tags(2_000))).toBeNull()
    expect(canonicalLink(STORY + tags(500))).toBe(STORY + tags(500))
    expect(canonicalLink(STORY + tags(500) + stuffed(2_000).slice(STORY.length))).toBe(STORY + tags(500))
  })

  it('keeps the query as it was when no key is dropped, and keeps the other keys in order', () => {
    expect(canonicalLink('https://e.example/search?q=%D8%A3%D9%85%D9%86+%D8%B9%D8%A7%D9%85&page=2')).toBe('https://e.example/search?q=%D8%A3%D9%85%D9%86+%D8%B9%D8%A7%D9%85&page=2')
    expect(canonicalLink('https://e.example/a?utm_source=x&id=3&fbclid=z&p=1#top')).toBe('https://e.example/a?id=3&p=1')
    expect(canonicalLink('https://e.example/a?utm_source=x&utm_medium=rss')).toBe('https://e.example/a')
  })
})
