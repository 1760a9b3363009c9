import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'

// Three builds: the Electron main process (plus the core's worker thread), the sandboxed preload
// (CommonJS, as sandboxed preloads require), and the React renderer, a plain web app in src/.
export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          'core-worker': resolve('electron/core/app/worker-entry.ts'),
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
    build: {
      outDir: resolve('out/renderer'),
      rolldownOptions: { input: resolve('src/index.html') },
    },
  },
})
