/**
 * CSV for analysts' reports: UTF-8 with a BOM so Excel shows Arabic, RFC 4180 quoting, CRLF rows,
 * and cells that a spreadsheet would read as a formula neutralised with a leading apostrophe.
 */

/**
 * What a spreadsheet may skip or not show before the first character it reads: whitespace (NBSP
 * and the ideographic space included), control characters, and format characters — zero-width
 * space and joiners, the BOM, soft hyphen, direction marks, bidi embeddings, overrides and
 * isolates. A formula hidden behind any of them («\u200B=10*10») is still a formula to some.
 */
const LEADING_INVISIBLE = /^[\s\p{Cc}\p{Cf}]*/u

/**
 * The characters that start a formula: = + - @, their full-width forms (Excel in East Asian
 * locales reads ＝ as =), their small forms, and the minus sign.
 */
const FORMULA_CHARS = '=+\\-@\\uFF1D\\uFF0B\\uFF0D\\uFF20\\uFE66\\uFE62\\uFE63\\uFE6B\\u2212'
const FORMULA_CHAR = new RegExp(`^[${FORMULA_CHARS}]`)

/** A leading tab or carriage return is neutralised whatever follows (OWASP's list). */
const FORMULA_START = /^[\t\r]/

/**
 * Where a spreadsheet may start a cell inside ours. Quotes protect a `;` or a line break only from
 * a reader that splits at commas; one set to `;` (or tab) recognises quotes only at the start of
 * its own fields, so it starts a new cell after every `;` or tab and a new row after every line
 * break in the middle of our quoted cell — LibreOffice evaluated `=10*10` there.
 */
const SEGMENT_BREAK = /([;\t\r\n])/

/** `'` in front of a piece of text whose first visible character starts a formula. */
function neutralizeStart(piece: string): string {
  return FORMULA_CHAR.test(piece.replace(LEADING_INVISIBLE, '')) ? `'${piece}` : piece
}

/**
 * The cell with a `'` wherever a spreadsheet could start evaluating: at its start when it begins
 * with a formula character, possibly behind invisible marks, or with a tab or carriage return;
 * and after each `;`, tab or line break followed by one (see SEGMENT_BREAK).
 */
export function neutralizeCell(value: string): string {
  const pieces = value.split(SEGMENT_BREAK).map((piece, i) => (i % 2 === 0 ? neutralizeStart(piece) : piece))
  const cell = pieces.join('')
  return FORMULA_START.test(cell) ? `'${cell}` : cell
}

/**
 * Quoted when it holds a quote, a line break or any character a spreadsheet may take as the field
 * separator: `,`, but also `;` (the default where the decimal separator is a comma, as in much of
 * the Arab world and Europe) and tab. An unquoted `;` let `=10*10` start a cell of its own.
 */
const NEEDS_QUOTES = /[",;\t\r\n]/

/**
 * A cell with nothing to neutralise and nothing to quote: its first character is visible and
 * starts no formula, and it holds no quote, separator or line break. Most cells of an export are
 * such (names, dates, scores, Arabic prose), and these two tests are far cheaper than the split
 * neutralizeCell makes, which a million-row export did eighteen times a row. The first looks at
 * one character (a Unicode-aware scan of a whole excerpt is slow); the second is NEEDS_QUOTES.
 */
const RISKY_FIRST_CHAR = new RegExp(`^[\\s\\p{Cc}\\p{Cf}${FORMULA_CHARS}]`, 'u')

export function quoteCell(value: string): string {
  return RISKY_FIRST_CHAR.test(value) || NEEDS_QUOTES.test(value) ? neutralizedAndQuoted(value) : value
}

/** quoteCell without its shortcut for plain cells: what every cell would get (the tests hold the two equal). */
export function neutralizedAndQuoted(value: string): string {
  const safe = neutralizeCell(value)
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** One row, quoted and neutralised, with its CRLF. */
export function csvLine(row: readonly string[]): string {
  return row.map(quoteCell).join(',') + '\r\n'
}

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + [header, ...rows].map(csvLine).join('')
}
