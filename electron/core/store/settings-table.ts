/** The settings table: small key/value facts about this database (e.g. whether defaults were seeded). */
import { prepared, type Db } from './database'

export class SettingsTable {
  constructor(private readonly db: Db) {}

  get(key: string): string | undefined {
    return (prepared(this.db, 'SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined)?.value
  }

  set(key: string, value: string): void {
    prepared(this.db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value)
  }
}
