/**
 * The watchlists in force, and replacing them from a file the analyst picks (validated by the
 * core; a bad file changes nothing) or saving them to one. After a replace the core rescans the
 * archive and reports progress through rescanProgress events.
 */
import { useCallback, useEffect, useState } from 'react'
import type { OperationInput } from '../../electron/core/contract/operations'
import type { ErrorDetail, WatchlistView } from '../../electron/core/contract/types'
import type { MarsadClient } from '../api/client'
import { downloadText } from '../lib/download'
import { isoDate } from '../lib/dates'
import { useNewestOnly } from './useNewestOnly'

export interface Watchlists {
  readonly watchlists: readonly WatchlistView[] | null
  /** Why the stored watchlists could not be used (the shipped ones are in force meanwhile). */
  readonly problem: ErrorDetail | null
  /** Resolves with how many watchlists were installed; rejects with a message to show. */
  importFile(file: File): Promise<number>
  exportFile(): Promise<void>
  /** Reads the watchlists in force again (after the editor saved). */
  reload(): void
}

export function useWatchlists(client: MarsadClient): Watchlists {
  const [watchlists, setWatchlists] = useState<readonly WatchlistView[] | null>(null)
  const [problem, setProblem] = useState<ErrorDetail | null>(null)

  // Two reloads close together (a save, then another window's) may answer out of order: the last one sent wins.
  const request = useNewestOnly()
  const reload = useCallback(() => {
    const newest = request()
    client
      .listWatchlists({})
      .then((lists) => newest() && setWatchlists(lists))
      .catch(() => newest() && setWatchlists([]))
    client
      .getWatchlists({})
      .then((file) => newest() && setProblem(file.problem ?? null))
      .catch(() => newest() && setProblem(null))
  }, [client, request])

  useEffect(reload, [reload])

  const importFile = useCallback(
    async (file: File) => {
      let parsed: unknown
      try {
        parsed = JSON.parse((await file.text()).replace(/^\uFEFF/, ''))
      } catch {
        throw new Error(`الملف «${file.name}» ليس JSON صالحًا`)
      }
      // The core validates every field and query; the cast only satisfies the compiler.
      const result = await client.setWatchlists(parsed as OperationInput<'setWatchlists'>)
      reload()
      return result.watchlists
    },
    [client, reload],
  )

  const exportFile = useCallback(async () => {
    // The sets and the watchlists only: a problem note would make the file one that import refuses.
    const { sets, watchlists: saved } = await client.getWatchlists({})
    downloadText(JSON.stringify({ sets, watchlists: saved }, null, 2) + '\n', `marsad-watchlists-${isoDate(Date.now())}.json`, 'application/json;charset=utf-8')
  }, [client])

  return { watchlists, problem, importFile, exportFile, reload }
}
