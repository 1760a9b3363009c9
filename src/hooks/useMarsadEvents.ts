/**
 * Listens to the core's events: keeps the status line current (polls, archive rescans) and,
 * debounced, asks for a reload when a poll or rescan finished or new hits arrived (a refresh of
 * many feeds fires many events). A rescan starting means the watchlists were set (here, in another
 * window, or by the `rescan` command): `onRescanStarted` reads them again.
 */
import { useEffect, useRef, useState } from 'react'
import type { MarsadClient } from '../api/client'
import { describePollBusy, describePollEvent, describeRescanEvent, type PollStatus } from '../lib/poll-status'

export const RELOAD_DEBOUNCE_MS = 500

export function useMarsadEvents(client: MarsadClient, onChange: () => void, onRescanStarted?: () => void): [PollStatus | null, (status: PollStatus) => void] {
  const [status, setStatus] = useState<PollStatus | null>(null)
  const onChangeRef = useRef(onChange)
  onChangeRef.current = onChange
  const onRescanStartedRef = useRef(onRescanStarted)
  onRescanStartedRef.current = onRescanStarted

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const scheduleReload = (): void => {
      clearTimeout(timer)
      timer = setTimeout(() => onChangeRef.current(), RELOAD_DEBOUNCE_MS)
    }
    const unsubscribe = client.subscribe((event) => {
      if (event.type === 'pollProgress') {
        setStatus(describePollEvent(event))
        if (event.phase !== 'started') scheduleReload()
      } else if (event.type === 'newHits') {
        scheduleReload()
      } else if (event.type === 'rescanProgress') {
        setStatus(describeRescanEvent(event))
        // The first event of a rescan: nothing matched yet.
        if (event.phase === 'running' && event.done === 0) onRescanStartedRef.current?.()
        if (event.phase !== 'running') scheduleReload()
      } else if (event.type === 'pollBusy') {
        setStatus(describePollBusy(event))
      }
    })
    return () => {
      clearTimeout(timer)
      unsubscribe()
    }
  }, [client])

  return [status, setStatus]
}
