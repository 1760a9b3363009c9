/**
 * Asks before the page is left (closed, reloaded, navigated away) while `active` — the watchlist
 * editor's draft has unsaved changes. In the browser (`marsad serve`) only: in the desktop app a
 * beforeunload that cancels would keep the window from closing without a word (Electron shows no
 * prompt unless the main process handles will-prevent-unload), so there the draft is kept in the
 * open editor only.
 */
import { useEffect } from 'react'
import { isTransport } from '../api/transport'

export function useLeavePrompt(active: boolean): void {
  useEffect(() => {
    if (!active || isTransport((globalThis as { marsad?: unknown }).marsad)) return
    const ask = (event: BeforeUnloadEvent): void => {
      event.preventDefault()
      // Older browsers prompt only when returnValue is set.
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', ask)
    return () => window.removeEventListener('beforeunload', ask)
  }, [active])
}
