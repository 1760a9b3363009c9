/** The watchlists table: the analyst's watchlists, stored as validated JSON definitions. */
import { validateWatchlists } from '../rules/watchlist-file'
import type { Watchlist } from '../rules/types'
import { prepared, type Db } from './database'

export class WatchlistsTable {
  constructor(private readonly db: Db) {}

  list(): Watchlist[] {
    const rows = prepared(this.db, 'SELECT definition FROM watchlists ORDER BY position').all() as { definition: string }[]
    return validateWatchlists({ watchlists: rows.map((r) => JSON.parse(r.definition) as unknown) })
  }

  /** Replaces every watchlist at once (callers validate first). */
  replaceAll(watchlists: readonly Watchlist[]): void {
    this.db.transaction(() => {
      prepared(this.db, 'DELETE FROM watchlists').run()
      const insert = prepared(this.db, 'INSERT INTO watchlists (id, position, definition) VALUES (?, ?, ?)')
      watchlists.forEach((w, i) => insert.run(w.id, i, JSON.stringify(w)))
    }).immediate() // a write transaction, begun as every other (see Store.transaction)
  }
}
