/**
 * Cuts an article body into paragraphs while remembering where each one starts in the body, so
 * highlight spans (offsets into the whole body) can be re-based onto each paragraph.
 */

export interface Paragraph {
  /** The paragraph, trimmed of surrounding whitespace. */
  readonly text: string
  /** Offset of `text` inside the body (UTF-16). */
  readonly start: number
}

/** Paragraphs are separated by one or more line breaks; blank ones are dropped. */
export function splitParagraphs(body: string): Paragraph[] {
  const paragraphs: Paragraph[] = []
  const lines = /[^\r\n]+/g
  for (let match = lines.exec(body); match !== null; match = lines.exec(body)) {
    const raw = match[0]
    const leading = raw.length - raw.trimStart().length
    const text = raw.trim()
    if (text !== '') paragraphs.push({ text, start: match.index + leading })
  }
  return paragraphs
}
