/** Timing helpers: one warm-up, then the best of a few runs (least disturbed by the machine). */
import { performance } from 'node:perf_hooks'

/** The best of `runs` timed runs after a warm-up, and their median (how much the machine disturbed them). */
export function measure<T>(fn: () => T, runs = 3): { seconds: number; medianSeconds: number; result: T } {
  let result = fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    result = fn()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return { seconds: times[0] / 1000, medianSeconds: times[Math.floor(times.length / 2)] / 1000, result }
}

export async function measureAsync<T>(fn: () => Promise<T>): Promise<{ seconds: number; result: T }> {
  const start = performance.now()
  const result = await fn()
  return { seconds: (performance.now() - start) / 1000, result }
}

export function report(name: string, figure: string, detail = ''): void {
  console.log(`${name.padEnd(40)} ${figure.padStart(16)}   ${detail}`)
}
