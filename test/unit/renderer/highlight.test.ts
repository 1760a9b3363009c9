import { describe, expect, it } from 'vitest'
import { normalizeSpans, shiftSpans, splitColoredHighlights, splitHighlights, type ColoredPiece, type ColoredSpan } from '../../../src/lib/highlight'

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

/** splitColoredHighlights as it was first written (a scan of every span for every piece): the reference on small inputs. */
function coloredReference(text: string, spans: readonly ColoredSpan[]): ColoredPiece[] {
  const ranges = spans.flatMap((span) => normalizeSpans(text, [span]).map((r) => ({ ...r, color: span?.color })))
  if (ranges.length === 0) return text === '' ? [] : [{ text, marked: false }]
  const cuts = [...new Set([0, text.length, ...ranges.flatMap((r) => [r.start, r.end])])].sort((a, b) => a - b)
  const pieces: ColoredPiece[] = []
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]]
    const cover = ranges.find((r) => r.start <= start && r.end >= end)
    const last = pieces[pieces.length - 1]
    const piece: ColoredPiece = cover ? { text: text.slice(start, end), marked: true, color: cover.color } : { text: text.slice(start, end), marked: false }
    if (last && last.marked === piece.marked && last.color === piece.color) pieces[pieces.length - 1] = { ...last, text: last.text + piece.text }
    else pieces.push(piece)
  }
  return pieces
}

describe('splitColoredHighlights', () => {
  it('gives the pieces the first-written version gave on overlapping, nested, unsorted and out-of-range spans', () => {
    const text = 'اعتقلت قوات الأمنِ خليةً إرهابية 😀 في بغداد'
    const colors = ['#aaaaaa', '#bbbbbb', '#cccccc', undefined]
    // A small deterministic generator: the same cases on every run.
    let seed = 7
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n)
    for (let round = 0; round < 500; round++) {
      const spans = Array.from({ length: next(7) }, () => {
        const start = next(text.length + 6) - 3
        return { start, end: start + next(14) - 2, color: colors[next(colors.length)] }
      })
      const pieces = splitColoredHighlights(text, spans)
      expect(pieces, JSON.stringify(spans)).toEqual(coloredReference(text, spans))
      expect(joined(pieces)).toBe(text)
    }
    expect(splitColoredHighlights('', [{ start: 0, end: 2, color: '#aaaaaa' }])).toEqual([])
    expect(splitColoredHighlights('abc', [])).toEqual([{ text: 'abc', marked: false }])
  })

  it('cuts 20,000 nested spans, innermost first, into one piece per cut (each the colour of the innermost span over it)', () => {
    const n = 20_000
    const text = 'ب'.repeat(2 * n)
    // Span i covers [i, 2n - i): the innermost (i = n - 1) is given first, so every cut changes colour.
    const spans = Array.from({ length: n }, (_, k) => {
      const i = n - 1 - k
      return { start: i, end: 2 * n - i, color: `#${i.toString(16).padStart(6, '0')}` }
    })
    const pieces = splitColoredHighlights(text, spans)
    // Cut points 0..2n: 2n pieces, the two around the middle one colour (span n - 1 covers both).
    expect(pieces).toHaveLength(2 * n - 1)
    expect(pieces[0]).toEqual({ text: 'ب', marked: true, color: '#000000' })
    expect(pieces[n - 1]).toEqual({ text: 'بب', marked: true, color: `#${(n - 1).toString(16).padStart(6, '0')}` })
    expect(pieces[2 * n - 2].color).toBe('#000000')
    expect(joined(pieces)).toBe(text)
  })

  it('cuts 20,000 separate words, each its own span, into the words and the spaces between', () => {
    const n = 20_000
    const text = Array.from({ length: n }, () => 'خلية').join(' ')
    const spans = Array.from({ length: n }, (_, i) => ({ start: i * 5, end: i * 5 + 4, color: i % 2 === 0 ? '#aaaaaa' : '#bbbbbb' }))
    const pieces = splitColoredHighlights(text, spans)
    expect(pieces).toHaveLength(2 * n - 1)
    expect(pieces.filter((p) => p.marked)).toHaveLength(n)
    expect(pieces.slice(0, 3)).toEqual([
      { text: 'خلية', marked: true, color: '#aaaaaa' },
      { text: ' ', marked: false },
      { text: 'خلية', marked: true, color: '#bbbbbb' },
    ])
    expect(joined(pieces)).toBe(text)
  })
})
