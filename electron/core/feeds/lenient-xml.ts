/**
 * A forgiving XML tree for feeds the strict parser refuses: htmlparser2's tokenizer (in XML mode)
 * reads the text, and this builds the tree the way browsers and feedparser recover. A bare `&`
 * stays text, a close tag closes whatever was left open inside it, a close tag that matches
 * nothing open is ignored, and a document cut short ends with everything still open closed.
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
  /** Where the element's content starts and ends in the source (its raw inner markup). */
  readonly innerStart: number
  readonly innerEnd: number
}

export type XmlNode = XmlElement | string

/** Deeper elements are flattened into the one at this depth: feeds need a handful of levels. */
export const MAX_DEPTH = 64

interface OpenElement {
  name: string
  key: string
  attributes: Map<string, string>
  children: XmlNode[]
  innerStart: number
  innerEnd: number
}

/** The document's top-level nodes, and how many elements were read (a measure of the work done). */
export interface LenientDocument {
  readonly roots: readonly XmlNode[]
  readonly elementCount: number
}

export function parseLenientXml(source: string): LenientDocument {
  const top: OpenElement = { name: '', key: '', attributes: new Map(), children: [], innerStart: 0, innerEnd: source.length }
  const stack: OpenElement[] = [top]
  const openCount = new Map<string, number>()
  let flattened = 0 // open tags beyond MAX_DEPTH that were not pushed
  let elementCount = 0
  let pending: OpenElement | null = null
  let attributeName = ''
  let attributeValue = ''

  const current = (): OpenElement => stack[stack.length - 1]
  const addText = (text: string): void => {
    if (text === '') return
    const children = current().children
    const last = children.length - 1
    if (last >= 0 && typeof children[last] === 'string') children[last] = (children[last] as string) + text
    else children.push(text)
  }
  const push = (element: OpenElement): void => {
    if (stack.length > MAX_DEPTH) {
      flattened++
      return
    }
    elementCount++
    current().children.push(element)
    stack.push(element)
    openCount.set(element.key, (openCount.get(element.key) ?? 0) + 1)
  }
  const pop = (innerEnd: number): OpenElement => {
    const element = stack.pop() as OpenElement
    element.innerEnd = innerEnd
    openCount.set(element.key, (openCount.get(element.key) ?? 1) - 1)
    return element
  }

  const callbacks: TokenizerCallbacks = {
    ontext: (start, end) => addText(source.slice(start, end)),
    ontextentity: (codepoint) => addText(String.fromCodePoint(codepoint)),
    oncdata: (start, end, offset) => addText(source.slice(start, end - offset)),
    onopentagname: (start, end) => {
      const name = source.slice(start, end)
      pending = { name, key: name.toLowerCase(), attributes: new Map(), children: [], innerStart: end, innerEnd: end }
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
      if (pending && !pending.attributes.has(attributeName)) pending.attributes.set(attributeName, attributeValue)
    },
    onopentagend: (end) => {
      if (!pending) return
      pending.innerStart = end + 1
      push(pending)
      pending = null
    },
    onselfclosingtag: (end) => {
      if (!pending) return
      pending.innerStart = pending.innerEnd = end + 1
      if (stack.length <= MAX_DEPTH) {
        elementCount++
        current().children.push(pending)
      }
      pending = null
    },
    onclosetag: (start, end) => {
      const key = source.slice(start, end).toLowerCase()
      // `</` precedes the name; everything closed here ends where this tag begins.
      const innerEnd = source.lastIndexOf('</', start)
      if ((openCount.get(key) ?? 0) === 0) {
        // Unmatched: the close of a flattened element, or of nothing. Either way, ignored.
        if (flattened > 0) flattened--
        return
      }
      while (pop(innerEnd).key !== key);
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
  return { roots: top.children, elementCount }
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
 * What an element holds as a feed field: its text when it has only text (entities and CDATA
 * decoded, as the strict parser gives it), else its inner markup as the feed wrote it (an
 * unescaped HTML description), for the HTML-to-text step to read.
 */
export function fieldValue(element: XmlElement | undefined, source: string): string {
  if (!element) return ''
  if (element.children.every((child) => typeof child === 'string')) return element.children.join('')
  return source.slice(element.innerStart, Math.max(element.innerStart, element.innerEnd))
}
