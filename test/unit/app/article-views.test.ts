import { describe, expect, it } from 'vitest'
import { makeExcerpt } from '../../../electron/core/app/article-views'

const marked = (text: string, hs: { start: number; end: number }[]): string[] => hs.map((h) => text.slice(h.start, h.end))

describe('excerpts', () => {
  it('shows the beginning of a body without hits', () => {
    const body = 'كلمة '.repeat(100).trim()
    const e = makeExcerpt(body, [], 50)
    expect(e.text.startsWith('كلمة')).toBe(true)
    expect(e.text.endsWith(' …')).toBe(true)
    expect(e.highlights).toEqual([])
  })

  it('moves the window to the first hit deep in the body and keeps its highlight exact', () => {
    const body = 'تمهيد '.repeat(120) + 'مواجهة الإرهاب العابر للحدود ' + 'خاتمة '.repeat(50)
    const start = body.indexOf('الإرهاب')
    const e = makeExcerpt(body, [{ start, end: start + 'الإرهاب'.length }], 200)
    expect(e.text.startsWith('… ')).toBe(true)
    expect(marked(e.text, e.highlights)).toEqual(['الإرهاب'])
  })

  it('highlights hits at the start of a short body', () => {
    const body = 'الإرهاب في المنطقة'
    const e = makeExcerpt(body, [{ start: 0, end: 7 }])
    expect(e.text).toBe(body)
    expect(marked(e.text, e.highlights)).toEqual(['الإرهاب'])
  })
})
