/** The feeds panel's data. */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { FeedView } from '../../electron/core/contract/types'
import type { MarsadClient } from '../api/client'
import { errorText } from '../lib/errors'

export interface FeedsState {
  readonly feeds: readonly FeedView[] | null
  readonly error: string | null
  readonly reload: () => void
}

export function useFeeds(client: MarsadClient): FeedsState {
  const [feeds, setFeeds] = useState<readonly FeedView[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const generation = useRef(0)

  const reload = useCallback(() => {
    const ticket = ++generation.current
    client
      .listFeeds({})
      .then((list) => {
        if (ticket !== generation.current) return
        setFeeds(list)
        setError(null)
      })
      .catch((err: unknown) => {
        if (ticket === generation.current) setError(errorText(err))
      })
  }, [client])

  useEffect(reload, [reload])
  return { feeds, error, reload }
}
