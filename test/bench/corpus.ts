/** Deterministic Arabic material for the benchmarks: the article fixtures, repeated and varied. */
import { fixtureArticles } from '../support/feeds'

/** A small PRNG so every run measures the same input. */
export function prng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

export function articles(): { title: string; body: string }[] {
  return fixtureArticles().map((a) => ({ title: a.title, body: a.body }))
}

/** About `megabytes` MB (UTF-8) of Arabic news text. */
export function arabicText(megabytes: number): string {
  const base = articles().map((a) => `${a.title}\n${a.body}`).join('\n\n')
  const parts: string[] = []
  let size = 0
  while (size < megabytes * 1024 * 1024) {
    parts.push(base)
    size += Buffer.byteLength(base)
  }
  return parts.join('\n\n')
}

const LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي'

/** `count` made-up Arabic words of 4–7 letters: watchlist terms that mostly never hit. */
export function syntheticTerms(count: number): string[] {
  const random = prng(42)
  const out = new Set<string>()
  while (out.size < count) {
    const length = 4 + Math.floor(random() * 4)
    let word = ''
    for (let i = 0; i < length; i++) word += LETTERS[Math.floor(random() * LETTERS.length)]
    out.add(word)
  }
  return [...out]
}
