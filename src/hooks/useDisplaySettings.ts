/** How times and dates are shown: read from the settings (and again when they change elsewhere), changed through them, shared by context. */
import { createContext, useCallback, useContext } from 'react'
import type { DisplaySettings } from '../../electron/core/contract/types'
import type { MarsadClient } from '../api/client'
import { conventionsOf, DEFAULT_CONVENTIONS, type Conventions } from '../lib/calendar'
import { useStoredSettings } from './useStoredSettings'

export const ConventionsContext = createContext<Conventions>(DEFAULT_CONVENTIONS)

export const useConventions = (): Conventions => useContext(ConventionsContext)

export function useDisplaySettings(client: MarsadClient): {
  readonly display: DisplaySettings | null
  readonly conventions: Conventions
  readonly change: (change: Partial<DisplaySettings>) => Promise<void>
} {
  // The defaults stand until the settings can be read (a read that fails is not shown here).
  const { settings, save } = useStoredSettings(client)
  const display = settings?.display ?? null
  const change = useCallback(async (next: Partial<DisplaySettings>) => void (await save({ display: next })), [save])
  return { display, conventions: display ? conventionsOf(display) : DEFAULT_CONVENTIONS, change }
}
