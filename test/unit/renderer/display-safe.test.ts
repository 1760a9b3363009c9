/**
 * Issue 8, finding 5 in the renderer's pure pieces: a feed's bidi override (U+202E, «deeF Hostile»)
 * or control character never reaches the screen through a feed name, a preview title, a status
 * line, an error or the formatted article HTML. The rendered page: test/e2e/hostile-names.test.ts.
 */
import createDOMPurify, { type WindowLike } from 'dompurify'
import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import type { FeedView } from '../../../electron/core/contract/types'
import { arabicErrorText } from '../../../src/lib/errors'
import { describePreview, feedChanges } from '../../../src/lib/feeds'
import { describePollEvent } from '../../../src/lib/poll-status'
import { sanitizeArticleHtml } from '../../../src/lib/sanitize'

const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/
const HOSTILE = 'Hostile \u202EFeed\u001b[31m'

describe('display-safe text in the renderer', () => {
  it('says a poll of a hostile feed without its override', () => {
    const status = describePollEvent({ type: 'pollProgress', phase: 'started', feedId: 1, name: HOSTILE })
    expect(status.text).not.toMatch(UNSAFE)
    expect(status.text).toContain('«Hostile Feed [31m»')
  })

  it('shows a previewed title without its override', () => {
    expect(describePreview({ url: 'https://example.com/rss', title: HOSTILE, itemCount: 3, discovered: [] })).toBe('العنوان: Hostile Feed [31m · عدد المواد: 3')
  })

  it('does not rename a feed whose name it shows cleaned, when the name was left as shown', () => {
    const feed = { id: 1, url: 'https://example.com/rss', name: HOSTILE, intervalMinutes: 30, encoding: null, fullText: false } as unknown as FeedView
    expect(feedChanges(feed, { name: 'Hostile Feed [31m', intervalMinutes: 30, encoding: null, fullText: false })).toEqual({})
    expect(feedChanges(feed, { name: 'Friendly', intervalMinutes: 30, encoding: null, fullText: false })).toEqual({ name: 'Friendly' })
  })

  it('quotes what a feed sent in an error without the override', () => {
    const text = arabicErrorText({ code: 'feed.unknown_encoding', label: 'x-\u202Eevil' })
    expect(text).not.toMatch(UNSAFE)
    expect(text).toContain('x-evil')
  })

  it('drops overrides and control characters from the formatted article HTML', () => {
    const { window } = new JSDOM('')
    const purify = createDOMPurify(window as unknown as WindowLike)
    const html = sanitizeArticleHtml(purify, '<p>خبر \u202Eعاجل\u202C عن <b>\u2067الأمن\u2069</b>\u001b[2J</p>')
    expect(html).not.toMatch(UNSAFE)
    expect(html).toBe('<p>خبر عاجل عن <b>الأمن</b>[2J</p>')
  })
})
