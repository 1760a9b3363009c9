/**
 * Listens to the core's events: keeps the status line current (polls, archive rescans) and,
 * debounced, asks for a reload when a poll or rescan finished, new hits arrived or the watchlists
 * changed (a refresh of many feeds fires many events). When the watchlists in force were replaced
 * (here, in another window, by the CLI), `onWatchlistsChanged` reads them again.
 */
import { useEffect, useRef, useState } from 'react'
import type { MarsadClient } from '../api/client'
import { describePollBusy, describePollEvent, describeRescanEvent, describeWatchlistsKept, type PollStatus } from '../lib/poll-status'

export const RELOAD_DEBOUNCE_MS = 500

export function useMarsadEvents(client: MarsadClient, onChange: () => void, onWatchlistsChanged?: () => void): [PollStatus | null, (status: PollStatus) => void] {
  const [status, setStatus] = useState<PollStatus | null>(null)
  const onChangeRef = useRef(onChange)
  onChangeRef.current = onChange
  const onWatchlistsChangedRef = useRef(onWatchlistsChanged)
  onWatchlistsChangedRef.current = onWatchlistsChanged

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
        if (event.phase !== 'running') scheduleReload()
      } else if (event.type === 'watchlistsChanged') {
        onWatchlistsChangedRef.current?.()
        // Names and colours show on every card; what is flagged changes with the rescan, which says so itself.
        if (!event.rescanning) {
          setStatus(describeWatchlistsKept())
          scheduleReload()
        }
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
