import { describe, expect, it } from 'vitest'
import { normalizeSpans, shiftSpans, splitHighlights } from '../../../src/lib/highlight'

const marked = (pieces: { text: string; marked: boolean }[]) => pieces.filter((piece) => piece.marked).map((piece) => piece.text)
const joined = (pieces: { text: string }[]) => pieces.map((piece) => piece.text).join('')

describe('splitHighlights', () => {
  const title = 'ورشة عمل في طرابلس الخميس حول تبادل المعلومات وملاحقة خلايا الارهاب'

  it('marks the matched words and keeps the rest as plain text', () => {
    const start = title.indexOf('الارهاب')
    const pieces = splitHighlights(title, [{ start, end: start + 'الارهاب'.length }])
    expect(pieces).toEqual([
      { text: title.slice(0, start), marked: false },
      { text: 'الارهاب', marked: true },
    ])
  })

  it('returns the whole text unmarked when there are no spans, and nothing for empty text', () => {
    expect(splitHighlights(title, [])).toEqual([{ text: title, marked: false }])
    expect(splitHighlights('', [{ start: 0, end: 3 }])).toEqual([])
  })

  it('merges overlapping, nested, touching and unsorted spans', () => {
    const text = 'التعاون المخابراتي بين الدول'
    const pieces = splitHighlights(text, [
      { start: 8, end: 18 }, // المخابراتي
      { start: 0, end: 7 }, // التعاون
      { start: 10, end: 14 }, // nested in the first
      { start: 7, end: 8 }, // the space between: touches both
      { start: 23, end: 28 }, // الدول
      { start: 25, end: 28 },
    ])
    expect(marked(pieces)).toEqual(['التعاون المخابراتي', 'الدول'])
    expect(joined(pieces)).toBe(text)
  })

  it('clamps out-of-range offsets and drops empty, inverted or non-numeric spans', () => {
    const text = 'مكافحة الارهاب'
    const pieces = splitHighlights(text, [
      { start: -10, end: 6 },
      { start: 7, end: 999 },
      { start: 50, end: 60 },
      { start: 5, end: 5 },
      { start: 9, end: 3 },
      { start: Number.NaN, end: 4 },
      { start: 0, end: Number.POSITIVE_INFINITY },
    ])
    expect(marked(pieces)).toEqual(['مكافحة', 'الارهاب'])
    expect(joined(pieces)).toBe(text)
  })

  it('never splits a surrogate pair', () => {
    const text = 'a😀b𝒳c'
    // 😀 is at 1..3, 𝒳 at 4..6: offsets 2 and 5 fall inside the pairs.
    const pieces = splitHighlights(text, [
      { start: 2, end: 3 },
      { start: 4, end: 5 },
    ])
    expect(marked(pieces)).toEqual(['😀', '𝒳'])
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
    for (const piece of pieces) expect(piece.text).not.toMatch(loneSurrogate)
    expect(joined(pieces)).toBe(text)
  })

  it('keeps diacritics with their letter', () => {
    const text = 'الإرهابُ الدوليّ'
    const end = text.indexOf('ُ') // span stops right before the damma
    const pieces = splitHighlights(text, [{ start: 0, end }])
    expect(marked(pieces)).toEqual(['الإرهابُ'])
    // A span starting on the shadda grows back to the yeh that carries it.
    const shadda = text.indexOf('ّ')
    expect(marked(splitHighlights(text, [{ start: shadda, end: shadda + 1 }]))).toEqual(['يّ'])
  })
})

describe('normalizeSpans and shiftSpans', () => {
  it('re-bases body spans onto a paragraph, dropping the ones outside it', () => {
    const paragraph = 'ثانية الارهاب'
    const spans = shiftSpans(
      [
        { start: 2, end: 5 },
        { start: 26, end: 33 },
        { start: 100, end: 104 },
      ],
      20,
    )
    expect(normalizeSpans(paragraph, spans)).toEqual([{ start: 6, end: 13 }])
  })
})
