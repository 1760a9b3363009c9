import { availableParallelism } from 'node:os'
import { configDefaults, defineConfig } from 'vitest/config'

const TESTS = '**/*.test.{ts,tsx}'

/**
 * Unit test files that change something process-wide, so they keep a module graph (and a
 * process) of their own: module mocks and fake timers, spies on process streams, a swapped
 * global fetch, a jsdom environment, probes of globals that a feed's script must never reach.
 */
const NEED_ISOLATION = [
  'test/unit/main/main-process.test.ts',
  'test/unit/main/desktop.test.ts',
  'test/unit/launch/launcher-process.test.ts',
  'test/unit/renderer/client.test.ts',
  'test/unit/renderer/scroll-parent.test.ts',
  'test/unit/feeds/discover.test.ts',
  'test/unit/feeds/fulltext.test.ts',
]

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // better-sqlite3 and the local HTTP servers are fine in forks.
    pool: 'forks',
    // vitest's default (one worker per core but one) would leave a 2-core machine a single
    // worker, while vitest's own process mostly waits: use both cores there.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // The browser tests wait for the UI with expect.poll; a loaded 2-core CI machine needs more than 1 s.
    expect: { poll: { timeout: 10_000 } },
    projects: [
      {
        // The pure unit tests share one module graph per worker: starting a fresh one for each
        // file cost more than most of these files take to run.
        extends: true,
        test: { name: 'unit', include: [`test/unit/${TESTS}`], exclude: [...configDefaults.exclude, ...NEED_ISOLATION], isolate: false },
      },
      {
        // Servers, databases, processes and browsers: each file on its own.
        extends: true,
        test: { name: 'isolated', include: [`test/!(unit)/${TESTS}`, ...NEED_ISOLATION], isolate: true },
      },
    ],
  },
})
