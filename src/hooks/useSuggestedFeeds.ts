/** The outlets shipped with Marsad, offered on first run; loaded only while they are shown. */
import { useEffect, useState } from 'react'
import type { SuggestedFeed } from '../../electron/core/contract/types'
import type { MarsadClient } from '../api/client'
import { errorText } from '../lib/errors'

export type SuggestionsState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly feeds: readonly SuggestedFeed[] }
  | { readonly status: 'error'; readonly message: string }

export function useSuggestedFeeds(client: MarsadClient): SuggestionsState {
  const [state, setState] = useState<SuggestionsState>({ status: 'loading' })
  useEffect(() => {
    let current = true
    client
      .suggestedFeeds({})
      .then(({ feeds }) => {
        if (current) setState({ status: 'ready', feeds })
      })
      .catch((err: unknown) => {
        if (current) setState({ status: 'error', message: errorText(err) })
      })
    return () => {
      current = false
    }
  }, [client])
  return state
}
