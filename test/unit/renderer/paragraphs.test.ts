import { describe, expect, it } from 'vitest'
import { splitParagraphs } from '../../../src/lib/paragraphs'

describe('splitParagraphs', () => {
  it('splits on blank lines and single newlines, trimming, with offsets into the body', () => {
    const body = '  أولى \n\n\r\nثانية\nثالثة  \n\n  '
    const paragraphs = splitParagraphs(body)
    expect(paragraphs.map((p) => p.text)).toEqual(['أولى', 'ثانية', 'ثالثة'])
    for (const p of paragraphs) expect(body.slice(p.start, p.start + p.text.length)).toBe(p.text)
  })

  it('gives nothing for an empty or blank body', () => {
    expect(splitParagraphs('')).toEqual([])
    expect(splitParagraphs(' \n\n \n')).toEqual([])
  })

  it('keeps offsets exact so body spans land on the right words', () => {
    const body = 'التعاون والتنسيق الامني\n\nوتنطلق الورشة وفق معلومات “المركزية”\n\nالسابق\nالتالي'
    const paragraphs = splitParagraphs(body)
    expect(paragraphs).toHaveLength(4)
    const at = body.indexOf('الورشة')
    const holder = paragraphs.find((p) => at >= p.start && at < p.start + p.text.length)
    expect(holder?.text.slice(at - holder.start, at - holder.start + 6)).toBe('الورشة')
  })
})
