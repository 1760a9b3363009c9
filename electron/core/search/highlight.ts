/**
 * Where a search's words are in an article's original text, for highlighting: each word of the
 * text that the index matched — its normalized form, or that form without a proclitic, is one of
 * a searched word's forms (or begins with a word typed with *, or is a word of a phrase).
 * Excluded words are not highlighted.
 */
import { tokenize } from '../text/tokenize'
import { searchedForms, withoutArticle, withoutProclitics } from './forms'
import type { SearchPart } from './query'

export interface TextRange {
  readonly start: number
  readonly end: number
}

interface Sought {
  readonly exact: ReadonlySet<string>
  readonly beginnings: readonly string[]
}

function sought(parts: readonly SearchPart[]): Sought {
  const exact = new Set<string>()
  const beginnings: string[] = []
  for (const part of parts) {
    if (part.exclude) continue
    if (part.words.length > 1) for (const word of part.words) exact.add(word)
    else if (part.prefix) beginnings.push(part.words[0], ...[withoutArticle(part.words[0]) ?? []].flat())
    else for (const form of searchedForms(part.words[0])) exact.add(form)
  }
  return { exact, beginnings }
}

/** The ranges (UTF-16 offsets into `text`) of the words a search found, in text order. */
export function searchRanges(text: string, parts: readonly SearchPart[]): TextRange[] {
  const { exact, beginnings } = sought(parts)
  if (exact.size === 0 && beginnings.length === 0) return []
  const ranges: TextRange[] = []
  for (const token of tokenize(text)) {
    const forms = [token.norm, ...withoutProclitics(token.norm)]
    if (forms.some((form) => exact.has(form) || beginnings.some((b) => form.startsWith(b)))) ranges.push({ start: token.start, end: token.end })
  }
  return ranges
}
