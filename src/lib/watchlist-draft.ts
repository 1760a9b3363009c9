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

/** A watchlist file as the core gives it (getWatchlists) or takes it: a term may be a bare query (weight 1). */
export interface FileLike {
  readonly sets: Readonly<Record<string, readonly string[]>>
  readonly watchlists: readonly (Omit<Watchlist, 'terms'> & { readonly terms: readonly (string | { readonly query: string; readonly weight: number })[] })[]
}

/**
 * The file as rows. With `like` (the draft on screen), a watchlist keeps the key it had there (found
 * by id), a set its key (by name), and each row the key of the row at its position: the form open
 * on a watchlist stays mounted when the file is read again.
 */
export function fromFile(file: FileLike, like?: Draft): Draft {
  const keyOf = <T extends { key: string }>(pool: Map<string, T[]>, name: string): T | undefined => pool.get(name)?.shift()
  const pool = <T extends { key: string }>(items: readonly T[], name: (item: T) => string) => {
    const byName = new Map<string, T[]>()
    for (const item of items) byName.set(name(item), [...(byName.get(name(item)) ?? []), item])
    return byName
  }
  const rows = (queries: readonly string[], before: readonly DraftQuery[] | undefined): DraftQuery[] =>
    queries.map((query, i) => ({ key: before?.[i]?.key ?? newKey(), query }))
  const oldSets = pool(like?.sets ?? [], (s) => s.name)
  const oldLists = pool(like?.watchlists ?? [], (w) => w.id)
  return {
    sets: Object.entries(file.sets).map(([name, terms]) => {
      const before = keyOf(oldSets, name)
      return { key: before?.key ?? newKey(), name, members: rows(terms, before?.members) }
    }),
    watchlists: file.watchlists.map((w) => {
      const before = keyOf(oldLists, w.id)
      const terms = w.terms.map((t) => (typeof t === 'string' ? { query: t, weight: 1 } : t))
      return {
        key: before?.key ?? newKey(),
        id: w.id,
        name: w.name,
        terms: terms.map((t, i) => ({ key: before?.terms[i]?.key ?? newKey(), query: t.query, weight: t.weight })),
        exclude: rows(w.exclude ?? [], before?.exclude),
        threshold: w.threshold ?? null,
        notify: w.notify !== false,
        enabled: w.enabled !== false,
        color: w.color ?? null,
      }
    }),
  }
}

/**
 * The draft as one string, as the core would store it (names and queries trimmed, a weight of 1
 * whether written or not), keeping two sets of one name apart: equal strings, the same watchlists.
 */
export function draftJson(draft: Draft): string {
  return JSON.stringify({
    sets: draft.sets.map((s) => [s.name, s.members.map((m) => m.query.trim())]),
    watchlists: draft.watchlists.map((w) => [
      w.id,
      w.name.trim(),
      w.terms.map((t) => [t.query.trim(), t.weight]),
      w.exclude.map((e) => e.query.trim()),
      w.threshold,
      w.notify,
      w.enabled,
      w.color,
    ]),
  })
}

/**
 * The keys of the term sets whose name another set has too: in the file (an object keyed by name)
 * one would replace the other, its members lost, so the editor says so and does not save.
 */
export function duplicateSetKeys(draft: Draft): ReadonlySet<string> {
  const byName = new Map<string, string[]>()
  for (const s of draft.sets) byName.set(s.name, [...(byName.get(s.name) ?? []), s.key])
  return new Set([...byName.values()].filter((keys) => keys.length > 1).flat())
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
      // The core checks each query trimmed (and says its position in the trimmed query).
      const row = w && [...w.terms, ...w.exclude].find((r) => r.query.trim() === detail.query)
      return { watchlistKey: w?.key, rowKey: row?.key }
    }
    // A set's own problem names the set; unknown_set and set_cycle name the set referred to, so look for the query.
    const same = (m: DraftQuery) => m.query.trim() === detail.query
    const set = draft.sets.find((s) => s.members.some(same)) ?? draft.sets.find((s) => s.name === detail.termSet)
    return { setKey: set?.key, rowKey: set?.members.find(same)?.key }
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
