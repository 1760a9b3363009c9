/** Timing helpers: one warm-up, then the best of a few runs (least disturbed by the machine). */
import { performance } from 'node:perf_hooks'

/**
 * The best of `runs` timed runs after a warm-up, and their median (how much the machine disturbed
 * them); `cpuSeconds`: the least CPU time (user + system) this process spent in one run. On a
 * shared or virtual machine the wall clock also counts the time others took the core; the CPU
 * time does not (and counts the engine's helper threads: a conservative figure per core).
 */
export function measure<T>(fn: () => T, runs = 3): { seconds: number; medianSeconds: number; cpuSeconds: number; result: T } {
  let result = fn()
  const times: number[] = []
  let cpuSeconds = Infinity
  for (let i = 0; i < runs; i++) {
    const cpuStart = process.cpuUsage()
    const start = performance.now()
    result = fn()
    times.push(performance.now() - start)
    const cpu = process.cpuUsage(cpuStart)
    cpuSeconds = Math.min(cpuSeconds, (cpu.user + cpu.system) / 1e6)
  }
  times.sort((a, b) => a - b)
  return { seconds: times[0] / 1000, medianSeconds: times[Math.floor(times.length / 2)] / 1000, cpuSeconds, result }
}

export async function measureAsync<T>(fn: () => Promise<T>): Promise<{ seconds: number; result: T }> {
  const start = performance.now()
  const result = await fn()
  return { seconds: (performance.now() - start) / 1000, result }
}

export function report(name: string, figure: string, detail = ''): void {
  console.log(`${name.padEnd(40)} ${figure.padStart(16)}   ${detail}`)
}
