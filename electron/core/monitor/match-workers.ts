/**
 * Matching on every core: a rescan of a big archive is bound by the matcher (one core matches a
 * few thousand articles a second), so its articles are split among worker threads, each with its
 * own matcher built from the same watchlist file. Results come back in the articles' order and are
 * the same as one matcher's: the matcher is a pure function of the file and the article.
 */
import type { MatchableArticle } from '../rules/matcher'
import type { WatchlistFile, WatchlistHit } from '../rules/types'
import { startThreadPool } from '../work/thread-pool'

export interface MatchedArticle {
  readonly hits: WatchlistHit[]
  readonly truncated: boolean
}

export interface MatchWorkers {
  /** Matches the articles, split among the threads; results in the articles' order. */
  match(articles: readonly MatchableArticle[]): Promise<MatchedArticle[]>
  close(): Promise<void>
}

/** Built as out/main/match-worker.js (electron.vite.config.ts). */
const ENTRY = { source: new URL('./match-worker-entry.ts', import.meta.url), bundled: 'match-worker' }

/** Articles sent to a thread at a time: small, so no thread waits while another finishes a long share. */
const CHUNK = 25

/** Starts `count` matching threads for this watchlist file; resolves once every one has built its matcher. */
export async function startMatchWorkers(file: WatchlistFile, count: number): Promise<MatchWorkers> {
  const pool = await startThreadPool<readonly MatchableArticle[], MatchedArticle[]>(ENTRY, file, count)
  return {
    async match(articles) {
      const parts: Promise<MatchedArticle[]>[] = []
      for (let i = 0; i < articles.length; i += CHUNK) parts.push(pool.run(articles.slice(i, i + CHUNK)))
      return (await Promise.all(parts)).flat()
    },
    close: () => pool.close(),
  }
}
