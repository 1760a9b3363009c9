/** The sidebar's counts (maintained by the core: one small read), refetched with the timeline. */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { TimelineCounts } from '../../electron/core/contract/types'
import type { MarsadClient } from '../api/client'

export function useTimelineCounts(client: MarsadClient): { readonly counts: TimelineCounts | null; readonly reload: () => void } {
  const [counts, setCounts] = useState<TimelineCounts | null>(null)
  const generation = useRef(0)
  const reload = useCallback(() => {
    const ticket = ++generation.current
    client
      .timelineCounts({})
      .then((value) => ticket === generation.current && setCounts(value))
      // Counts are a help, not the timeline: a failed read keeps the last ones.
      .catch(() => {})
  }, [client])
  useEffect(reload, [reload])
  return { counts, reload }
}
