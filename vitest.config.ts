import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // better-sqlite3 and the local HTTP servers are fine in forks; two cores here.
    pool: 'forks',
    // The browser tests wait for the UI with expect.poll; a loaded 2-core CI machine needs more than 1 s.
    expect: { poll: { timeout: 10_000 } },
  },
})
