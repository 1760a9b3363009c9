/** The timeline's keys, as one table: what each does, for the handler and the «?» list alike. */

export type ShortcutAction = 'next' | 'previous' | 'open' | 'read' | 'starred' | 'dismissed' | 'search' | 'flagged' | 'refresh' | 'help'

export const SHORTCUTS: readonly { readonly keys: readonly string[]; readonly action: ShortcutAction; readonly label: string }[] = [
  { keys: ['j', 'ArrowDown'], action: 'next', label: 'المقال التالي' },
  { keys: ['k', 'ArrowUp'], action: 'previous', label: 'المقال السابق' },
  { keys: ['o'], action: 'open', label: 'فتح المقال' },
  { keys: ['u'], action: 'read', label: 'مقروء / غير مقروء' },
  { keys: ['s'], action: 'starred', label: 'تمييز بنجمة' },
  { keys: ['x'], action: 'dismissed', label: 'استبعاد: ليس ذا صلة' },
  { keys: ['/'], action: 'search', label: 'البحث' },
  { keys: ['f'], action: 'flagged', label: 'المُعلَّمة فقط' },
  { keys: ['r'], action: 'refresh', label: 'تحديث الآن' },
  { keys: ['?'], action: 'help', label: 'هذه القائمة' },
]

const BY_KEY = new Map(SHORTCUTS.flatMap((s) => s.keys.map((key) => [key, s.action] as const)))

/** The action of a key press, or undefined: keys typed into a field, or with Ctrl, Alt or ⌘, are the field's and the system's. */
export function shortcutFor(event: { key: string; ctrlKey: boolean; altKey: boolean; metaKey: boolean; target: EventTarget | null }): ShortcutAction | undefined {
  if (event.ctrlKey || event.altKey || event.metaKey) return undefined
  const target = event.target as { tagName?: string; isContentEditable?: boolean } | null
  if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName ?? ''))) return undefined
  // An Arabic keyboard types other letters on the same keys (ت for j, ن for k…): the physical key is meant.
  return BY_KEY.get(event.key) ?? BY_KEY.get(LATIN_BY_ARABIC.get(event.key) ?? '')
}

/** Arabic (PC layout) letters on the keys of the shortcuts. */
const LATIN_BY_ARABIC = new Map([
  ['ت', 'j'],
  ['ن', 'k'],
  ['خ', 'o'],
  ['ع', 'u'],
  ['س', 's'],
  ['ء', 'x'],
  ['ب', 'f'],
  ['ق', 'r'],
  ['ظ', '/'],
  ['؟', '?'],
])

/** The article after (or before) the selected one in the list; the first when none is selected. */
export function neighbour<T extends { id: number }>(articles: readonly T[], selectedId: number | null, step: 1 | -1): T | undefined {
  if (articles.length === 0) return undefined
  const at = selectedId === null ? -1 : articles.findIndex((a) => a.id === selectedId)
  if (at < 0) return articles[0]
  return articles[Math.min(articles.length - 1, Math.max(0, at + step))]
}
