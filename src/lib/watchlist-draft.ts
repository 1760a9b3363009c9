/**
 * The watchlist editor's draft: the watchlist file as rows the analyst edits (each row with a key
 * React can follow), turned back into the file the core validates (setWatchlists, tryWatchlists,
 * previewWatchlists take it as it is). Pure: no React, no calls.
 */
import { watchlistColor } from '../../electron/core/contract/palette'
import type { ErrorDetail, Watchlist } from '../../electron/core/contract/types'

export interface DraftQuery {
  readonly key: string
  readonly query: string
}

export interface DraftTerm extends DraftQuery {
  /** -100..100, never 0; NaN while the field is empty (the core refuses it on save). */
  readonly weight: number
}

export interface DraftWatchlist {
  readonly key: string
  readonly id: string
  readonly name: string
  readonly terms: readonly DraftTerm[]
  readonly exclude: readonly DraftQuery[]
  /** null: any positive score flags. */
  readonly threshold: number | null
  readonly notify: boolean
  readonly enabled: boolean
  /** The watchlist's own colour, or null for the palette's by position. */
  readonly color: string | null
}

export interface DraftSet {
  readonly key: string
  readonly name: string
  readonly members: readonly DraftQuery[]
}

export interface Draft {
  readonly sets: readonly DraftSet[]
  readonly watchlists: readonly DraftWatchlist[]
}

/** The file as the contract takes it (the core checks every field). */
export interface WatchlistFileInput {
  sets: Record<string, string[]>
  watchlists: {
    id: string
    name: string
    terms: (string | { query: string; weight: number })[]
    exclude: string[]
    threshold?: number
    notify: boolean
    enabled: boolean
    color?: string
  }[]
}

let counter = 0
/** A key no other row of this page has. */
export const newKey = (): string => `k${++counter}`

export function fromFile(file: { sets: Record<string, readonly string[]>; watchlists: readonly Watchlist[] }): Draft {
  return {
    sets: Object.entries(file.sets).map(([name, terms]) => ({ key: newKey(), name, members: terms.map((query) => ({ key: newKey(), query })) })),
    watchlists: file.watchlists.map((w) => ({
      key: newKey(),
      id: w.id,
      name: w.name,
      terms: w.terms.map((t) => ({ key: newKey(), query: t.query, weight: t.weight })),
      exclude: w.exclude.map((query) => ({ key: newKey(), query })),
      threshold: w.threshold ?? null,
      notify: w.notify,
      enabled: w.enabled !== false,
      color: w.color ?? null,
    })),
  }
}

export function toFile(draft: Draft): WatchlistFileInput {
  return {
    sets: Object.fromEntries(draft.sets.map((s) => [s.name, s.members.map((m) => m.query)])),
    watchlists: draft.watchlists.map((w) => ({
      id: w.id,
      name: w.name,
      terms: w.terms.map((t) => (t.weight === 1 ? t.query : { query: t.query, weight: t.weight })),
      exclude: w.exclude.map((e) => e.query),
      ...(w.threshold !== null ? { threshold: w.threshold } : {}),
      notify: w.notify,
      enabled: w.enabled,
      ...(w.color ? { color: w.color } : {}),
    })),
  }
}

/** The draft's sets as checkQuery takes them. */
export function setsOf(draft: Draft): Record<string, string[]> {
  return Object.fromEntries(draft.sets.map((s) => [s.name, s.members.map((m) => m.query)]))
}

/** The colour a draft watchlist shows in: its own, else the palette's for its position (as the core gives it). */
export function draftColor(draft: Draft, key: string): string {
  const index = draft.watchlists.findIndex((w) => w.key === key)
  return watchlistColor(draft.watchlists[index]?.color, Math.max(0, index))
}

/** A new watchlist: an id no other has (ids name hits and marks, so they are not edited), one empty term. */
export function newWatchlist(draft: Draft): DraftWatchlist {
  const ids = new Set(draft.watchlists.map((w) => w.id))
  let n = draft.watchlists.length + 1
  while (ids.has(`list-${n}`)) n++
  return {
    key: newKey(),
    id: `list-${n}`,
    name: 'قائمة جديدة',
    terms: [{ key: newKey(), query: '', weight: 1 }],
    exclude: [],
    threshold: null,
    notify: true,
    enabled: true,
    color: null,
  }
}

export function newSet(draft: Draft): DraftSet {
  const names = new Set(draft.sets.map((s) => s.name))
  let n = draft.sets.length + 1
  while (names.has(`set-${n}`)) n++
  return { key: newKey(), name: `set-${n}`, members: [{ key: newKey(), query: '' }] }
}

export const replaceWatchlist = (draft: Draft, next: DraftWatchlist): Draft => ({
  ...draft,
  watchlists: draft.watchlists.map((w) => (w.key === next.key ? next : w)),
})

export const replaceSet = (draft: Draft, next: DraftSet): Draft => ({ ...draft, sets: draft.sets.map((s) => (s.key === next.key ? next : s)) })

/** Where in the draft a refusal of it points: the watchlist or set, and the row, when it says. */
export interface ErrorPlace {
  readonly watchlistKey?: string
  readonly setKey?: string
  /** The term, exclusion or member row. */
  readonly rowKey?: string
}

/**
 * Places a refusal of the whole draft (setWatchlists, tryWatchlists, previewWatchlists) at its row:
 * a query problem by its watchlist or set and its query text, a shape problem by its path
 * (`watchlists.2.terms.0.weight`, `sets.armed-groups.1`).
 */
export function placeError(draft: Draft, detail: ErrorDetail): ErrorPlace {
  if (detail.code === 'query.syntax') {
    if (detail.watchlist !== undefined) {
      const w = draft.watchlists.find((x) => x.id === detail.watchlist)
      const row = w && [...w.terms, ...w.exclude].find((r) => r.query === detail.query)
      return { watchlistKey: w?.key, rowKey: row?.key }
    }
    // A set's own problem names the set; unknown_set and set_cycle name the set referred to, so look for the query.
    const set = draft.sets.find((s) => s.members.some((m) => m.query === detail.query)) ?? draft.sets.find((s) => s.name === detail.termSet)
    return { setKey: set?.key, rowKey: set?.members.find((m) => m.query === detail.query)?.key }
  }
  if (detail.code !== 'watchlists.invalid') return {}
  const parts = detail.path.split('.')
  if (parts[0] === 'watchlists' && parts[1] !== undefined) {
    const w = draft.watchlists[Number(parts[1])]
    if (!w) return {}
    const rows = parts[2] === 'terms' ? w.terms : parts[2] === 'exclude' ? w.exclude : undefined
    return { watchlistKey: w.key, rowKey: rows && parts[3] !== undefined ? rows[Number(parts[3])]?.key : undefined }
  }
  if (parts[0] === 'sets' && parts[1] !== undefined) {
    const set = draft.sets.find((s) => s.name === parts[1])
    return { setKey: set?.key, rowKey: set && parts[2] !== undefined ? set.members[Number(parts[2])]?.key : undefined }
  }
  return {}
}
