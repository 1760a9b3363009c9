/**
 * CSV for analysts' reports: UTF-8 with a BOM so Excel shows Arabic, RFC 4180 quoting, CRLF rows,
 * and cells that a spreadsheet would read as a formula neutralised with a leading apostrophe.
 */

const FORMULA_START = /^[=+\-@\t\r]/

export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value
}

export function quoteCell(value: string): string {
  const safe = neutralizeCell(value)
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(quoteCell).join(','))
  return '\uFEFF' + lines.join('\r\n') + '\r\n'
}
