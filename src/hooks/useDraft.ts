/**
 * A text the analyst edits that follows its stored value while it is not being edited: when the
 * stored value changes (a save's answer, another window), the field takes it only if it still
 * shows the previous stored value. Typing is never overwritten by an answer that arrives during
 * it. A new `subject` (another article) starts the draft again from its stored value.
 */
import { useState, type Dispatch, type SetStateAction } from 'react'

export function useDraft(stored: string, subject?: unknown): [string, Dispatch<SetStateAction<string>>] {
  const [draft, setDraft] = useState(stored)
  const [followed, setFollowed] = useState({ stored, subject })
  // Adjusted while rendering (React's pattern for state derived from a changed prop), not in an
  // effect: the field never shows one frame of the wrong text.
  if (followed.subject !== subject) {
    setFollowed({ stored, subject })
    setDraft(stored)
  } else if (followed.stored !== stored) {
    const before = followed.stored
    setFollowed({ stored, subject })
    setDraft((current) => (current === before ? stored : current))
  }
  return [draft, setDraft]
}
