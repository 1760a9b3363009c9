/** Timing helpers: one warm-up, then the best of a few runs (least disturbed by the machine). */
import { performance } from 'node:perf_hooks'

export function measure<T>(fn: () => T, runs = 3): { seconds: number; result: T } {
  let result = fn()
  let best = Infinity
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    result = fn()
    best = Math.min(best, performance.now() - start)
  }
  return { seconds: best / 1000, result }
}

export async function measureAsync<T>(fn: () => Promise<T>): Promise<{ seconds: number; result: T }> {
  const start = performance.now()
  const result = await fn()
  return { seconds: (performance.now() - start) / 1000, result }
}

export function report(name: string, figure: string, detail = ''): void {
  console.log(`${name.padEnd(40)} ${figure.padStart(16)}   ${detail}`)
}
