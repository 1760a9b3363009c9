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

  delete(key: string): void {
    prepared(this.db, 'DELETE FROM settings WHERE key = ?').run(key)
  }

  /** The User-Agent the analyst chose for fetches (validated by the contract), or undefined for Marsad's default. */
  userAgent(): string | undefined {
    return this.get(USER_AGENT_KEY)
  }

  /** null goes back to the default. */
  setUserAgent(value: string | null): void {
    if (value === null) this.delete(USER_AGENT_KEY)
    else this.set(USER_AGENT_KEY, value)
  }
}

const USER_AGENT_KEY = 'fetch.user_agent'
