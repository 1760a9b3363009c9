/**
 * For reads where only the newest answer counts (two reloads close together may answer out of
 * order): each call marks a new request and returns whether that request is still the newest
 * when its answer comes.
 */
import { useCallback, useRef } from 'react'

export function useNewestOnly(): () => () => boolean {
  const newest = useRef(0)
  return useCallback(() => {
    const ticket = ++newest.current
    return () => ticket === newest.current
  }, [])
}
