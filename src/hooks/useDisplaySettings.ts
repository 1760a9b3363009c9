/** How times and dates are shown: read from the settings once, changed through them, shared by context. */
import { createContext, useCallback, useContext, useEffect, useState } from 'react'
import type { DisplaySettings } from '../../electron/core/contract/types'
import type { MarsadClient } from '../api/client'
import { conventionsOf, DEFAULT_CONVENTIONS, type Conventions } from '../lib/calendar'

export const ConventionsContext = createContext<Conventions>(DEFAULT_CONVENTIONS)

export const useConventions = (): Conventions => useContext(ConventionsContext)

export function useDisplaySettings(client: MarsadClient): {
  readonly display: DisplaySettings | null
  readonly conventions: Conventions
  readonly change: (change: Partial<DisplaySettings>) => Promise<void>
} {
  const [display, setDisplay] = useState<DisplaySettings | null>(null)
  useEffect(() => {
    let live = true
    const read = (): void =>
      void client
        .settings({})
        .then((settings) => live && setDisplay(settings.display))
        // The defaults stand until the settings can be read.
        .catch(() => {})
    read()
    // Changed elsewhere (another window, the CLI through serve's process): read again.
    const unsubscribe = client.subscribe((event) => event.type === 'settingsChanged' && read())
    return () => {
      live = false
      unsubscribe()
    }
  }, [client])
  const change = useCallback(async (next: Partial<DisplaySettings>) => setDisplay((await client.settings({ display: next })).display), [client])
  return { display, conventions: display ? conventionsOf(display) : DEFAULT_CONVENTIONS, change }
}
