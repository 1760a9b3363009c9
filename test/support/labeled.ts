/**
 * The hand-labeled set of Arabic news sentences (test/fixtures/labeled/sentences.json) and a pure
 * scorer of any watchlist predictor against it: per-label and micro-averaged precision / recall / F1.
 * The labels were written from what an analyst would say each text is about, before any matcher ran.
 */
import { readFileSync } from 'node:fs'

export const LABELS = [
  'counter-terrorism',
  'security-workshops',
  'intelligence-cooperation',
  'arrests-raids',
  'named-groups',
] as const

export interface LabeledItem {
  readonly id: string
  readonly text: string
  /** Every watchlist the text is about; empty means off-topic. */
  readonly labels: readonly string[]
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

const SET_URL = new URL('../fixtures/labeled/sentences.json', import.meta.url)

export function loadLabeledSet(): LabeledItem[] {
  return JSON.parse(readFileSync(SET_URL, 'utf8')) as LabeledItem[]
}

function score(tp: number, fp: number, fn: number): Score {
  // An empty denominator means nothing was wrong in that direction: count it as perfect.
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { tp, fp, fn, precision, recall, f1 }
}

/** Scores `predict` (text → the watchlist ids it flags) on `items`, over the given labels only. */
export function scoreWatchlists(
  items: readonly LabeledItem[],
  predict: (text: string) => ReadonlySet<string>,
  labels: readonly string[],
): Scores {
  const counts = new Map(labels.map((l) => [l, { tp: 0, fp: 0, fn: 0 }]))
  for (const item of items) {
    const predicted = predict(item.text)
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

/**
 * Half the set (odd ids) is the development half: watchlists may be tuned by looking at its
 * errors. The other half (even ids) is held out: nobody tunes on it, so its figures are honest.
 */
export function isHeldOut(item: LabeledItem): boolean {
  return Number(item.id.replace(/\D/g, '')) % 2 === 0
}
