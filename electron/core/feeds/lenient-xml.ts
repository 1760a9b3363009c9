/**
 * A forgiving XML tree for feeds the strict parser refuses: htmlparser2's tokenizer (in XML mode)
 * reads the text, and this builds the tree the way browsers and feedparser recover. A bare `&`
 * stays text, a close tag closes whatever was left open inside it, a close tag that matches
 * nothing open is ignored, and a document cut short ends with everything still open closed.
 *
 * Feeds leave tags open in a few known places, so when recovering the tree also knows a feed's
 * shape, as an HTML parser knows that a <li> ends the <li> before it:
 * - an <item> or <entry> open tag ends the item left open (else every later item nests inside it,
 *   and the items inside an item are never read);
 * - a text field (title, link, description…) of an item or of the feed, left open, ends at the open
 *   tag of the next item or field, so an unclosed <title> does not swallow the link and description;
 * - enclosure, media:content, media:thumbnail, atom:link and Atom's <link href> hold nothing (feeds
 *   write them empty), so one left unclosed does not swallow what follows it.
 * A text the strict parser accepted is built as written (`wellFormed`): none of these apply.
 *
 * Why not htmlparser2's own Parser: it keeps its open-element stack with unshift/indexOf, so
 * 100,000 unclosed tags cost it minutes. Here every step is constant or amortized constant (an
 * open-name count answers "is it open?"; each element is popped at most once), nesting deeper than
 * MAX_DEPTH is flattened (its text still counts), and the work is linear in the input's length.
 *
 * Nothing is ever expanded: the tokenizer decodes only the five XML entities and character
 * references, and a DTD is skipped as a declaration (callers refuse <!ENTITY> before this runs).
 */
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2'

export interface XmlElement {
  /** The tag name as written (prefix included: `dc:creator`). */
  readonly name: string
  /** The name lower-cased, for matching: feeds are not consistent about case. */
  readonly key: string
  readonly attributes: ReadonlyMap<string, string>
  readonly children: readonly XmlNode[]
  /** Where the element's markup starts (its `<`) and ends (after its close tag, or where it was closed implicitly). */
  readonly start: number
  readonly end: number
}

export type XmlNode = XmlElement | string

/** Deeper elements are flattened into the one at this depth: feeds need a handful of levels. */
export const MAX_DEPTH = 64

/** The elements that are one feed item each. */
export const ITEMS: ReadonlySet<string> = new Set(['item', 'entry'])

/** The children of an item (or of a feed) that hold text or HTML, as ./tolerant-parse.ts reads them. */
export const TEXT_FIELDS: ReadonlySet<string> = new Set([
  'title', 'dc:title', 'link', 'guid', 'id', 'description', 'content:encoded', 'content', 'summary',
  'pubdate', 'published', 'updated', 'dc:date', 'dc:creator', 'category',
])

/** The elements whose title and description are the feed's own. */
export const FEEDS: ReadonlySet<string> = new Set(['channel', 'feed'])

/** Written empty by feeds; a media:content's own children are of no use to us. */
const EMPTY = new Set(['enclosure', 'media:content', 'media:thumbnail', 'atom:link'])

/**
 * Open tags that end a text field left open (besides an item's): the other children of an item.
 * Not <summary>, which is also HTML (<details><summary>) and would end the description it is in.
 */
const FIELD_ENDERS = new Set([...TEXT_FIELDS, ...EMPTY, 'author', 'media:group', 'comments'].filter((key) => key !== 'summary'))

interface OpenElement {
  name: string
  key: string
  attributes: Map<string, string>
  children: XmlNode[]
  start: number
  end: number
}

export interface LenientDocument {
  /** The document's top-level nodes. */
  readonly roots: readonly XmlNode[]
  /** Tokens read and elements closed: linear in the input's length whatever it holds. */
  readonly work: number
}

export interface LenientOptions {
  /** The strict parser accepted the text: build it as written, without the recovery rules above. */
  readonly wellFormed?: boolean
}

export function parseLenientXml(source: string, { wellFormed = false }: LenientOptions = {}): LenientDocument {
  const top: OpenElement = { name: '', key: '', attributes: new Map(), children: [], start: 0, end: source.length }
  const stack: OpenElement[] = [top]
  const openCount = new Map<string, number>()
  let openItem = -1 // where the open item is in the stack; when recovering, items never nest
  let openField = -1 // where a text field of the open item, or of the feed, is in the stack
  let work = 0
  let pending: OpenElement | null = null
  let attributeName = ''
  let attributeValue = ''

  const current = (): OpenElement => stack[stack.length - 1]
  const addText = (text: string): void => {
    work++
    if (text === '') return
    const children = current().children
    const last = children.length - 1
    if (last >= 0 && typeof children[last] === 'string') children[last] = (children[last] as string) + text
    else children.push(text)
  }
  const push = (element: OpenElement): void => {
    if (stack.length > MAX_DEPTH) return // flattened: its text goes to the element at MAX_DEPTH
    const parent = current()
    parent.children.push(element)
    if (ITEMS.has(element.key)) openItem = stack.length
    else if (TEXT_FIELDS.has(element.key) && (ITEMS.has(parent.key) || FEEDS.has(parent.key))) openField = stack.length
    stack.push(element)
    openCount.set(element.key, (openCount.get(element.key) ?? 0) + 1)
  }
  const pop = (end: number): OpenElement => {
    work++
    const element = stack.pop() as OpenElement
    element.end = end
    openCount.set(element.key, (openCount.get(element.key) ?? 1) - 1)
    if (stack.length <= openItem) openItem = -1
    if (stack.length <= openField) openField = -1
    return element
  }
  /** Closes, where `element` begins, what its open tag implicitly ends. */
  const impliedEnds = (element: OpenElement): void => {
    // Atom's XHTML fields hold markup by design: never ended by what is inside them.
    const field = openField >= 0 && stack[openField].attributes.get('type') !== 'xhtml' ? openField : -1
    const ends =
      ITEMS.has(element.key) && openItem >= 0 ? openItem
      : (ITEMS.has(element.key) || FIELD_ENDERS.has(element.key)) && field >= 0 ? field
      : stack.length
    while (stack.length > ends) pop(element.start)
  }
  const isEmpty = (element: OpenElement): boolean =>
    EMPTY.has(element.key) || (element.key === 'link' && element.attributes.has('href'))
  const openTag = (tagEnd: number, selfClosing: boolean): void => {
    const element = pending
    pending = null
    if (!element) return
    work++
    element.end = tagEnd + 1
    if (!wellFormed) impliedEnds(element)
    if (!selfClosing && (wellFormed || !isEmpty(element))) push(element)
    else if (stack.length <= MAX_DEPTH) current().children.push(element)
  }

  const callbacks: TokenizerCallbacks = {
    ontext: (start, end) => addText(source.slice(start, end)),
    ontextentity: (codepoint) => addText(String.fromCodePoint(codepoint)),
    oncdata: (start, end, offset) => addText(source.slice(start, end - offset)),
    onopentagname: (start, end) => {
      const name = source.slice(start, end)
      // `<` precedes the name.
      pending = { name, key: name.toLowerCase(), attributes: new Map(), children: [], start: start - 1, end }
    },
    onattribname: (start, end) => {
      attributeName = source.slice(start, end).toLowerCase()
      attributeValue = ''
    },
    onattribdata: (start, end) => {
      attributeValue += source.slice(start, end)
    },
    onattribentity: (codepoint) => {
      attributeValue += String.fromCodePoint(codepoint)
    },
    onattribend: () => {
      work++
      if (pending && !pending.attributes.has(attributeName)) pending.attributes.set(attributeName, attributeValue)
    },
    onopentagend: (end) => openTag(end, false),
    onselfclosingtag: (end) => openTag(end, true),
    onclosetag: (start, end) => {
      work++
      const key = source.slice(start, end).toLowerCase()
      // Unmatched: the close of a flattened element, of an empty one, or of nothing. Ignored.
      if ((openCount.get(key) ?? 0) === 0) return
      // What this closes ends where the close tag begins (`</` precedes the name); the element
      // it names, after the tag's `>` (the tokenizer skips to that same `>`, so this scan is its own).
      const closer = source.lastIndexOf('</', start)
      const after = source.indexOf('>', end)
      while (current().key !== key) pop(closer)
      pop(after === -1 ? source.length : after + 1)
    },
    oncomment: () => undefined,
    ondeclaration: () => undefined,
    onprocessinginstruction: () => undefined,
    onend: () => {
      while (stack.length > 1) pop(source.length)
    },
  }
  // One write: the tokenizer's indices are then offsets into `source` itself.
  const tokenizer = new Tokenizer({ xmlMode: true, decodeEntities: true }, callbacks)
  tokenizer.write(source)
  tokenizer.end()
  return { roots: top.children, work }
}

export const isElement = (node: XmlNode): node is XmlElement => typeof node !== 'string'

/** The element's direct children named `key` (lower case). */
export function childrenNamed(element: XmlElement, key: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => isElement(child) && child.key === key)
}

export function childNamed(element: XmlElement, key: string): XmlElement | undefined {
  return element.children.find((child): child is XmlElement => isElement(child) && child.key === key)
}

/**
 * What an element holds as a feed field, as one HTML string for the HTML-to-text step: its text
 * decoded (entities and CDATA, as the strict parser gives it: `&lt;p&gt;` is the feed's escaped
 * HTML) and its elements as the feed wrote them (unescaped HTML, an XHTML <div>). A description
 * mixing the two then reads as one HTML, not half of it as literal tags.
 */
export function fieldValue(element: XmlElement | undefined, source: string): string {
  if (!element) return ''
  return element.children.map((child) => (isElement(child) ? source.slice(child.start, child.end) : child)).join('')
}
