/**
 * Full-text extraction: many Arabic feeds carry a one-line snippet, so for feeds that ask for it
 * the caller fetches the article page, decodes it (windows-1256 and friends are the caller's job)
 * and hands the string here. We find the main text with Mozilla Readability over jsdom, derive
 * plain text paragraph by paragraph, drop the site chrome Readability leaves behind (previous /
 * next links, "اقرأ أيضاً" lines, share labels), and sanitize the article HTML with DOMPurify.
 *
 * Pure: no network, no timers. Page content is untrusted: jsdom runs with scripts disabled and
 * no subresource loading (its defaults; we never pass runScripts or resources), so nothing in the
 * page executes and no image, stylesheet or frame is fetched.
 */
import { parseDocument, type JSDOM } from './jsdom'
import { Readability } from '@mozilla/readability'
import createDOMPurify from 'dompurify'

export interface ExtractedArticle {
  /** Readability's title (site name suffix removed where it can tell), or null. */
  title: string | null
  /** Plain text: one paragraph per block, paragraphs separated by a blank line. */
  text: string
  /** Sanitized article HTML: formatting tags and http(s) links only. */
  html: string
}

type JsdomWindow = JSDOM['window']

/** Below this many letters of non-link text there is no article worth matching. */
const MIN_PROSE_CHARS = 200
/** Pages larger than this are refused outright (a news article is a few hundred KB at most). */
const MAX_HTML_CHARS = 5_000_000
/**
 * jsdom and Readability have quadratic corners that hostile or broken pages hit, so pages over
 * these budgets are refused (null) instead of stalling the poller:
 *  - Readability slows with the square of the children under one parent (jsdom recomputes a
 *    child's index on each node Readability replaces): 2,000 sibling divs take ~1 s, 8,000 take
 *    7 s, a 1 MB page of flat divs takes minutes;
 *  - jsdom's parser slows with the square of the nesting depth (5,000 levels: 4 s) and overflows
 *    the stack tearing such a tree down. Browsers cap parser depth too (Chromium at 512).
 * No article page comes near these; the tag count and depth are estimated on the string first,
 * so the worst cases never reach jsdom.
 */
const MAX_ELEMENTS = 30_000
const MAX_DEPTH = 1_000
const MAX_SIBLING_WORK = 4_000_000 // sum over parents of (element children)²
/** A chrome block (label plus a headline or two) is short; real paragraphs mostly are not. */
const SHORT_BLOCK_CHARS = 160
/** Share of a block's text inside <a> from which the block counts as a list of links. */
const LINKY = 0.5

export function extractArticle(html: string, pageUrl: string): ExtractedArticle | null {
  if (typeof html !== 'string' || html.trim() === '' || html.length > MAX_HTML_CHARS) return null
  if (!markupWithinBudget(html)) return null
  let window: JsdomWindow | undefined
  try {
    // A silent console: jsdom otherwise prints CSS parse errors and "not implemented" notices.
    window = parseDocument(html, { url: safeUrl(pageUrl) }).window
    if (!treeWithinBudget(window.document)) return null
    const parsed = new Readability<Element>(window.document, {
      serializer: (node) => node as Element,
    }).parse()
    const content = parsed?.content
    if (!content) return null
    const title = tidyLine(parsed.title ?? '') || null

    const blocks = collectBlocks(content)
    // Readability often keeps the headline as the first block; it is already `title`.
    const headline = title !== null && blocks.length > 0 && sameText(blocks[0].text, title) ? 1 : 0
    const kept = dropSiteChrome(blocks.slice(headline))
    const keptSet = new Set(kept)
    const dropped = blocks.filter((b) => !keptSet.has(b))

    if (!looksLikeArticle(kept)) return null
    for (const block of dropped) removeOwner(block)
    return {
      title,
      text: kept.map((b) => b.text).join('\n\n'),
      html: sanitize(window, content),
    }
  } catch {
    // Readability or jsdom choking on hostile markup (absurd nesting, etc.): no article.
    return null
  } finally {
    try {
      window?.close()
    } catch {
      // a tree jsdom cannot tear down; the garbage collector will
    }
  }
}

// ── Plain text by blocks ─────────────────────────────────────────────────────────────────────

export interface TextBlock {
  /** The paragraph, lines trimmed and spaces collapsed; `<br>` kept as a newline. */
  text: string
  /** Share (0–1) of the text that sits inside links. */
  linkRatio: number
  /** The innermost block element the text came from, to drop chrome from the HTML too. */
  owner?: Element
}

const BLOCK_TAGS = new Set(
  ('address article aside blockquote caption center dd details dialog div dl dt fieldset figcaption ' +
    'figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary ' +
    'table tbody td tfoot th thead tr ul').split(' '),
)
/** Never text: invisible, embedded or form content. */
const SKIP_TAGS = new Set(
  'script style noscript template svg math iframe object embed video audio canvas select textarea button head title'.split(' '),
)
const BLOCK_SELECTOR = [...BLOCK_TAGS].join(',')

/** Walks the article and cuts its text at block boundaries (not textContent mush). */
export function collectBlocks(root: Element): TextBlock[] {
  const blocks: TextBlock[] = []
  let parts: string[] = []
  let chars = 0
  let linkChars = 0
  let owner: Element | undefined
  const stack: Element[] = []

  const flush = (): void => {
    const text = parts.join('').split('\n').map(tidyLine).filter(Boolean).join('\n')
    if (text) blocks.push({ text, linkRatio: chars ? linkChars / chars : 0, owner })
    parts = []
    chars = linkChars = 0
    owner = undefined
  }
  const walk = (node: Node, inLink: boolean): void => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? ''
      const visible = value.replace(/\s+/g, '').length
      if (visible === 0) { parts.push(' '); return }
      parts.push(value)
      chars += visible
      if (inLink) linkChars += visible
      owner ??= stack[stack.length - 1]
      return
    }
    if (node.nodeType !== 1) return
    const el = node as Element
    const tag = el.localName
    if (SKIP_TAGS.has(tag)) return
    if (tag === 'br') { parts.push('\n'); return }
    const block = BLOCK_TAGS.has(tag)
    if (block) { flush(); stack.push(el) }
    const link = inLink || tag === 'a'
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child, link)
    if (block) { flush(); stack.pop() }
  }
  stack.push(root)
  walk(root, false)
  flush()
  return blocks
}

// ── Site chrome ──────────────────────────────────────────────────────────────────────────────
//
// Readability drops menus, sidebars and comment sections by their class names, but themes that
// print "previous / next" or "read also" inside the content area slip through; Lebanese news pages
// often end with exactly that (السابق ‹headline› التالي ‹headline›). Labels are compared after folding
// alef forms, ى/ي, ة/ه, diacritics, tatweel, digits and punctuation, so «اقرأ أيضاً:» and
// «اقرا ايضا» are the same label, and «2 تعليقات» is «تعليقات».
//
// Rules, in full:
//  1. A block whose first line is a label, and that is short, is chrome. Phrase labels may be
//     followed by more words («اقرأ أيضاً: ‹headline›», «المقال السابق ‹headline›»); single-word
//     labels (السابق, التالي, شارك, …) must stand alone, so a paragraph such as «شارك في اللقاء …»
//     (“took part in the meeting”) is never mistaken for a share button.
//  2. After a label, if every remaining block is short, the label and all of them are the
//     page's tail (previous/next headlines, related links, share networks): cut them.
//     Otherwise only the short, mostly-link blocks right after the label go (a related list).
//  3. Trailing short blocks made entirely of link text (tag clouds, a lone related link) go.
// Real paragraphs are long or not made of links, so none of these rules touch them.

/** Labels that may be followed by a headline in the same block. */
const PHRASE_LABELS = [
  'اقرا ايضا', 'اقرا كذلك', 'اقرا المزيد', 'طالع ايضا', 'شاهد ايضا',
  'مواضيع ذات صله', 'اخبار ذات صله', 'مقالات ذات صله', 'اخبار متعلقه', 'قد يهمك',
  'الاكثر قراءه', 'الاكثر مشاهده',
  'المقال السابق', 'المقال التالي', 'الخبر السابق', 'الخبر التالي', 'الموضوع السابق', 'الموضوع التالي',
  'شارك الخبر', 'شارك المقال', 'شارك هذا المقال', 'شارك هذا الخبر', 'شارك عبر',
  'اضف تعليق', 'اترك تعليقا', 'اترك ردا', 'الكلمات المفتاحيه',
  'read also', 'read more', 'related',
]
/** Labels that are chrome only when they are the whole first line. */
const WORD_LABELS = new Set([
  'السابق', 'التالي', 'شارك', 'مشاركه', 'تعليق', 'تعليقات', 'التعليقات', 'الوسوم', 'وسوم', 'ذات صله',
  'previous', 'next', 'share', 'comments', 'tags',
])

export function dropSiteChrome(blocks: readonly TextBlock[]): TextBlock[] {
  // shortFrom[i]: blocks i.. are all short.
  const shortFrom: boolean[] = new Array(blocks.length + 1).fill(true)
  for (let i = blocks.length - 1; i >= 0; i--) shortFrom[i] = shortFrom[i + 1] && isShort(blocks[i])
  const out: TextBlock[] = []
  for (let i = 0; i < blocks.length; i++) {
    if (!isChromeLabel(blocks[i])) { out.push(blocks[i]); continue }
    if (shortFrom[i + 1]) break // rule 2: the tail of the page
    while (i + 1 < blocks.length && isShort(blocks[i + 1]) && blocks[i + 1].linkRatio >= LINKY) i++
  }
  while (out.length > 0 && isShort(out[out.length - 1]) && out[out.length - 1].linkRatio >= 0.9) out.pop() // rule 3
  return out
}

function isChromeLabel(block: TextBlock): boolean {
  if (!isShort(block)) return false
  const first = foldLabel(block.text.split('\n')[0])
  if (WORD_LABELS.has(first)) return true
  return PHRASE_LABELS.some((label) => first === label || first.startsWith(label + ' '))
}

function isShort(block: TextBlock): boolean {
  return block.text.length <= SHORT_BLOCK_CHARS
}

function foldLabel(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '') // diacritics, dagger alef, tatweel
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/[^\p{L}]+/gu, ' ') // digits, punctuation, brackets, symbols
    .trim()
}

/**
 * An article, not a list of headlines: enough letters outside links (so a page of U+FFFD from a
 * wrong decode is not one either), and links not the bulk of the text.
 */
function looksLikeArticle(blocks: readonly TextBlock[]): boolean {
  let prose = 0
  let total = 0
  let linked = 0
  for (const b of blocks) {
    const n = b.text.replace(/\s+/g, '').length
    total += n
    linked += n * b.linkRatio
    if (b.linkRatio < LINKY) prose += (b.text.match(/\p{L}/gu) ?? []).length
  }
  return prose >= MIN_PROSE_CHARS && linked <= total * LINKY
}

// ── Sanitized HTML ───────────────────────────────────────────────────────────────────────────

const ALLOWED_TAGS = ['p', 'br', 'b', 'strong', 'i', 'em', 'ul', 'ol', 'li', 'blockquote', 'h2', 'h3', 'h4', 'a']

/**
 * Which sanitizer made `ExtractedArticle.html`, stored beside it: DOMPurify's version and this
 * configuration's (raise `/1` whenever ALLOWED_TAGS or the options below change), so HTML made
 * by an older one can be told apart and sanitized again.
 */
export const FULLTEXT_SANITIZER = `dompurify ${createDOMPurify.version}; marsad-fulltext/1`

function sanitize(window: JsdomWindow, content: Element): string {
  normalizeStructure(content)
  const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0])
  const clean = purify.sanitize(content.innerHTML, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href'],
    ALLOWED_URI_REGEXP: /^https?:\/\//i,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    KEEP_CONTENT: true,
  })
  return tidyHtml(String(clean))
}

/** Drops the empty shells left where images or dropped blocks were, and the source indentation. */
function tidyHtml(html: string): string {
  let out = html.replace(/\s*\n\s*/g, '\n')
  for (let before = ''; before !== out; ) {
    before = out
    out = out.replace(/<(p|li|ul|ol|blockquote|h[2-4]|b|strong|i|em)>(?:\s|<br>)*<\/\1>/g, '')
  }
  return out.replace(/\n{2,}/g, '\n').trim()
}

/**
 * DOMPurify unwraps disallowed containers (div, section, td, …) and keeps their content, which
 * would glue the text of neighbouring divs together. So first give loose inline runs inside such
 * containers a <p> of their own, and map h1 → h2, h5/h6 → h4.
 */
function normalizeStructure(root: Element): void {
  const doc = root.ownerDocument
  for (const el of [...root.querySelectorAll('h1, h5, h6')]) {
    renameElement(el, el.localName === 'h1' ? 'h2' : 'h4')
  }
  const containers = [root, ...root.querySelectorAll(BLOCK_SELECTOR)].filter(
    (el) => !ALLOWED_TAGS.includes(el.localName) && !SKIP_TAGS.has(el.localName),
  )
  for (const container of containers) {
    let run: Node[] = []
    const wrap = (): void => {
      if (run.some((n) => (n.textContent ?? '').trim() !== '')) {
        const p = doc.createElement('p')
        run[0].parentNode?.insertBefore(p, run[0])
        for (const n of run) p.appendChild(n)
      }
      run = []
    }
    for (const child of [...container.childNodes]) {
      if (isInline(child)) run.push(child)
      else wrap()
    }
    wrap()
  }
}

function isInline(node: Node): boolean {
  if (node.nodeType === 3) return true
  if (node.nodeType !== 1) return false
  const el = node as Element
  return !BLOCK_TAGS.has(el.localName) && !SKIP_TAGS.has(el.localName) && !el.querySelector(BLOCK_SELECTOR)
}

function renameElement(el: Element, tag: string): void {
  const replacement = el.ownerDocument.createElement(tag)
  while (el.firstChild) replacement.appendChild(el.firstChild)
  el.replaceWith(replacement)
}

/** Removes a dropped block's element from the HTML when that element holds nothing else. */
function removeOwner(block: TextBlock): void {
  const el = block.owner
  if (el && el.parentNode && sameText(el.textContent ?? '', block.text)) el.remove()
}

const TAG_AT = /<(\/?)([a-z][a-z0-9:-]*)/y
/** Their content is text, not tags (an inline script full of `a<b` must not count as markup). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp'])
/** Elements that never nest (void) or whose end tag is optional and routinely left out. */
const NO_DEPTH = new Set(
  ('area base br col embed hr img input link meta param source track wbr ' +
    'html head body p li dt dd tr td th thead tbody tfoot option optgroup colgroup caption rb rt rp').split(' '),
)

/**
 * A cheap, linear look at the string before any parsing: start-tag count and (roughly) nesting
 * depth. Comments and raw-text elements are skipped; an unclosed one swallows the rest of the
 * page, as it does in the HTML parser.
 */
function markupWithinBudget(html: string): boolean {
  const src = html.toLowerCase()
  let tags = 0
  let depth = 0
  for (let i = src.indexOf('<'); i !== -1; i = src.indexOf('<', i)) {
    if (src.startsWith('<!--', i)) {
      const end = src.indexOf('-->', i + 4)
      if (end === -1) break
      i = end + 3
      continue
    }
    TAG_AT.lastIndex = i
    const m = TAG_AT.exec(src)
    if (!m) { i++; continue }
    i = TAG_AT.lastIndex
    const [, close, name] = m
    if (close) {
      if (!NO_DEPTH.has(name)) depth = Math.max(0, depth - 1)
      continue
    }
    if (++tags > MAX_ELEMENTS) return false
    if (RAW_TEXT.has(name)) {
      const end = src.indexOf('</' + name, i)
      if (end === -1) break
      i = end + 2 + name.length
      continue
    }
    if (!NO_DEPTH.has(name) && ++depth > MAX_DEPTH) return false
  }
  return true
}

function treeWithinBudget(document: Document): boolean {
  const all = document.getElementsByTagName('*')
  if (all.length > MAX_ELEMENTS) return false
  let work = 0
  for (let i = 0; i < all.length; i++) {
    const children = all[i].childElementCount
    work += children * children
    if (work > MAX_SIBLING_WORK) return false
  }
  return true
}

// ── Small helpers ────────────────────────────────────────────────────────────────────────────

function tidyLine(line: string): string {
  return line.replace(/\s+/g, ' ').trim()
}

function sameText(a: string, b: string): boolean {
  return tidyLine(a) === tidyLine(b)
}

/** jsdom throws on a malformed URL; relative links then stay relative (and get sanitized away). */
function safeUrl(pageUrl: string): string | undefined {
  try {
    const url = new URL(pageUrl)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
  } catch {
    return undefined
  }
}
