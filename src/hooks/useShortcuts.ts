/** The timeline's keyboard: j/k and arrows move, o opens, u/s/x triage, / searches, f, r, ? (see lib/shortcuts.ts). */
import { useEffect, useRef } from 'react'
import type { ArticleSummary } from '../../electron/core/contract/types'
import { neighbour, shortcutFor } from '../lib/shortcuts'

export interface ShortcutHandlers {
  readonly enabled: boolean
  readonly articles: readonly ArticleSummary[]
  readonly selected: ArticleSummary | null
  readonly open: (article: ArticleSummary) => void
  readonly toggle: (article: ArticleSummary, field: 'read' | 'starred' | 'dismissed') => void
  readonly focusSearch: () => void
  readonly toggleFlagged: () => void
  readonly refresh: () => void
  readonly help: () => void
}

export function useShortcuts(handlers: ShortcutHandlers): void {
  // The latest handlers, read at each key press: the listener is added once.
  const latest = useRef(handlers)
  latest.current = handlers
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const h = latest.current
      if (!h.enabled || event.defaultPrevented) return
      const action = shortcutFor(event)
      if (!action) return
      // The list being shown in order, the selected article's place in it decides where j and k go.
      const shown = [...h.articles]
      const selected = h.selected && (shown.find((a) => a.id === h.selected?.id) ?? h.selected)
      switch (action) {
        case 'next':
        case 'previous': {
          const target = neighbour(shown, selected?.id ?? null, action === 'next' ? 1 : -1)
          if (target) h.open(target)
          break
        }
        case 'open': {
          const target = selected ?? shown[0]
          if (target) h.open(target)
          break
        }
        case 'read':
        case 'starred':
        case 'dismissed':
          if (selected) h.toggle(selected, action)
          break
        case 'search':
          h.focusSearch()
          break
        case 'flagged':
          h.toggleFlagged()
          break
        case 'refresh':
          h.refresh()
          break
        case 'help':
          h.help()
          break
      }
      event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
