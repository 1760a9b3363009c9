/**
 * Plain text out of feed HTML, for matching and for the timeline: the text a browser would show.
 * The renderer only ever shows this as text, so nothing a feed sends can run as script.
 *
 * htmlparser2's tokenizer reads the markup as the HTML spec does: quoted attributes (a `>` inside
 * one stays inside the tag), comments, CDATA, raw-text elements (a script's `</p>` or `<!--` is
 * script), a tag cut off at the end of the input (dropped). Its Parser is not used: it keeps the
 * open elements in an array it unshifts and searches, quadratic in the nesting depth (100,000
 * unclosed <div>s take seconds), and text extraction needs no tree. What is kept here is linear:
 * a count of open hidden elements per name, no stack of the others.
 *
 * Block elements give line breaks (open and close, so adjacent paragraphs get a blank line),
 * <br> one line break; inline tags add nothing, as in a browser (الإ<b>ره</b>اب is one word).
 */
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2'

const BLOCKS = new Set(
  ('address article aside blockquote caption center dd details dialog div dl dt fieldset figcaption figure footer ' +
    'form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody tfoot thead tr ul').split(' '),
)
/** Cells and images sit between words: a space, not a line. */
const SEPARATORS = new Set(['td', 'th', 'img'])
/** Never shown as text. Unclosed, one hides the rest of the input, as in a browser. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'math', 'title', 'textarea', 'noembed', 'noframes'])
/** Foreign elements honour `/>` (an empty `<svg/>` hides nothing after it); HTML ones, `<script/>` above all, do not. */
const SELF_CLOSING = new Set(['svg', 'math'])

/**
 * Counts the work done: each character the tokenizer reads (it reads each once) and each token it
 * hands over, whose handling here is constant. Tests compare it across input sizes.
 */
export interface TextWork {
  steps: number
}

export function htmlToText(html: string, work: TextWork = { steps: 0 }): string {
  const out: string[] = []
  collectText(html, out, true, work)
  return tidyWhitespace(out.join(''))
}

/**
 * Appends the visible text of `html` to `out`. CDATA sections (feeds double-wrap their HTML in
 * them) are read as HTML once more, without looking for CDATA inside: a CDATA section cannot
 * contain `]]>`, so one level is all there is.
 */
function collectText(html: string, out: string[], readCdata: boolean, work: TextWork): void {
  work.steps += html.length
  const open = new Map<string, number>()
  let hidden = 0
  let tagName = ''
  const slice = (start: number, end: number): string => html.slice(start, end)

  const cbs: TokenizerCallbacks = {
    ontext(start, end) {
      if (hidden === 0) out.push(slice(start, end))
    },
    ontextentity(codepoint) {
      if (hidden === 0) out.push(String.fromCodePoint(codepoint))
    },
    onopentagname(start, end) {
      tagName = slice(start, end).toLowerCase()
      if (HIDDEN.has(tagName)) {
        open.set(tagName, (open.get(tagName) ?? 0) + 1)
        hidden++
      }
      if (hidden > 0) return
      if (BLOCKS.has(tagName) || tagName === 'br') out.push('\n')
      else if (SEPARATORS.has(tagName)) out.push(' ')
    },
    onselfclosingtag() {
      if (SELF_CLOSING.has(tagName)) closeHidden(tagName)
    },
    onclosetag(start, end) {
      const name = slice(start, end).toLowerCase()
      if (closeHidden(name)) return
      if (hidden > 0) return
      // `</br>` is a line break in browsers too.
      if (BLOCKS.has(name) || name === 'br') out.push('\n')
      else if (SEPARATORS.has(name)) out.push(' ')
    },
    oncdata(start, end, offset) {
      if (hidden > 0) return
      const content = slice(start, end - offset)
      if (readCdata) collectText(content, out, false, work)
      else out.push(content)
    },
    // Attributes, comments, declarations and processing instructions are never text.
    onattribdata() {},
    onattribentity() {},
    onattribend() {},
    onattribname() {},
    oncomment() {},
    ondeclaration() {},
    onprocessinginstruction() {},
    onopentagend() {},
    onend() {},
  }

  /** Closes one open hidden element of this name; true when there was one. */
  function closeHidden(name: string): boolean {
    const count = open.get(name) ?? 0
    if (count === 0) return false
    open.set(name, count - 1)
    hidden--
    return true
  }

  // Every token the tokenizer hands over is a step of work (see TextWork).
  const counted = Object.fromEntries(
    Object.entries(cbs).map(([name, callback]: [string, (...args: never[]) => unknown]) => [name, (...args: never[]) => {
      work.steps++
      return callback(...args)
    }]),
  ) as unknown as TokenizerCallbacks
  const tokenizer = new Tokenizer({ decodeEntities: true }, counted)
  tokenizer.write(html)
  tokenizer.end()
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
