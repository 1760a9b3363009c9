/** A search the test knows to be valid, parsed (what parseSearch refuses throws here). */
import { parseSearch, type SearchPart } from '../../electron/core/search/query'

export function searchParts(typed: string): readonly SearchPart[] {
  const parsed = parseSearch(typed)
  if (!parsed.ok) throw new Error(`not a search: ${typed} (${parsed.problem})`)
  return parsed.parts
}
