/**
 * Checks one query as the analyst types it (checkQuery against the draft's term sets), once the
 * typing settles. A blank query is not checked (saving says it is empty). Only the answer for the
 * query as it now stands is kept.
 */
import { useEffect, useState } from 'react'
import type { ErrorDetail } from '../../electron/core/contract/types'
import type { MarsadClient } from '../api/client'
import { useDebounced } from './useDebounced'

export const CHECK_DELAY_MS = 250

export interface QueryCheck {
  /** The query's first problem (a query.syntax detail with its position), or null. */
  readonly problem: ErrorDetail | null
  /** The query checked last: a problem's position refers to it. */
  readonly checked: string
}

export function useQueryCheck(client: MarsadClient, query: string, setsJson: string): QueryCheck {
  const settled = useDebounced(`${setsJson}\u0000${query}`, CHECK_DELAY_MS)
  const [check, setCheck] = useState<QueryCheck>({ problem: null, checked: '' })

  useEffect(() => {
    const cut = settled.indexOf('\u0000')
    const [sets, text] = [settled.slice(0, cut), settled.slice(cut + 1)]
    if (text.trim() === '') {
      setCheck({ problem: null, checked: text })
      return
    }
    let current = true
    client
      .checkQuery({ query: text, sets: JSON.parse(sets) as Record<string, string[]> })
      .then((result) => current && setCheck({ problem: result.problem ?? null, checked: text }))
      .catch((err: unknown) => current && setCheck({ problem: (err as { detail?: ErrorDetail }).detail ?? { code: 'internal', detail: String(err) }, checked: text }))
    return () => {
      current = false
    }
  }, [client, settled])

  return check
}
