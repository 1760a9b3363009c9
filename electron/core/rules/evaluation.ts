/**
 * Watchlists evaluated like code: a labeled set of texts (one JSON object per line:
 * `{"title"?, "text", "labels": [watchlist ids]}`, other fields kept for the reader) scored
 * against any predictor, per watchlist and micro-averaged; and the frozen rule that holds part of
 * a set out of tuning. Pure: the CLI, the benchmark and the tests read files and call these.
 */
import { z } from 'zod'
import { MarsadError } from '../errors/marsad-error'

export interface LabeledText {
  readonly id?: string
  readonly region?: string
  readonly kind?: string
  readonly title?: string
  readonly text: string
  /** Every watchlist the text is about; empty means off-topic. */
  readonly labels: readonly string[]
}

const MAX_TEXT = 1_000_000

const lineSchema = z
  .object({
    id: z.string().max(200).optional(),
    region: z.string().max(100).optional(),
    kind: z.string().max(100).optional(),
    title: z.string().max(10_000).optional(),
    text: z.string().max(MAX_TEXT),
    labels: z.array(z.string().max(64)).max(200),
  })
  .loose()

/** A labeled set refused: its detail says which line and why. */
export class LabeledSetError extends MarsadError {}

/** Parses JSONL: blank lines are skipped; the first bad line is refused with its number. */
export function parseLabeledJsonl(text: string): LabeledText[] {
  const items: LabeledText[] = []
  const lines = text.replace(/^\uFEFF/, '').split('\n')
  lines.forEach((raw, index) => {
    const line = raw.trim()
    if (line === '') return
    let data: unknown
    try {
      data = JSON.parse(line)
    } catch {
      throw new LabeledSetError({ code: 'labeled.invalid', line: index + 1, problem: 'not_json' })
    }
    const parsed = lineSchema.safeParse(data)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw new LabeledSetError({ code: 'labeled.invalid', line: index + 1, problem: issue.path.length > 0 ? `bad_${String(issue.path[0])}` : 'not_object' })
    }
    const { id, region, kind, title, text: body, labels } = parsed.data
    items.push({ id, region, kind, title, text: body, labels })
  })
  // Scores on no texts would read 100 %: an empty set is refused, not measured.
  if (items.length === 0) throw new LabeledSetError({ code: 'labeled.invalid', line: 0, problem: 'empty' })
  return items
}

export interface Score {
  readonly tp: number
  readonly fp: number
  readonly fn: number
  readonly precision: number
  readonly recall: number
  readonly f1: number
}

export interface Scores {
  readonly perLabel: Readonly<Record<string, Score>>
  /** Micro average: counts summed over the labels, then one precision / recall / F1. */
  readonly overall: Score
}

export function score(tp: number, fp: number, fn: number): Score {
  // An empty denominator means nothing was wrong in that direction: count it as perfect.
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { tp, fp, fn, precision, recall, f1 }
}

/** Scores `predict` (item → the watchlist ids it flags) on `items`, over the given labels only. */
export function scoreWatchlists(items: readonly LabeledText[], predict: (item: LabeledText) => ReadonlySet<string>, labels: readonly string[]): Scores {
  const counts = new Map(labels.map((l) => [l, { tp: 0, fp: 0, fn: 0 }]))
  for (const item of items) {
    const predicted = predict(item)
    for (const [label, c] of counts) {
      const truth = item.labels.includes(label)
      const flagged = predicted.has(label)
      if (truth && flagged) c.tp++
      else if (flagged) c.fp++
      else if (truth) c.fn++
    }
  }
  const perLabel: Record<string, Score> = {}
  let tp = 0
  let fp = 0
  let fn = 0
  for (const [label, c] of counts) {
    perLabel[label] = score(c.tp, c.fp, c.fn)
    tp += c.tp
    fp += c.fp
    fn += c.fn
  }
  return { perLabel, overall: score(tp, fp, fn) }
}

/** FNV-1a, 32 bits, over UTF-16 code units: a fixed hash for the split (not for security). */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

/**
 * The frozen split (test/fixtures/labeled/GUIDE.md): an item is held out of tuning when its id
 * hashes to 0–3 modulo 10, about 40 %. Decided before any tuning; never changed.
 */
export function isHeldOut(id: string): boolean {
  return fnv1a(id) % 10 < 4
}
