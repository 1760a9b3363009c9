/**
 * The watchlists and term_sets tables: the analyst's watchlists (validated JSON definitions) and
 * the term sets their queries name, read and replaced together as one watchlist file.
 */
import { validateWatchlistFile, watchlistFileJson } from '../rules/watchlist-file'
import type { WatchlistFile } from '../rules/types'
import { prepared, type Db } from './database'

export class WatchlistsTable {
  constructor(private readonly db: Db) {}

  /** The stored set, validated again (every query checked): throws for one an older Marsad could not build. */
  load(): WatchlistFile {
    const rows = prepared(this.db, 'SELECT definition FROM watchlists ORDER BY position').all() as { definition: string }[]
    const sets = prepared(this.db, 'SELECT name, terms FROM term_sets ORDER BY position').all() as { name: string; terms: string }[]
    return validateWatchlistFile({
      sets: Object.fromEntries(sets.map((s) => [s.name, JSON.parse(s.terms) as unknown])),
      watchlists: rows.map((r) => JSON.parse(r.definition) as unknown),
    })
  }

  /** Replaces every watchlist and term set at once (callers validate first). */
  replaceAll(file: WatchlistFile): void {
    this.db.transaction(() => {
      prepared(this.db, 'DELETE FROM watchlists').run()
      prepared(this.db, 'DELETE FROM term_sets').run()
      const insert = prepared(this.db, 'INSERT INTO watchlists (id, position, definition) VALUES (?, ?, ?)')
      file.watchlists.forEach((w, i) => insert.run(w.id, i, JSON.stringify(w)))
      const insertSet = prepared(this.db, 'INSERT INTO term_sets (name, position, terms) VALUES (?, ?, ?)')
      Object.entries(watchlistFileJson(file).sets).forEach(([name, terms], i) => insertSet.run(name, i, JSON.stringify(terms)))
    }).immediate() // a write transaction, begun as every other (see Store.transaction)
  }
}
