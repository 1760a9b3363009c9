/**
 * An export thread (csv-workers.ts): opens the database the core has open (SQLite in WAL mode
 * lets a second connection read beside the first) and writes the CSV lines of each batch of
 * article ids it is sent. It only reads.
 */
import { workerData } from 'node:worker_threads'
import { openDatabase } from '../store/database'
import { Store } from '../store/store'
import { serveThread } from '../work/pool-thread'
import { csvBatchLines, type CsvBatch, type CsvLines } from './csv-batch'
import type { DatabaseFile } from './csv-workers'

const file = workerData as DatabaseFile
const store = new Store(openDatabase(file.path, { nativeBinding: file.nativeBinding }))
const utf8 = new TextEncoder()
// Answered as UTF-8 bytes, moved rather than copied: receiving the text as a string cost the
// core's thread a copy of every line, a third of its time in a big export.
serveThread(
  (batch: CsvBatch): CsvLines & { readonly chunk: Uint8Array } => {
    const { chunk, rows } = csvBatchLines(store, batch)
    return { chunk: utf8.encode(chunk), rows }
  },
  (lines) => [lines.chunk.buffer as ArrayBuffer],
)
