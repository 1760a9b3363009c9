/**
 * A matching thread for a rescan (match-workers.ts): builds the matcher once from the watchlist
 * file it is given, then matches each batch of articles it is sent and answers with their hits.
 * No database here: the rescan reads and writes in its own thread, this one only matches.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { Matcher } from '../rules/matcher'
import type { WatchlistFile } from '../rules/types'
import type { FromMatchWorker, ToMatchWorker } from './match-workers'

const port = parentPort
if (!port) throw new Error('match-worker-entry must run in a worker thread')

const matcher = new Matcher(workerData as WatchlistFile)
port.on('message', (message: ToMatchWorker) => {
  const results = message.articles.map((article) => {
    const { hits, truncated } = matcher.run(article)
    return { hits, truncated }
  })
  port.postMessage({ batch: message.batch, results } satisfies FromMatchWorker)
})
port.postMessage({ ready: true } satisfies FromMatchWorker)
