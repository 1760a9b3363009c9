/**
 * A generated archive of Arabic articles at a given size, stored through the core's own tables
 * (articles, sources, hits with spans, marks, triage), for measuring the timeline, search, counts
 * and export at 10k / 100k / 1M. Bodies are stitched from the labeled set's paragraphs, so the
 * words and their spread are a real archive's; the mix (50 feeds of very different sizes, a tenth
 * flagged, most read, a few starred, noted and dismissed) is an analyst's after months of use.
 * Deterministic: the same size gives the same archive.
 */
import Database from 'better-sqlite3'
import { Store } from '../../electron/core/store/store'
import { loadArticles } from '../support/labeled'

const FEEDS = 50
const WATCHLISTS = ['counter-terrorism', 'security-workshops', 'intelligence-cooperation', 'arrests-raids', 'named-groups']
/** One article every 90 s on average: 1M articles span about three years. */
const SPACING_MS = 90_000
const BATCH = 5_000

/** A small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface ScaleArchive {
  readonly articles: number
  readonly flagged: number
  readonly newest: number
}

/** Fills a new database at `path` with `size` articles; `progress` hears every batch. */
export function buildScaleArchive(path: string, size: number, progress: (done: number) => void = () => {}): ScaleArchive {
  const paragraphs = loadArticles().flatMap((a) => a.text.split(/\n+/).filter((p) => p.length > 40))
  const titles = loadArticles().map((a) => a.text.split('\n')[0].slice(0, 120))
  const rand = random(size)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]
  const store = Store.open(path)
  store.db.pragma('synchronous = OFF')
  const now = Date.UTC(2026, 11, 1)
  const feeds = Array.from({ length: FEEDS }, (_, i) => store.feeds.add(`https://feed${i}.example/rss`, `مصدر ${i + 1}`, now))
  let flagged = 0
  for (let start = 0; start < size; start += BATCH) {
    store.transaction(() => {
      for (let i = start; i < Math.min(size, start + BATCH); i++) {
        // Feed sizes fall off steeply: feed 0 has a third of the articles, the last a handful.
        const feed = feeds[Math.min(FEEDS - 1, Math.floor(FEEDS * rand() ** 3))]
        const body = Array.from({ length: 3 + Math.floor(rand() * 6) }, () => pick(paragraphs)).join('\n')
        const publishedAt = now - (size - i) * SPACING_MS + Math.floor(rand() * SPACING_MS * 20)
        const id = store.articles.insert({
          feedId: feed.id,
          source: feed.name ?? '',
          guid: `g${i}`,
          url: `https://feed.example/${i}`,
          title: `${pick(titles)} ${i}`,
          body,
          publishedAt,
          publishedGuessed: false,
          fetchedAt: publishedAt + 60_000,
          feedHtml: `<p>${body.replaceAll('\n', '</p><p>')}</p>`,
        })
        if (id === undefined) continue
        if (rand() < 0.1) {
          flagged++
          const lists = WATCHLISTS.filter(() => rand() < 0.3)
          if (lists.length === 0) lists.push(pick(WATCHLISTS))
          const hits = lists.map((watchlistId) => ({
            watchlistId,
            score: Math.round(rand() * 80) / 10 + 1,
            omittedSpans: 0,
            spans: Array.from({ length: 1 + Math.floor(rand() * 3) }, () => {
              const s = Math.floor(rand() * Math.max(1, body.length - 10))
              return { field: 'body' as const, start: s, end: s + 6, query: `${watchlistId}-q${Math.floor(rand() * 40)}` }
            }),
          }))
          store.hits.replace(id, hits, publishedAt)
          if (rand() < 0.05) store.marks.set(id, lists[0], 'not_relevant', publishedAt)
        }
        // The older nine tenths read, as an analyst keeping up would have them.
        if (i < size * 0.9 && rand() < 0.97) store.state.setRead(id, true, publishedAt + 3_600_000)
        if (rand() < 0.002) store.state.setStarred(id, true, publishedAt)
        if (rand() < 0.001) store.state.setNote(id, 'للمتابعة مع الفريق', publishedAt)
      }
      // Indexed for search as a running Marsad would have it, not left in the backlog (a search
      // of an archive whose backlog is large sees only what is indexed: nothing, here).
      while (store.search.indexBacklog(BATCH) > 0);
    })
    progress(Math.min(size, start + BATCH))
  }
  store.db.pragma('synchronous = NORMAL')
  store.db.exec('ANALYZE')
  store.close()
  return { articles: size, flagged, newest: now }
}

/** Opens an archive read-only outside the Store (for measuring plans and sizes). */
export const openRaw = (path: string): Database.Database => new Database(path, { readonly: true })
