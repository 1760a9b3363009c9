/**
 * Characters a feed can send that must never reach a screen, a terminal or a spreadsheet as they
 * are: C0/C1 control characters (an ESC starts a terminal escape sequence) and the bidi
 * embeddings, overrides and isolates that reorder what comes after them («deeF Hostile»).
 * The direction *marks* (LRM, RLM, ALM) are kept: Arabic text uses them legitimately, and they
 * reorder nothing beyond neutral characters next to them.
 *
 * Pure and dependency-free: the renderer imports this module too.
 */

/** C0 except tab and line feed, DEL, and C1. Carriage returns go too: stored text uses \n. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g

/** LRE, RLE, PDF, LRO, RLO (U+202A–U+202E) and LRI, RLI, FSI, PDI (U+2066–U+2069). */
const BIDI_FORMATTING = /[\u202A-\u202E\u2066-\u2069]/g

/** Anything displaySafe changes: the union of CONTROL, BIDI_FORMATTING, tab and line breaks. */
const UNSAFE_ON_ONE_LINE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/

/** Text as it is stored: control characters removed (tab and newline kept), CR LF and lone CR made LF. */
export function withoutControls(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '')
}

/**
 * A name or title as it may be shown anywhere (UI, terminal, CSV): no control characters, no
 * bidi embeddings/overrides/isolates. Tabs and newlines become spaces: a name is one line.
 */
export function displaySafe(text: string): string {
  // Nearly every name and title is clean; one test spares three copies (an export makes millions).
  if (!UNSAFE_ON_ONE_LINE.test(text)) return text
  return text.replace(CONTROL, ' ').replace(BIDI_FORMATTING, '').replace(/[\t\n\r]/g, ' ')
}

/** Multi-line text (an article body) as it may be shown: like displaySafe, but lines are kept. */
export function displaySafeBlock(text: string): string {
  return withoutControls(text).replace(BIDI_FORMATTING, '')
}
