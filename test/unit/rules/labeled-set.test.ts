import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { Matcher } from '../../../electron/core/rules/matcher'
import { parseWatchlistFile } from '../../../electron/core/rules/watchlist-file'
import { LABELS, loadLabeledSet, scoreWatchlists, type LabeledItem } from '../../support/labeled'

/**
 * Regression floors for the default watchlists on the hand-labeled set (micro-averaged over the
 * five watchlists). They guard against regressions; they are never raised above what the matcher
 * measures, nor lowered to make a failing run pass. `npm run bench` prints the current figures.
 */
const PRECISION_FLOOR = 0.85
const RECALL_FLOOR = 0.75

const items = loadLabeledSet()
const watchlists = parseWatchlistFile(readFileSync(new URL('../../../resources/watchlists.json', import.meta.url), 'utf8'))
const matcher = new Matcher(watchlists)
const predict = (text: string): Set<string> => new Set(matcher.match({ title: '', body: text }).map((h) => h.watchlistId))

/** "id label" for each disagreement in one direction, for a readable failure message. */
function disagreements(kind: 'missed' | 'wrongly flagged'): string[] {
  const out: string[] = []
  for (const item of items) {
    const got = predict(item.text)
    for (const label of LABELS) {
      const truth = item.labels.includes(label)
      if (kind === 'missed' ? truth && !got.has(label) : !truth && got.has(label)) out.push(`${item.id} ${label}`)
    }
  }
  return out
}

describe('labeled sentence set', () => {
  it('holds at least 240 texts, each with a unique id and only known labels', () => {
    expect(items.length).toBeGreaterThanOrEqual(240)
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length)
    expect(new Set(items.map((i) => i.text)).size).toBe(items.length)
    for (const item of items) {
      expect(item.id).toMatch(/^s\d{3,}$/)
      expect(item.text.trim().length).toBeGreaterThan(10)
      expect(new Set(item.labels).size).toBe(item.labels.length)
      for (const label of item.labels) expect(LABELS).toContain(label)
    }
  })

  it('balances on-topic texts with off-topic ones, and covers every watchlist', () => {
    expect(items.filter((i) => i.labels.length > 0).length).toBeGreaterThanOrEqual(100)
    expect(items.filter((i) => i.labels.length === 0).length).toBeGreaterThanOrEqual(100)
    for (const label of LABELS) expect(items.filter((i) => i.labels.includes(label)).length).toBeGreaterThanOrEqual(15)
  })

  it('labels the watchlists the default file defines', () => {
    expect(watchlists.map((w) => w.id)).toEqual([...LABELS])
  })
})

describe('scoreWatchlists', () => {
  const toy: LabeledItem[] = [
    { id: 't1', text: 'a', labels: ['x'] },
    { id: 't2', text: 'b', labels: ['x', 'y'] },
    { id: 't3', text: 'c', labels: [] },
  ]
  const flags: Record<string, string[]> = { a: ['x'], b: ['y'], c: ['x', 'z'] }

  it('counts per label and micro-averages the counts', () => {
    const s = scoreWatchlists(toy, (t) => new Set(flags[t]), ['x', 'y'])
    expect(s.perLabel.x).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5 })
    expect(s.perLabel.y).toMatchObject({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 })
    // z is not a scored label: its flag counts nowhere.
    expect(s.overall).toMatchObject({ tp: 2, fp: 1, fn: 1 })
    expect(s.overall.precision).toBeCloseTo(2 / 3)
    expect(s.overall.recall).toBeCloseTo(2 / 3)
  })

  it('treats a predictor that flags nothing as precise but blind', () => {
    const s = scoreWatchlists(toy, () => new Set(), ['x'])
    expect(s.overall).toMatchObject({ tp: 0, fp: 0, fn: 2, precision: 1, recall: 0, f1: 0 })
  })
})

describe('default watchlists on the labeled set', () => {
  const { overall } = scoreWatchlists(items, predict, LABELS)
  const figures = `micro P ${overall.precision.toFixed(3)} R ${overall.recall.toFixed(3)} (tp ${overall.tp} fp ${overall.fp} fn ${overall.fn})`

  it(`keep micro precision at or above ${PRECISION_FLOOR}`, () => {
    const wrong = disagreements('wrongly flagged')
    expect(overall.precision, `${figures}; wrongly flagged: ${wrong.join(', ')}`).toBeGreaterThanOrEqual(PRECISION_FLOOR)
  })

  it(`keep micro recall at or above ${RECALL_FLOOR}`, () => {
    const missed = disagreements('missed')
    expect(overall.recall, `${figures}; missed ${missed.length}: ${missed.slice(0, 40).join(', ')}…`).toBeGreaterThanOrEqual(RECALL_FLOOR)
  })
})
