/**
 * Turns a feed's article HTML (untrusted: anything a site or an attacker put in the feed) into a
 * small, inert subset for the reader's «النص المنسّق» view. The DOMPurify instance is passed in:
 * the renderer uses the browser's global one, the unit tests one bound to a jsdom window.
 *
 * Kept: paragraphs, line breaks, bold/italic, lists, quotes, h2–h4 and http(s) links, which open
 * outside the app (target=_blank, rel=noopener noreferrer). Dropped: every other element (their
 * text stays, except for script/style/svg/math/iframe…, whose content goes too) and every other
 * attribute (style, class, id, on*…). Fails closed: without a working DOM nothing is returned.
 */
import type { Config, DOMPurify } from 'dompurify'
import { displaySafeBlock } from '../../electron/core/text/controls'

export const ALLOWED_TAGS: readonly string[] = ['p', 'br', 'b', 'strong', 'i', 'em', 'ul', 'ol', 'li', 'blockquote', 'h2', 'h3', 'h4', 'a']

const CONFIG: Config = {
  ALLOWED_TAGS: [...ALLOWED_TAGS],
  ALLOWED_ATTR: ['href'],
  // Absolute http(s) only: javascript:, data:, mailto: and relative links (which would resolve
  // against Marsad's own origin) lose their href.
  ALLOWED_URI_REGEXP: /^https?:\/\//i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOW_SELF_CLOSE_IN_ATTR: false,
  SAFE_FOR_TEMPLATES: false,
  WHOLE_DOCUMENT: false,
  RETURN_DOM: false,
  RETURN_DOM_FRAGMENT: false,
}

/** Only absolute http(s) URLs survive; checked again after DOMPurify, with the URL parser. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}

function secureLinks(node: Element): void {
  if (node.nodeName !== 'A') {
    // href is allowed for links only.
    if (node.hasAttribute?.('href')) node.removeAttribute('href')
    return
  }
  const href = node.getAttribute('href')
  if (href !== null && !isHttpUrl(href)) node.removeAttribute('href')
  if (node.hasAttribute('href')) {
    node.setAttribute('target', '_blank')
    node.setAttribute('rel', 'noopener noreferrer')
  }
}

/** The article HTML reduced to the allowed subset, as a string ready to be rendered. */
export function sanitizeArticleHtml(purify: DOMPurify, html: string | null | undefined): string {
  if (!html) return ''
  // DOMPurify without a DOM returns its input untouched: refuse instead.
  if (!purify.isSupported) return ''
  purify.addHook('afterSanitizeAttributes', secureLinks)
  try {
    // A feed's bidi overrides would reverse the text they precede (no element or attribute that
    // sets direction is kept either); control characters have nothing to show.
    return String(purify.sanitize(displaySafeBlock(html), CONFIG)).trim()
  } finally {
    purify.removeHook('afterSanitizeAttributes', secureLinks)
  }
}

/** True when the sanitized HTML has any text to read (a feed's HTML may be all images). */
export function hasReadableText(sanitized: string): boolean {
  return /[^\s<>]/.test(sanitized.replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' '))
}
