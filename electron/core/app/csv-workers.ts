/**
 * Export on every core: reading an article's row and writing its line take a core's whole time at
 * some 35,000 rows a second, so a big export's batches are written by threads that each read the
 * database through their own connection, while the core's thread only walks the view's order
 * and writes the lines out in it.
 */
import { startThreadPool } from '../work/thread-pool'
import type { CsvBatch, CsvLines } from './csv-batch'

/** The database file a thread opens, and the better-sqlite3 addon to open it with (the app's for Electron). */
export interface DatabaseFile {
  readonly path: string
  readonly nativeBinding?: string
}

export interface CsvWorkers {
  /** The batch's lines, written by whichever thread is free. */
  lines(batch: CsvBatch): Promise<CsvLines>
  close(): Promise<void>
}

/** Built as out/main/csv-worker.js (electron.vite.config.ts). */
const ENTRY = { source: new URL('./csv-worker-entry.ts', import.meta.url), bundled: 'csv-worker' }

export async function startCsvWorkers(file: DatabaseFile, count: number): Promise<CsvWorkers> {
  const pool = await startThreadPool<CsvBatch, CsvLines>(ENTRY, file, count)
  return { lines: (batch) => pool.run(batch), close: () => pool.close() }
}
