/**
 * Hostile cells (issue 8, finding 3): formulas a spreadsheet would still run after the apostrophe
 * rule of csv.test.ts — behind invisible or bidi marks, in full-width forms, or in a cell that a
 * `;`-separated spreadsheet splits at an unquoted semicolon — and names and titles that would
 * reverse or garble a cell. What LibreOffice itself makes of the file: scripts/check-csv-in-libreoffice.ts.
 */
import { describe, expect, it } from 'vitest'
import { articleCsvLine } from '../../../electron/core/export/articles-csv'
import { neutralizeCell, neutralizedAndQuoted, quoteCell, toCsv } from '../../../electron/core/export/csv'
import type { StoredArticle } from '../../../electron/core/store/articles-table'

describe('CSV against hostile cells', () => {
  it.each([
    ['zero-width space', '\u200B=10*10'],
    ['right-to-left override', '\u202E=10*10'],
    ['left-to-right isolate', '\u2066=10*10'],
    ['no-break space', '\u00A0=10*10'],
    ['byte order mark', '\uFEFF=10*10'],
    ['ordinary spaces', '   =10*10'],
    ['several marks at once', '\u200F \u200B\u202B+10*10'],
    ['full-width equals', '\uFF1D10*10'],
    ['full-width plus', '\uFF0B10*10'],
    ['full-width minus', '\uFF0D10*10'],
    ['full-width at', '\uFF20SUM(A1)'],
    ['full-width equals behind a ZWSP', '\u200B\uFF1D10*10'],
    ['the minus sign', '\u221210+20'],
  ])('puts the apostrophe at the start of a formula behind %s', (_name, cell) => {
    expect(neutralizeCell(cell)).toBe(`'${cell}`)
  })

  it.each(['\u200Bعادي', '\u202Eأخبار', ' 12 قتيلا', 'سعر 10=10', 'أ-ب'])('leaves text that starts with no formula alone: %j', (cell) => {
    expect(neutralizeCell(cell)).toBe(cell)
  })

  it.each([
    ['a semicolon', 'x;10*10', `"x;10*10"`],
    ['a tab', 'x\t10*10', `"x\t10*10"`],
    ['a lone carriage return', 'x\r10*10', `"x\r10*10"`],
  ])('quotes a cell holding %s, so no spreadsheet starts a new cell inside it', (_name, cell, quoted) => {
    expect(quoteCell(cell)).toBe(quoted)
  })

  it.each([
    ['a semicolon', 'x;=10*10', "x;'=10*10"],
    ['a semicolon and spaces', 'x; =10*10', "x;' =10*10"],
    ['a semicolon and a ZWSP', 'x;\u200B\uFF0B1', "x;'\u200B\uFF0B1"],
    ['a tab', 'x\t@SUM(1)', "x\t'@SUM(1)"],
    ['a line break', 'x\n=10*10', "x\n'=10*10"],
    ['a line break at the start', '\n=10*10', "\n'=10*10"],
    ['a CR LF', 'x\r\n-1+2', "x\r\n'-1+2"],
  ])('neutralises a formula after %s, where a reader set to another separator starts a cell', (_name, cell, safe) => {
    expect(neutralizeCell(cell)).toBe(safe)
  })

  it('leaves a semicolon or a line break before ordinary text alone', () => {
    expect(neutralizeCell('الأمن; الدفاع\nسطر')).toBe('الأمن; الدفاع\nسطر')
  })

  it('keeps a semicolon title in one field of the row', () => {
    const csv = toCsv(['title', 'n'], [['مقال;=10*10', '1']])
    expect(csv.split('\r\n')[1]).toBe(`"مقال;'=10*10",1`)
  })

  it('writes names, titles and matched words without bidi overrides or control characters', () => {
    const title = 'هجوم \u202Eعلى\u202C مطار\u001b[31m'
    const article: StoredArticle = {
      id: 1,
      feedId: 1,
      source: 'Hostile \u202EFeed',
      guid: 'g',
      url: 'https://example.com/a',
      title,
      body: '',
      publishedAt: Date.UTC(2015, 1, 14, 7, 30),
      publishedGuessed: false,
      fetchedAt: 0,
      categories: [],
    }
    const hits = [{ watchlistId: 'w', score: 2, spans: [{ field: 'title' as const, start: 5, end: 10, query: 'على' }], omittedSpans: 0, truncated: false, matchedAt: 0 }]
    const names = new Map([['w', '\u202Eقائمة']])
    const line = articleCsvLine({ article, hits, excerpt: 'نص \u202Eمقلوب\u0007' }, names, { watchlists: [{ id: 'w', name: names.get('w') as string }], timeZone: 'UTC' })
    const row = line.replace(/\r\n$/, '')
    expect(row).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u0000-\u0008\u000B-\u001F\u007F-\u009F]/)
    expect(row).toBe('2015-02-14T07:30:00+00:00,Hostile Feed,هجوم على مطار [31m,https://example.com/a,قائمة,على,2,2,نص مقلوب,1970-01-01T00:00:00+00:00,,,')
  })

  it('gives every cell the same text through its shortcut for plain cells as through the full rules', () => {
    // Cells built from the characters each rule looks at, beside ordinary Arabic and digits.
    const alphabet = ['ا', 'ل', 'إ', '1', ' ', '=', '+', '-', '@', '\uFF1D', '\u2212', '"', ',', ';', '\t', '\r', '\n', '\u00A0', '\u200B', '\u202E', '\uFEFF', '\u0007', '\u{1F600}']
    let seed = 7
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31)
    for (let n = 0; n < 5000; n++) {
      const cell = Array.from({ length: next() % 6 }, () => alphabet[next() % alphabet.length]).join('')
      expect(quoteCell(cell), JSON.stringify(cell)).toBe(neutralizedAndQuoted(cell))
    }
    expect(quoteCell('قائمة مراقبة 2')).toBe('قائمة مراقبة 2')
    expect(quoteCell('\u200B=1')).toBe("'\u200B=1")
  })

  it('writes the excerpt on one line, single-spaced, whatever breaks, controls and overrides it holds', () => {
    const article = { source: 's', title: 't', body: '', url: null, publishedAt: 0 }
    const excerpt = ' فقرة\n\n\u202E أولى \u0007\tثانية\u00A0 '
    const line = articleCsvLine({ article, hits: [], excerpt }, new Map(), { watchlists: [], timeZone: 'UTC' })
    expect(line.split(',')[7]).toBe('فقرة أولى ثانية')
  })
})
