/**
 * Manual check (LibreOffice is not on CI, so this is not part of `npm test`): does a real
 * spreadsheet run any formula from Marsad's CSV export?
 *
 *   npm run check:csv            (needs `soffice` on PATH, or MARSAD_SOFFICE=/path/to/soffice)
 *
 * A local HTTP feed with hostile titles is subscribed, polled and exported through the real code
 * (createService → refreshNow → exportCsv). LibreOffice then opens the file headless with formula
 * evaluation on, once with `,` and once with `;` as the separator (where the decimal separator is
 * a comma, `;` is the default), and saves it back twice: with formulas as written and with values
 * as shown. A cell that differs between those two is a formula. With `,`, every cell must also
 * read exactly as written. A control file with raw formulas proves the check sees them.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createService } from '../electron/core/app/service'
import type { OperationOutput } from '../electron/core/contract/operations'

/** Titles a feed could send to get a formula run on the analyst's machine. */
const HOSTILE_TITLES = [
  '=10*10',
  '-10+20',
  '+10+20',
  '@SUM(1;2)',
  'x;=10*10;',
  'x; =10*10;',
  'x,=10*10',
  '\u200B=10*10',
  '\u202E=10*10',
  '\u2066=10*10\u2069',
  '\u200F\u00A0=10*10',
  '\uFF1D10*10',
  '\uFF0B10*10',
  '\uFF0D10+20',
  '\uFF20SUM(1;2)',
  'قال "المصدر";=10*10;',
  'خبر; \u200B＝10*10; آخر',
]

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function hostileFeed(): string {
  const items = HOSTILE_TITLES.map(
    (title, i) => `<item><title>${escapeXml(title)}</title><link>https://news.example/${i}</link><guid>hostile-${i}</guid>
<pubDate>Sat, 14 Feb 2015 07:${String(10 + i).padStart(2, '0')}:00 GMT</pubDate><description>خبر رقم ${i} عن الأمن.</description></item>`,
  ).join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Hostile \u202EFeed</title><link>https://example.com/</link>\n${items}\n</channel></rss>\n`
}

/** The CSV through the real export: a local feed subscribed, polled and exported. */
async function exportHostileCsv(dir: string): Promise<string> {
  const feed = hostileFeed()
  const server = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' }).end(feed))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const service = createService({ dbPath: join(dir, 'marsad.sqlite') })
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`
    await service.call('addFeed', { url, check: false })
    const [report] = (await service.call('refreshNow', {})) as OperationOutput<'refreshNow'>
    if (!report?.ok) throw new Error(`the local feed did not poll: ${JSON.stringify(report)}`)
    const { csv, rows } = (await service.call('exportCsv', { flaggedOnly: false, timeZone: 'UTC' })) as OperationOutput<'exportCsv'>
    if (rows !== HOSTILE_TITLES.length) throw new Error(`exported ${rows} rows, expected ${HOSTILE_TITLES.length}`)
    return csv
  } finally {
    await service.whenIdle()
    service.close()
    server.close()
  }
}

/** RFC 4180 as LibreOffice writes it back (`,`, `"` doubled, LF or CRLF rows). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++
      else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"' && cell === '') quoted = true
    else if (c === ',') row.push(cell), (cell = '')
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(cell), rows.push(row), (row = []), (cell = '')
    } else cell += c
  }
  if (cell !== '' || row.length > 0) row.push(cell), rows.push(row)
  return rows
}

const soffice = process.env.MARSAD_SOFFICE ?? 'soffice'

/** Opens `files` with `separator` (formulas evaluated) and saves them as CSV: formulas as written, or values as shown. */
function roundTrip(files: readonly string[], separator: 44 | 59, formulas: boolean, profile: string, outdir: string): void {
  // Import tokens: separator, quote, UTF-8, from line 1, no column formats, language 0, quoted field
  // as text off, special numbers on, (export-only 9–12), token 13: evaluate formulas ON — the
  // dangerous setting, as Excel always does. Export: `,`, `"`, UTF-8, line 1, …, token 9 «save cell
  // contents as shown», token 10 «export cell formulas».
  const infilter = `CSV:${separator},34,76,1,,0,false,true,false,false,false,-1,true`
  const outfilter = `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,${!formulas},${formulas}`
  const run = spawnSync(
    soffice,
    ['--headless', '--norestore', `-env:UserInstallation=${pathToFileURL(profile).href}`, `--infilter=${infilter}`, '--convert-to', outfilter, '--outdir', outdir, ...files],
    { encoding: 'utf8', timeout: 180_000 },
  )
  if (run.error) throw new Error(`cannot run ${soffice}: ${run.error.message} (install LibreOffice Calc, or set MARSAD_SOFFICE)`)
  if (run.status !== 0) throw new Error(`${soffice} exited with ${run.status}: ${run.stderr}`)
}

const pad = (rows: string[][], width: number): string[][] => rows.map((r) => [...r, ...Array<string>(Math.max(0, width - r.length)).fill('')])

interface Verdict {
  readonly formulas: string[]
  readonly changed: string[]
}

/** Cells that are formulas (they differ between the two exports) and, when `expected` is given, cells not read as written. */
function judge(asWritten: string[][], asShown: string[][], expected?: string[][]): Verdict {
  const width = Math.max(...[...asWritten, ...asShown, ...(expected ?? [])].map((r) => r.length))
  const [f, v] = [pad(asWritten, width), pad(asShown, width)]
  const formulas: string[] = []
  const changed: string[] = []
  f.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell !== v[r]?.[c]) formulas.push(`row ${r + 1} col ${c + 1}: ${JSON.stringify(cell)} → ${JSON.stringify(v[r]?.[c])}`)
    }),
  )
  if (expected) {
    const e = pad(expected, width)
    if (e.length !== v.length) changed.push(`${v.length} rows read, ${e.length} written`)
    e.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell !== v[r]?.[c]) changed.push(`row ${r + 1} col ${c + 1}: wrote ${JSON.stringify(cell)}, read ${JSON.stringify(v[r]?.[c])}`)
      }),
    )
  }
  return { formulas, changed }
}

async function main(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-csv-check-'))
  try {
    const csv = await exportHostileCsv(dir)
    const exported = join(dir, 'export.csv')
    writeFileSync(exported, csv, 'utf8')
    // The control: what the export wrote before issue 8 for two of the titles (no apostrophe, `;` unquoted).
    const control = join(dir, 'control.csv')
    writeFileSync(control, '\uFEFFtitle,n\r\n=10*10,1\r\n2015,x;=10*10;,2\r\n', 'utf8')
    const expected = parseCsv(csv.slice(1))
    let failed = false
    for (const separator of [44, 59] as const) {
      const out = (formulas: boolean): string => join(dir, `${separator}-${formulas ? 'formulas' : 'values'}`)
      for (const formulas of [true, false]) {
        mkdirSync(out(formulas))
        roundTrip([exported, control], separator, formulas, join(dir, 'profile'), out(formulas))
      }
      const read = (name: string, formulas: boolean): string[][] => parseCsv(readFileSync(join(out(formulas), name), 'utf8'))
      const label = separator === 44 ? '`,`' : '`;`'
      const ours = judge(read('export.csv', true), read('export.csv', false), separator === 44 ? expected : undefined)
      const controlVerdict = judge(read('control.csv', true), read('control.csv', false))
      const ok = ours.formulas.length === 0 && ours.changed.length === 0 && controlVerdict.formulas.length > 0
      failed ||= !ok
      console.log(`${ok ? 'ok  ' : 'FAIL'}  separator ${label}: ${expected.length - 1} rows, ${ours.formulas.length} formula cells${separator === 44 ? `, ${ours.changed.length} cells not read as written` : ''}; the control file has ${controlVerdict.formulas.length} formula cells (must be > 0)`)
      for (const line of [...ours.formulas, ...ours.changed]) console.log(`      ${line}`)
      for (const line of controlVerdict.formulas) console.log(`      control ${line}`)
    }
    return failed ? 1 : 0
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

process.exitCode = await main()
