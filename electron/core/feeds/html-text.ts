/**
 * Plain text out of feed HTML, for matching and for the timeline. The renderer only ever shows
 * this as text, so nothing a feed sends can run as script; tags are dropped, entities decoded,
 * block boundaries kept as line breaks so paragraphs survive.
 */
import { decodeHTML } from 'entities'

const INVISIBLE_BLOCKS = /<(script|style|noscript|template|iframe|object|svg)\b[\s\S]*?<\/\1\s*>/gi
const BLOCK_BREAK = /<\s*(br|\/p|\/div|\/li|\/h[1-6]|\/tr|\/blockquote|p|div|li|h[1-6])\b[^>]*>/gi
const TAG = /<\/?[a-z!][^>]*>/gi
const COMMENT = /<!--[\s\S]*?-->/g

export function htmlToText(html: string): string {
  const withoutMarkup = html
    .replace(COMMENT, '')
    .replace(INVISIBLE_BLOCKS, ' ')
    .replace(BLOCK_BREAK, '\n')
    .replace(TAG, ' ')
  return tidyWhitespace(decodeHTML(withoutMarkup))
}

/** Collapses runs of spaces, trims lines and keeps at most one blank line between paragraphs. */
export function tidyWhitespace(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0\f\v]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
