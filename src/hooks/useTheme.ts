/**
 * Light, dark, or the system's: the analyst's choice, kept with the other settings in the database
 * (so the app and a browser on `serve` agree), set on <html data-theme>. This browser's storage
 * keeps a copy only so that the first paint, before the settings are read, is already right.
 */
import { useCallback, useEffect } from 'react'
import type { DisplaySettings } from '../../electron/core/contract/types'

export type Theme = DisplaySettings['theme']

const KEY = 'marsad.theme'
const THEMES: readonly Theme[] = ['system', 'light', 'dark']

/** The theme this browser last showed (before the settings are read). */
function remembered(): Theme {
  try {
    const value = window.localStorage.getItem(KEY)
    return THEMES.includes(value as Theme) ? (value as Theme) : 'system'
  } catch {
    return 'system'
  }
}

export function useTheme(display: DisplaySettings | null, change: (change: Partial<DisplaySettings>) => Promise<void>): { readonly theme: Theme; readonly next: () => void } {
  const theme = display?.theme ?? remembered()
  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset.theme
    else document.documentElement.dataset.theme = theme
    try {
      window.localStorage.setItem(KEY, theme)
    } catch {
      // Storage refused (a private window): the first paint follows the system until the settings are read.
    }
  }, [theme])
  const next = useCallback(() => void change({ theme: THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length] }).catch(() => {}), [change, theme])
  return { theme, next }
}
