/**
 * A matching thread for a rescan (match-workers.ts): builds the matcher once from the watchlist
 * file it is given, then matches each batch of articles it is sent and answers with their hits.
 * No database here: the rescan reads and writes in its own thread, this one only matches.
 */
import { workerData } from 'node:worker_threads'
import { Matcher, type MatchableArticle } from '../rules/matcher'
import type { WatchlistFile } from '../rules/types'
import { serveThread } from '../work/pool-thread'
import type { MatchedArticle } from './match-workers'

const matcher = new Matcher(workerData as WatchlistFile)
serveThread((articles: readonly MatchableArticle[]): MatchedArticle[] =>
  articles.map((article) => {
    const { hits, truncated } = matcher.run(article)
    return { hits, truncated }
  }),
)
