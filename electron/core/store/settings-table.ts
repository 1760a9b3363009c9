/** The settings table: small key/value facts about this database (e.g. whether defaults were seeded). */
import { parseNoticeSettings, type NoticeSettings } from '../notify/notice-settings'
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

  /** Days an article nothing keeps is kept (DEFAULT_RETENTION_DAYS unless set), or null: for ever. */
  retentionDays(): number | null {
    const value = this.get(RETENTION_KEY)
    if (value === 'never') return null
    const days = Number(value)
    return value !== undefined && Number.isInteger(days) && days > 0 ? days : DEFAULT_RETENTION_DAYS
  }

  setRetentionDays(days: number | null): void {
    this.set(RETENTION_KEY, days === null ? 'never' : String(days))
  }

  /** The poll interval a new feed starts with (DEFAULT_INTERVAL_MINUTES unless set). */
  defaultIntervalMinutes(): number {
    const minutes = Number(this.get(INTERVAL_KEY))
    return Number.isInteger(minutes) && minutes >= 5 && minutes <= 1440 ? minutes : DEFAULT_INTERVAL_MINUTES
  }

  setDefaultIntervalMinutes(minutes: number): void {
    this.set(INTERVAL_KEY, String(minutes))
  }

  /** How the desktop app lives beside the analyst's work (each field its default when missing or not understood). */
  desktopSettings(): StoredDesktop {
    let stored: Record<string, unknown> = {}
    try {
      const value: unknown = JSON.parse(this.get(DESKTOP_KEY) ?? '{}')
      if (value && typeof value === 'object' && !Array.isArray(value)) stored = value as Record<string, unknown>
    } catch {
      // A hand-edited or damaged value: the defaults.
    }
    const flag = (key: keyof StoredDesktop): boolean => (typeof stored[key] === 'boolean' ? (stored[key] as boolean) : DEFAULT_DESKTOP[key])
    return { closeToTray: flag('closeToTray'), startAtLogin: flag('startAtLogin'), trayExplained: flag('trayExplained') }
  }

  setDesktopSettings(settings: StoredDesktop): void {
    this.set(DESKTOP_KEY, JSON.stringify(settings))
  }

  /** How the analyst wants to be notified (notify/notice-settings.ts; defaults for what is missing). */
  noticeSettings(): NoticeSettings {
    return parseNoticeSettings(this.get(NOTICES_KEY))
  }

  setNoticeSettings(settings: NoticeSettings): void {
    this.set(NOTICES_KEY, JSON.stringify(settings))
  }
}

const USER_AGENT_KEY = 'fetch.user_agent'
const DISPLAY_KEY = 'display'
const RETENTION_KEY = 'retention.days'
const NOTICES_KEY = 'notifications'
const DESKTOP_KEY = 'desktop'
const INTERVAL_KEY = 'feeds.default_interval_minutes'
/** A new feed's poll interval when the analyst set none (the column's default, migration 3). */
export const DEFAULT_INTERVAL_MINUTES = 15

/** The contract's DesktopSettings, as stored (the store keeps its own copy of the shape). */
export interface StoredDesktop {
  readonly closeToTray: boolean
  readonly startAtLogin: boolean
  readonly trayExplained: boolean
}

export const DEFAULT_DESKTOP: StoredDesktop = { closeToTray: true, startAtLogin: false, trayExplained: false }
export const DEFAULT_RETENTION_DAYS = 180

/**
 * How times and dates are shown (the contract's DisplaySettings, validated there; the store sits
 * below the contract and keeps its own copy of the shape).
 */
export interface StoredDisplay {
  readonly timeZone: string | null
  readonly hijri: boolean
  readonly monthNames: 'levant' | 'egypt' | 'maghreb'
  readonly digits: 'latn' | 'arab'
  readonly theme: 'system' | 'light' | 'dark'
}

export const DEFAULT_DISPLAY: StoredDisplay = { timeZone: null, hijri: false, monthNames: 'egypt', digits: 'latn', theme: 'system' }

/** The display settings stored (each field falls back to its default when missing or not understood). */
export function readDisplay(settings: SettingsTable): StoredDisplay {
  let stored: Partial<Record<keyof StoredDisplay, unknown>> = {}
  try {
    const value: unknown = JSON.parse(settings.get(DISPLAY_KEY) ?? '{}')
    if (value && typeof value === 'object') stored = value as typeof stored
  } catch {
    // A hand-edited or damaged value: the defaults.
  }
  return {
    timeZone: typeof stored.timeZone === 'string' ? stored.timeZone : DEFAULT_DISPLAY.timeZone,
    hijri: typeof stored.hijri === 'boolean' ? stored.hijri : DEFAULT_DISPLAY.hijri,
    monthNames: stored.monthNames === 'levant' || stored.monthNames === 'maghreb' || stored.monthNames === 'egypt' ? stored.monthNames : DEFAULT_DISPLAY.monthNames,
    digits: stored.digits === 'arab' ? 'arab' : DEFAULT_DISPLAY.digits,
    theme: stored.theme === 'light' || stored.theme === 'dark' ? stored.theme : DEFAULT_DISPLAY.theme,
  }
}

export function writeDisplay(settings: SettingsTable, display: StoredDisplay): void {
  settings.set(DISPLAY_KEY, JSON.stringify(display))
}
