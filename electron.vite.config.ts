import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'

/**
 * The dev server injects CSS as <style> tags and talks to its client over a websocket; the
 * production CSP in src/index.html forbids both. Relax it for `electron-vite dev` only.
 */
function devContentSecurityPolicy(): Plugin {
  return {
    name: 'marsad-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* http://localhost:*"),
  }
}

// Three builds: the Electron main process (plus the core's worker thread and its matching and export threads), the sandboxed preload
// (CommonJS, as sandboxed preloads require), and the React renderer, a plain web app in src/.
export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          'core-worker': resolve('electron/core/app/worker-entry.ts'),
          // A rescan's matching threads, started by the core beside itself (match-workers.ts).
          'match-worker': resolve('electron/core/monitor/match-worker-entry.ts'),
          // A big CSV export's threads, which read the database beside the core (csv-workers.ts).
          'csv-worker': resolve('electron/core/app/csv-worker-entry.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      rolldownOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src'),
    plugins: [devContentSecurityPolicy()],
    build: {
      outDir: resolve('out/renderer'),
      rolldownOptions: { input: resolve('src/index.html') },
    },
  },
})
