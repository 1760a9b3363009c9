/**
 * End-to-end ingest throughput on one core: decode + parse + normalize + match + store, for a
 * local corpus of feeds, into a real SQLite file with the default watchlists.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { decodeFeed } from '../../electron/core/feeds/decode'
import { parseFeed } from '../../electron/core/feeds/parse'
import { ingestItems, matchItems } from '../../electron/core/monitor/ingest'
import { Matcher } from '../../electron/core/rules/matcher'
import { parseWatchlistFile } from '../../electron/core/rules/watchlist-file'
import { Store } from '../../electron/core/store/store'
import { rssFeed } from '../support/feeds'
import { PROJECT_ROOT } from '../support/cli'
import { articles } from './corpus'
import { measureAsync, report } from './measure'

const FEEDS = 40
const ITEMS_PER_FEED = 50

function feedBytes(feedIndex: number): Buffer {
  const source = articles()
  const items = Array.from({ length: ITEMS_PER_FEED }, (_, i) => {
    const a = source[(feedIndex + i) % source.length]
    // A distinct title per item: identical text would be stored once (dedupe), measuring nothing.
    return { id: `f${feedIndex}-i${i}`, title: `${a.title} (${feedIndex}-${i})`, body: a.body, link: `https://e.com/${feedIndex}/${i}`, pubDate: new Date(Date.UTC(2026, 0, 1, 0, i)).toUTCString() }
  })
  return Buffer.from(rssFeed(`feed ${feedIndex}`, items))
}

async function ingestRound(label: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-bench-'))
  const store = Store.open(join(dir, 'bench.sqlite'))
  const matcher = new Matcher(parseWatchlistFile(readFileSync(join(PROJECT_ROOT, 'resources/watchlists.json'), 'utf8')))
  const bodies = Array.from({ length: FEEDS }, (_, i) => feedBytes(i))
  const feeds = bodies.map((_, i) => store.feeds.add(`https://e.com/${i}.xml`, `feed ${i}`, 0))
  const { seconds, result: flagged } = await measureAsync(async () => {
    let hits = 0
    for (let i = 0; i < FEEDS; i++) {
      const parsed = await parseFeed(decodeFeed(bodies[i], 'application/rss+xml').text)
      // As a poll does it: matched (and their identity worked out) before the write, then stored.
      const matches = await matchItems(matcher, parsed.items)
      hits += ingestItems(store, matcher, { id: feeds[i].id, source: feeds[i].name }, parsed.items, Date.now(), matches).newHits.length
    }
    return hits
  })
  const items = FEEDS * ITEMS_PER_FEED
  report(`ingest (decode→parse→match→store), ${label}`, `${Math.round(items / seconds)} items/s`, `${items} items, ${flagged} flagged, ${seconds.toFixed(2)} s`)
  store.close()
  rmSync(dir, { recursive: true, force: true })
}

/** Cold: the first run in the process (JIT not warmed up); warm: the same work again, in a fresh database. */
export async function benchIngest(): Promise<void> {
  await ingestRound('cold')
  await ingestRound('warm')
}
