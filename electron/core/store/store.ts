/** One handle on the database with a table object per concern. */
import { ArticleStateTable } from './article-state-table'
import { ArticlesTable } from './articles-table'
import { openDatabase, type Db } from './database'
import { FeedsTable } from './feeds-table'
import { HitsTable } from './hits-table'
import { MarksTable } from './marks-table'
import { NoticesTable } from './notices-table'
import { PollLeaseTable } from './poll-lease-table'
import { SearchTable } from './search-table'
import { SettingsTable } from './settings-table'
import { TimelineTable } from './timeline-table'
import { WatchlistsTable } from './watchlists-table'

export class Store {
  readonly feeds: FeedsTable
  readonly articles: ArticlesTable
  readonly hits: HitsTable
  readonly state: ArticleStateTable
  readonly timeline: TimelineTable
  readonly search: SearchTable
  readonly marks: MarksTable
  readonly watchlists: WatchlistsTable
  readonly settings: SettingsTable
  readonly pollLease: PollLeaseTable
  readonly notices: NoticesTable

  constructor(readonly db: Db) {
    this.feeds = new FeedsTable(db)
    this.search = new SearchTable(db)
    this.articles = new ArticlesTable(db, this.search)
    this.hits = new HitsTable(db)
    this.state = new ArticleStateTable(db)
    this.timeline = new TimelineTable(db, this.search)
    this.marks = new MarksTable(db)
    this.watchlists = new WatchlistsTable(db)
    this.settings = new SettingsTable(db)
    this.pollLease = new PollLeaseTable(db)
    this.notices = new NoticesTable(db)
  }

  static open(path: string): Store {
    return new Store(openDatabase(path))
  }

  /**
   * Runs `fn` in one write transaction, begun IMMEDIATE: it takes the write lock first (waiting
   * the busy timeout for another process's writer), so it never reads under a snapshot and then
   * fails at once on upgrading to write, which a deferred BEGIN does when another process wrote.
   */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate()
  }

  close(): void {
    this.db.close()
  }
}
