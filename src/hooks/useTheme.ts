/** Light, dark, or the system's: the analyst's choice, kept in this browser's storage and set on <html data-theme>. */
import { useCallback, useEffect, useState } from 'react'

export type Theme = 'system' | 'light' | 'dark'

const KEY = 'marsad.theme'
const THEMES: readonly Theme[] = ['system', 'light', 'dark']

function stored(): Theme {
  try {
    const value = window.localStorage.getItem(KEY)
    return THEMES.includes(value as Theme) ? (value as Theme) : 'system'
  } catch {
    return 'system'
  }
}

export function useTheme(): { readonly theme: Theme; readonly next: () => void } {
  const [theme, setTheme] = useState<Theme>(stored)
  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset.theme
    else document.documentElement.dataset.theme = theme
    try {
      window.localStorage.setItem(KEY, theme)
    } catch {
      // Storage refused (a private window): the choice lasts for this page.
    }
  }, [theme])
  const next = useCallback(() => setTheme((current) => THEMES[(THEMES.indexOf(current) + 1) % THEMES.length]), [])
  return { theme, next }
}
