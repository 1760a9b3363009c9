/**
 * Builds the SQL of one timeline page from a view's filters: pure, so each plan can be tested.
 *
 * Every page walks one index in the page's order and checks the other filters on the rows it
 * meets. The index walked (the "driver") is the filter with the fewest rows, known from the
 * maintained counts, so a page never walks far for its rows: a feed with three articles is read
 * from the feed's index, not found by checking a million rows down the time order. The page
 * cursor is a row value, `(key, id) < (?, ?)`, which an index answers at any depth.
 */

/** What a view shows: every filter is optional, and they combine (all must hold). */
export interface TimelineFilter {
  /** Articles with a live hit (a hit the analyst has not marked not relevant). */
  readonly flagged?: boolean
  /** Articles with a live hit from this watchlist. */
  readonly watchlistId?: string
  /** Articles this feed delivered. */
  readonly feedId?: number
  readonly unread?: boolean
  readonly starred?: boolean
  /** Articles the analyst marked not relevant to a watchlist that flagged them. */
  readonly dismissed?: boolean
  readonly noted?: boolean
  /** Published at or after (ms since the epoch). */
  readonly since?: number
  /** Published before (ms since the epoch). */
  readonly until?: number
  /** Stored at or after a time, given as the first article id stored then (ids grow with storing; see retention.ts). */
  readonly storedFrom?: number
}

/**
 * Newest first; or (flagged articles only) highest score first, a watchlist's own score in its
 * view; or (searches only) best match first.
 */
export type TimelineSort = 'time' | 'score' | 'relevance'

/** Where the last page ended: its last row's sort key (published time or score) and id. */
export interface TimelineCursor {
  readonly key: number
  readonly id: number
}

/** How many rows each filter has, to pick the smallest index to walk; unknown counts are taken as large. */
export type FilterCounts = Partial<Record<'all' | 'flagged' | 'unread' | 'flaggedUnread' | 'starred' | 'dismissed' | 'noted' | 'watchlist' | 'feed' | 'feedUnread' | 'stored', number>>

export interface TimelineSql {
  readonly sql: string
  readonly params: Record<string, number | string>
  /** The driver chosen (for tests and the benchmark to say which index answered). */
  readonly driver: string
}

interface Driver {
  readonly name: string
  /** FROM clause: the walked table (aliased d, or s when it is article_state itself) and article_state as s. */
  readonly from: string
  /** Conditions the driver's index is defined by. */
  readonly where: readonly string[]
  /** The sort key and id columns in the driver's index order. */
  readonly key: string
  readonly id: string
  /** The key alone orders the rows (it is unique): the cursor and the order use it alone, as the index can. */
  readonly uniqueKey?: boolean
  /** Only the newest this many rows (in the index's own order) are taken, then ordered by the key. */
  readonly window?: number
  /** State filters the walked index holds copies of, checked there instead of on article_state (no probe per row). */
  readonly copies?: Partial<Record<StateFilter, string>>
}

const STATE_CONDITIONS = {
  flagged: 's.flagged = 1',
  unread: 's.read_at IS NULL',
  starred: 's.starred_at IS NOT NULL',
  dismissed: 's.dismissed = 1',
  noted: 's.note IS NOT NULL',
} as const

type StateFilter = keyof typeof STATE_CONDITIONS

const STATE_INDEX_BY_TIME: Record<StateFilter, string> = {
  flagged: 'state_flagged_by_time',
  unread: 'state_unread_by_time',
  starred: 'state_starred_by_time',
  dismissed: 'state_dismissed_by_time',
  noted: 'state_noted_by_time',
}

function stateDriver(filter: StateFilter | 'all', sort: TimelineSort): Driver {
  if (sort === 'score') {
    return { name: 'state_by_score', from: 'article_state s INDEXED BY state_by_score', where: ['s.flagged = 1'], key: 's.score', id: 's.article_id' }
  }
  if (filter === 'all') return { name: 'state_by_time', from: 'article_state s INDEXED BY state_by_time', where: [], key: 's.published_at', id: 's.article_id' }
  const index = STATE_INDEX_BY_TIME[filter]
  return { name: index, from: `article_state s INDEXED BY ${index}`, where: [STATE_CONDITIONS[filter]], key: 's.published_at', id: 's.article_id' }
}

function watchlistDriver(sort: TimelineSort): Driver {
  const index = sort === 'score' ? 'hits_live_by_score' : 'hits_live_by_time'
  return {
    name: index,
    from: `hits d INDEXED BY ${index}${STATE_JOIN}`,
    where: ['d.watchlist_id = @watchlist', 'd.dismissed = 0'],
    key: sort === 'score' ? 'd.score' : 'd.published_at',
    id: 'd.article_id',
  }
}

const FLAGGED_UNREAD: Driver = {
  name: 'state_flagged_unread_by_time',
  from: 'article_state s INDEXED BY state_flagged_unread_by_time',
  where: [STATE_CONDITIONS.flagged, STATE_CONDITIONS.unread],
  key: 's.published_at',
  id: 's.article_id',
}

/**
 * A driver that walks another table joins article_state (as s) for the state's filters and keys;
 * when the view uses none of them the join is left out (timelineSql): its probe per row was most
 * of the cost of reading a small feed's rows (22 of 25 ms for 7,000 rows at 1M).
 */
const STATE_JOIN = ' JOIN article_state s ON s.article_id = d.article_id'

/**
 * A walk of one of article_sources' indexes for a feed: `conditions` are the index's own, and the
 * state it copies (`copies`) is checked there rather than on article_state.
 */
function feedIndexDriver(index: string, conditions: readonly string[], key: 'd.published_at' | 'd.score', copies?: Driver['copies']): Driver {
  return { name: index, from: `article_sources d INDEXED BY ${index}${STATE_JOIN}`, where: ['d.feed_id = @feed', ...conditions], key, id: 'd.article_id', copies }
}

const feedDriver = feedIndexDriver('article_sources_by_feed_time', [], 'd.published_at')

/** A feed's flagged articles (migration 14), the read state in the index: a feed's triage inbox needs no probe either. */
const feedFlaggedDriver = feedIndexDriver('article_sources_flagged_by_feed_time', ['d.flagged = 1'], 'd.published_at', { flagged: 'd.flagged = 1', unread: 'd.unread = 1' })

/** A feed's unread articles (migration 15): the read state is the index's condition, not a probe per row. */
const feedUnreadDriver = feedIndexDriver('article_sources_unread_by_feed_time', ['d.unread = 1'], 'd.published_at', { unread: 'd.unread = 1' })

/** A feed's flagged articles by their best score (migration 15), read or not: in the page's order at any depth. */
const feedByScoreDriver = feedIndexDriver('article_sources_flagged_by_feed_score', ['d.flagged = 1'], 'd.score', { flagged: 'd.flagged = 1', unread: 'd.unread = 1' })

const LARGE = Number.MAX_SAFE_INTEGER

/** A small filter's rows joined to the watchlist's hits (as hs), to sort them by its score. */
const WATCHLIST_JOINED = 'hs.watchlist_id = @watchlist'

/**
 * Below this many rows a filter's own index is walked whole and its rows sorted, when the view's
 * order has no index of that filter (a small feed's articles by score): sorting a few thousand rows
 * is cheaper than walking a large index in order to find them.
 */
export const SORT_SMALL_SET = 20_000

/** Rows in both of two sets, were they independent: a × b / all (the smaller of the two when a count is unknown). */
function shareOf(a: number | undefined, b: number | undefined, all: number | undefined): number {
  if (a === undefined || b === undefined || all === undefined || all === 0) return Math.min(a ?? LARGE, b ?? LARGE)
  return Math.ceil((a * b) / all)
}

/** The filter whose index has the fewest rows, among those the view uses (in the sort's order). */
function chooseDriver(filter: TimelineFilter, sort: TimelineSort, counts: FilterCounts): Driver {
  const candidates: [Driver, number][] = []
  if (filter.watchlistId !== undefined) candidates.push([watchlistDriver('time'), counts.watchlist ?? LARGE])
  // A feed's flagged articles are not counted: estimated as if the flag fell on every feed alike.
  if (filter.feedId !== undefined && filter.flagged) candidates.push([feedFlaggedDriver, shareOf(counts.feed, counts.flagged, counts.all)])
  if (filter.feedId !== undefined) candidates.push([feedDriver, counts.feed ?? LARGE])
  if (filter.feedId !== undefined && filter.unread) candidates.push([feedUnreadDriver, counts.feedUnread ?? LARGE])
  for (const name of usedStateFilters(filter)) candidates.push([stateDriver(name, 'time'), counts[name] ?? LARGE])
  // The triage inbox, flagged and unread, has an index of its own (migration 13).
  if (filter.flagged && filter.unread) candidates.push([FLAGGED_UNREAD, counts.flaggedUnread ?? LARGE])
  // What was stored since a time is a range of ids, in no time order: read whole and sorted when small.
  const stored = counts.stored ?? LARGE
  if (filter.storedFrom !== undefined && stored <= SORT_SMALL_SET) {
    const key = sort === 'time' ? 's.published_at' : scoreKey(filter)
    return { name: 'article_state by id, sorted', from: 'article_state s', where: ['s.article_id >= @storedFrom'], key, id: 's.article_id' }
  }
  // The first of the smallest: ties go to the watchlist's or the feed's index, which the others can't narrow.
  const smallest = candidates.length === 0 ? undefined : candidates.reduce((best, candidate) => (candidate[1] < best[1] ? candidate : best))
  if (sort === 'time') return smallest?.[0] ?? stateDriver('all', 'time')
  // Only flagged articles have a score order: a watchlist's own (its hits), or the best live one.
  const inOrder: [Driver, number] =
    filter.watchlistId !== undefined
      ? [watchlistDriver('score'), counts.watchlist ?? LARGE]
      : filter.feedId !== undefined
        ? [feedByScoreDriver, shareOf(counts.feed, counts.flagged, counts.all)]
        : [stateDriver('all', 'score'), counts.flagged ?? LARGE]
  if (smallest && smallest[1] <= SORT_SMALL_SET && smallest[1] * 2 < inOrder[1]) {
    if (filter.watchlistId === undefined) return { ...smallest[0], name: `${smallest[0].name}, sorted`, key: 's.score' }
    // Joined to the watchlist's hits: only the rows it flags are sorted, by its own score.
    const joined = `${smallest[0].from} JOIN hits hs ON hs.article_id = ${smallest[0].id}`
    return { ...smallest[0], name: `${smallest[0].name}, sorted`, from: joined, where: [...smallest[0].where, WATCHLIST_JOINED, 'hs.dismissed = 0'], key: 'hs.score' }
  }
  return inOrder[0]
}

/** An article's score in a view: the watchlist's own in its view, else its best live one. */
function scoreKey(filter: TimelineFilter): string {
  return filter.watchlistId !== undefined ? '(SELECT h.score FROM hits h WHERE h.article_id = s.article_id AND h.watchlist_id = @watchlist)' : 's.score'
}

function usedStateFilters(filter: TimelineFilter): StateFilter[] {
  return (Object.keys(STATE_CONDITIONS) as StateFilter[]).filter((name) => filter[name] === true)
}

/**
 * Title words weigh more than body words in a search's ranking (BM25 weights of the index's
 * title, body and forms columns): an article about the thing, not one that mentions it.
 */
const SEARCH_RANK = 'bm25(article_search, 4.0, 1.0, 0.5)'

/**
 * A search walks the full-text index: its matches, joined to their state, then sorted (by time,
 * by score, or by rank, negated so that larger is better like the other keys).
 */
function searchDriver(sort: TimelineSort, filter: TimelineFilter, rankedMatches: number): Driver {
  const from = 'article_search JOIN article_state s ON s.article_id = article_search.article_id'
  const where = ['article_search MATCH @search']
  if (sort === 'time') {
    // The index's rowid is the article's search key (see search-table.ts): in timeline order, so the
    // newest matches come first from the index itself, however many there are.
    return { name: 'article_search, by time', from, where, key: 'article_search.rowid', id: 's.article_id', uniqueKey: true }
  }
  if (sort === 'relevance') {
    // Ranking every match of a common word in a million articles takes seconds: the newest
    // matches (that pass the view's filters) are taken in the index's own order, then ranked.
    return { name: 'article_search, by relevance', from, where, key: `-${SEARCH_RANK}`, id: 's.article_id', window: Math.max(1, Math.floor(rankedMatches)) }
  }
  return { name: `article_search, by ${sort}`, from, where, key: scoreKey(filter), id: 's.article_id' }
}

/**
 * Matches ranked by a best-match search: the newest this many that pass the view's filters (weeks
 * of a busy archive). Ranking them whole cost 0.2–0.5 s at a million articles.
 */
export const RANKED_MATCHES = 2_000

/**
 * The SQL of one page: ids (and their sort keys) of up to `limit` articles after `cursor`;
 * `search`, an FTS5 expression (search/query.ts builds it), keeps only the articles it matches.
 */
export function timelineSql(
  filter: TimelineFilter,
  sort: TimelineSort,
  limit: number,
  cursor: TimelineCursor | undefined,
  counts: FilterCounts,
  search?: string,
  rankedMatches = RANKED_MATCHES,
): TimelineSql {
  const driver = search !== undefined ? searchDriver(sort, filter, rankedMatches) : chooseDriver(filter, sort === 'relevance' ? 'time' : sort, counts)
  const where = [...driver.where]
  const params: Record<string, number | string> = { limit }
  if (search !== undefined) params.search = search
  for (const name of usedStateFilters(filter)) {
    const condition = driver.copies?.[name] ?? STATE_CONDITIONS[name]
    if (!where.includes(condition)) where.push(condition)
  }
  // Only flagged articles have a score order (on the driver's copy of the flag when it has one).
  const flagged = driver.copies?.flagged ?? STATE_CONDITIONS.flagged
  if (sort === 'score' && filter.watchlistId === undefined && !where.includes(flagged)) where.push(flagged)
  if (filter.watchlistId !== undefined) {
    params.watchlist = filter.watchlistId
    // Not again when the driver is the watchlist's hits or is joined to them (a second probe per row).
    if (!where.includes('d.watchlist_id = @watchlist') && !where.includes(WATCHLIST_JOINED)) {
      where.push(`EXISTS (SELECT 1 FROM hits h WHERE h.article_id = ${driver.id} AND h.watchlist_id = @watchlist AND h.dismissed = 0)`)
    }
  }
  if (filter.storedFrom !== undefined) {
    params.storedFrom = filter.storedFrom
    if (!where.includes('s.article_id >= @storedFrom')) where.push('s.article_id >= @storedFrom')
  }
  if (filter.feedId !== undefined) {
    params.feed = filter.feedId
    if (!where.includes('d.feed_id = @feed')) where.push(`EXISTS (SELECT 1 FROM article_sources f WHERE f.article_id = ${driver.id} AND f.feed_id = @feed)`)
  }
  // The time range on the driver's own copy when it is in time order (the index bounds the walk).
  const time = driver.key === 'd.published_at' ? driver.key : 's.published_at'
  if (filter.since !== undefined) {
    where.push(`${time} >= @since`)
    params.since = filter.since
  }
  if (filter.until !== undefined) {
    where.push(`${time} < @until`)
    params.until = filter.until
  }
  if (cursor) {
    params.cursorKey = cursor.key
    if (!driver.uniqueKey) params.cursorId = cursor.id
  }
  const from = [...where, driver.key].some((sql) => /\bs\./.test(sql)) ? driver.from : driver.from.replace(STATE_JOIN, '')
  if (driver.window !== undefined) {
    // The window first (in the index's own order), then ordered by the key and paged in that order.
    const inner = `SELECT ${driver.id} AS id, ${driver.key} AS key FROM ${from} WHERE ${where.join(' AND ')} ORDER BY article_search.rowid DESC LIMIT ${driver.window}`
    const paged = cursor ? ' WHERE (key, id) < (@cursorKey, @cursorId)' : ''
    return { sql: `SELECT id, key FROM (${inner})${paged} ORDER BY key DESC, id DESC LIMIT @limit`, params, driver: driver.name }
  }
  if (cursor) where.push(driver.uniqueKey ? `${driver.key} < @cursorKey` : `(${driver.key}, ${driver.id}) < (@cursorKey, @cursorId)`)
  const order = driver.uniqueKey ? `${driver.key} DESC` : `${driver.key} DESC, ${driver.id} DESC`
  const sql = `SELECT ${driver.id} AS id, ${driver.key} AS key FROM ${from}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order} LIMIT @limit`
  return { sql, params, driver: driver.name }
}
