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
serveThread((batch: CsvBatch): CsvLines => csvBatchLines(store, batch))
