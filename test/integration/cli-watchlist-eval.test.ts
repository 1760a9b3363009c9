/**
 * `marsad watchlists eval FILE.jsonl` (precision, recall and F1 per watchlist and micro on a
 * labeled set) and `marsad match --jsonl` (one text per line in, one result per line out), run
 * in-process against watchlist files, as an analyst scores a change before importing it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCliInProcess } from '../support/run-cli'

const dir = mkdtempSync(join(tmpdir(), 'marsad-eval-'))
const write = (name: string, text: string): string => {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

const lists = write(
  'lists.json',
  JSON.stringify({
    sets: { groups: ['داعش', '"حركة الشباب"'] },
    watchlists: [
      { id: 'arrests', name: 'اعتقالات', terms: ['اعتقال', { query: 'فيلم', weight: -2 }], threshold: 1 },
      { id: 'groups', name: 'تنظيمات', terms: ['@groups'] },
      { id: 'workshops', name: 'ورش', terms: ['"ورشة عمل"'] },
    ],
  }),
)

const labeled = write(
  'set.jsonl',
  [
    { id: 'a', text: 'أعلنت الشرطة اعتقال ثلاثة أشخاص من داعش', labels: ['arrests', 'groups'] },
    { id: 'b', title: 'فيلم جديد', text: 'يروي الفيلم قصة اعتقال صحفي', labels: [] },
    { id: 'c', text: 'هاجمت حركة الشباب قاعدة عسكرية', labels: ['groups', 'arrests'] },
    { id: 'd', text: 'ارتفعت أسعار النفط', labels: ['economy'] },
  ]
    .map((l) => JSON.stringify(l))
    .join('\n') + '\n',
)

describe('marsad watchlists eval', () => {
  it('prints P, R and F1 per watchlist and micro-averaged, and names labels it cannot score', async () => {
    const run = await runCliInProcess(['watchlists', 'eval', labeled, '--watchlists', lists])
    expect(run.code).toBe(0)
    const rows = run.stdout.trim().split('\n')
    // arrests: a flagged (tp), b's film cue keeps it below the threshold, c missed (fn).
    expect(rows.find((r) => r.startsWith('arrests'))).toMatch(/^arrests\s+100\.0%\s+50\.0%\s+66\.7%\s+1\s+0\s+1$/)
    expect(rows.find((r) => r.startsWith('groups'))).toMatch(/^groups\s+100\.0%\s+100\.0%\s+100\.0%\s+2\s+0\s+0$/)
    expect(rows.find((r) => r.startsWith('micro'))).toMatch(/^micro\s+100\.0%\s+75\.0%\s+85\.7%\s+3\s+0\s+1$/)
    // Nothing labeled and nothing flagged: no figure to give, as in the editor (not 100 %).
    expect(rows.find((r) => r.startsWith('workshops'))).toMatch(/^workshops\s+—\s+—\s+—\s+0\s+0\s+0$/)
    expect(rows.at(-1)).toBe('4 labeled texts')
    expect(run.stderr).toContain('labels that name no enabled watchlist (not scored): economy')
  })

  it('gives the same figures as JSON', async () => {
    const run = await runCliInProcess(['watchlists', 'eval', labeled, '--watchlists', lists, '--json'])
    const result = JSON.parse(run.stdout) as { texts: number; overall: { tp: number; fp: number; fn: number }; perLabel: Record<string, { recall: number }> }
    expect(result).toMatchObject({ texts: 4, overall: { tp: 3, fp: 0, fn: 1 }, unknownLabels: ['economy'] })
    expect(result.perLabel.arrests.recall).toBe(0.5)
  })

  it('refuses a bad line with its number, in one line', async () => {
    const bad = write('bad.jsonl', `${JSON.stringify({ text: 'نص', labels: [] })}\n{"text": 5, "labels": []}\n`)
    const run = await runCliInProcess(['watchlists', 'eval', bad, '--watchlists', lists])
    expect(run.code).not.toBe(0)
    expect(run.stderr.trim()).toMatch(/^marsad: labeled set, line 2: "text" must be a string/)
    const notJson = write('notjson.jsonl', 'not json\n')
    expect((await runCliInProcess(['watchlists', 'eval', notJson, '--watchlists', lists])).stderr).toContain('line 1: not valid JSON')
    // Scores on nothing would read 100 %.
    const empty = write('empty.jsonl', '\n\n')
    const refused = await runCliInProcess(['watchlists', 'eval', empty, '--watchlists', lists])
    expect([refused.code, refused.stderr.trim()]).toEqual([2, 'marsad: labeled set: no labeled texts in the file'])
  })
})

describe('marsad match --jsonl', () => {
  it('answers each line with its own result, offsets into that line’s text, titles included', async () => {
    const input = [JSON.stringify('اعتقال عنصر من داعش'), JSON.stringify({ title: 'اعتقال', text: 'خبر قصير' }), '', '{"nope": 1}', JSON.stringify('طقس معتدل')].join('\n')
    const run = await runCliInProcess(['match', '--jsonl', '--watchlists', lists, '-'], { stdin: input })
    expect(run.code).toBe(0)
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { hits?: { text: string; field?: string }[]; flagged?: { watchlist: string }[]; line?: number })
    expect(lines).toHaveLength(4)
    expect(lines[0].hits?.map((h) => h.text)).toEqual(['اعتقال', 'داعش'])
    expect(lines[0].flagged?.map((f) => f.watchlist)).toEqual(['arrests', 'groups'])
    expect(lines[1].hits).toEqual([{ watchlist: 'arrests', query: 'اعتقال', field: 'title', start: 0, end: 6, text: 'اعتقال' }])
    expect(lines[2]).toEqual({ line: 4, error: 'expected a JSON string or {"title"?, "text"}' })
    expect(lines[3]).toEqual({ hits: [], flagged: [] })
  })

  it('keeps a hit’s text whole: control and bidi characters are escaped, not dropped', async () => {
    const run = await runCliInProcess(['match', '--jsonl', '--watchlists', lists, '-'], { stdin: JSON.stringify('دا\u202eعش') })
    expect(run.stdout).toContain('\\u202e')
    const [hit] = (JSON.parse(run.stdout) as { hits: { start: number; end: number; text: string }[] }).hits
    expect([hit.start, hit.end, hit.text.length]).toEqual([0, 5, 5])
  })
})
