/** One handle on the database with a table object per concern. */
import { ArticlesTable } from './articles-table'
import { openDatabase, type Db } from './database'
import { FeedsTable } from './feeds-table'
import { HitsTable } from './hits-table'
import { SettingsTable } from './settings-table'
import { WatchlistsTable } from './watchlists-table'

export class Store {
  readonly feeds: FeedsTable
  readonly articles: ArticlesTable
  readonly hits: HitsTable
  readonly watchlists: WatchlistsTable
  readonly settings: SettingsTable

  constructor(readonly db: Db) {
    this.feeds = new FeedsTable(db)
    this.articles = new ArticlesTable(db)
    this.hits = new HitsTable(db)
    this.watchlists = new WatchlistsTable(db)
    this.settings = new SettingsTable(db)
  }

  static open(path: string): Store {
    return new Store(openDatabase(path))
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)()
  }

  close(): void {
    this.db.close()
  }
}
