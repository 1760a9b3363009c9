/**
 * Where a search's words are in an article's original text, for highlighting: each word of the
 * text whose normalized form (or that form without a proclitic) begins with a searched word or its
 * form without the article, as the index matched it. Excluded words are not highlighted.
 */
import { tokenize } from '../text/tokenize'
import { withoutArticle, withoutProclitics } from './forms'
import type { SearchPart } from './query'

export interface TextRange {
  readonly start: number
  readonly end: number
}

/** The beginnings a text's word is matched against: every searched word, and each without its article. */
function soughtBeginnings(parts: readonly SearchPart[]): string[] {
  const out = new Set<string>()
  for (const part of parts) {
    if (part.exclude) continue
    for (const word of part.words) {
      out.add(word)
      const bare = withoutArticle(word)
      if (bare) out.add(bare)
    }
  }
  return [...out]
}

/** The ranges (UTF-16 offsets into `text`) of the words a search found, in text order. */
export function searchRanges(text: string, parts: readonly SearchPart[]): TextRange[] {
  const sought = soughtBeginnings(parts)
  if (sought.length === 0) return []
  const ranges: TextRange[] = []
  for (const token of tokenize(text)) {
    const forms = [token.norm, ...withoutProclitics(token.norm)]
    if (forms.some((form) => sought.some((s) => form.startsWith(s)))) ranges.push({ start: token.start, end: token.end })
  }
  return ranges
}
