/** The feeds panel's data. */
import { useCallback, useEffect, useState } from 'react'
import type { FeedView } from '../../electron/core/contract/types'
import type { MarsadClient } from '../api/client'
import { errorText } from '../lib/errors'
import { useNewestOnly } from './useNewestOnly'

export interface FeedsState {
  readonly feeds: readonly FeedView[] | null
  readonly error: string | null
  readonly reload: () => void
}

export function useFeeds(client: MarsadClient): FeedsState {
  const [feeds, setFeeds] = useState<readonly FeedView[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const request = useNewestOnly()

  const reload = useCallback(() => {
    const newest = request()
    client
      .listFeeds({})
      .then((list) => {
        if (!newest()) return
        setFeeds(list)
        setError(null)
      })
      .catch((err: unknown) => {
        if (newest()) setError(errorText(err))
      })
  }, [client, request])

  useEffect(reload, [reload])
  return { feeds, error, reload }
}
