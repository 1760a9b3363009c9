/** The sidebar's counts (maintained by the core: one small read), refetched with the timeline. */
import { useCallback, useEffect, useState } from 'react'
import type { TimelineCounts } from '../../electron/core/contract/types'
import type { MarsadClient } from '../api/client'
import { useNewestOnly } from './useNewestOnly'

export function useTimelineCounts(client: MarsadClient): { readonly counts: TimelineCounts | null; readonly reload: () => void } {
  const [counts, setCounts] = useState<TimelineCounts | null>(null)
  const request = useNewestOnly()
  const reload = useCallback(() => {
    const newest = request()
    client
      .timelineCounts({})
      .then((value) => newest() && setCounts(value))
      // Counts are a help, not the timeline: a failed read keeps the last ones.
      .catch(() => {})
  }, [client, request])
  useEffect(reload, [reload])
  return { counts, reload }
}
