/**
 * `npm run bench`: prints figures; asserts nothing. Each benchmark runs in a process of its own,
 * so one's memory (the poll's peak RSS, say) is not another's leftovers. `npm run bench -- poll`
 * runs only the ones named.
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const BENCHES: Readonly<Record<string, () => Promise<void>>> = {
  matcher: async () => (await import('./matcher.bench')).benchMatcher(),
  hostile: async () => (await import('./hostile.bench')).benchHostile(),
  precision: async () => (await import('./precision.bench')).benchPrecision(),
  ingest: async () => (await import('./ingest.bench')).benchIngest(),
  poll: async () => (await import('./poll.bench')).benchPoll(),
  timeline: async () => (await import('./timeline.bench')).benchTimeline(),
  desk: async () => (await import('./desk.bench')).benchDesk(),
}

// Flags (`--1m`) go to every benchmark run; the rest name the benchmarks.
const flags = process.argv.slice(2).filter((arg) => arg.startsWith('--') && arg !== '--one')
const [mode, ...names] = process.argv.slice(2).filter((arg) => !flags.includes(arg))
if (mode === '--one') {
  await BENCHES[names[0]]()
} else {
  const chosen = mode === undefined ? Object.keys(BENCHES) : [mode, ...names]
  const unknown = chosen.filter((name) => !(name in BENCHES))
  if (unknown.length > 0) throw new Error(`unknown benchmark ${unknown.join(', ')} (known: ${Object.keys(BENCHES).join(', ')})`)
  console.log(`Marsad benchmarks — node ${process.version}, ${new Date().toISOString()}`)
  for (const name of chosen) {
    // Same Node, same flags (tsx's loader among them), a fresh heap.
    const run = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--one', name, ...flags], { stdio: 'inherit' })
    if (run.status !== 0) process.exitCode = 1
  }
}
