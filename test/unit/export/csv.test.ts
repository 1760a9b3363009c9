import { describe, expect, it } from 'vitest'
import { neutralizeCell, quoteCell, toCsv } from '../../../electron/core/export/csv'

describe('CSV', () => {
  it('starts with a UTF-8 BOM and ends rows with CRLF', () => {
    const csv = toCsv(['title'], [['الإرهاب']])
    expect(csv.startsWith('\uFEFFtitle\r\n')).toBe(true)
    expect(csv).toBe('\uFEFFtitle\r\nالإرهاب\r\n')
  })

  it('quotes commas, quotes and line breaks per RFC 4180', () => {
    expect(quoteCell('a,b')).toBe('"a,b"')
    expect(quoteCell('قال "المصدر"')).toBe('"قال ""المصدر"""')
    expect(quoteCell('سطر\nثان')).toBe('"سطر\nثان"')
    expect(quoteCell('عادي')).toBe('عادي')
  })

  it.each(['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx'])('neutralises formula cell %j', (cell) => {
    expect(neutralizeCell(cell)).toBe(`'${cell}`)
  })

  it('neutralises before quoting, so the apostrophe sits inside the quotes', () => {
    expect(quoteCell('=1,2')).toBe(`"'=1,2"`)
  })

  it('leaves a cell that merely contains = alone', () => {
    expect(neutralizeCell('a=b')).toBe('a=b')
  })
})
