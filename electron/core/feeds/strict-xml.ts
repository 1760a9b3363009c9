/**
 * A strict, streaming XML reader for small untrusted documents (OPML): htmlparser2's tokenizer in
 * XML mode splits the text, and this checks what the tokenizer lets through, so that a document is
 * read only if it is well-formed XML (with namespaces): one root element, tags that pair up exactly
 * (names are case-sensitive), quoted attribute values without `<` and without duplicates, no text
 * outside the root, only the five XML entities and character references of allowed characters,
 * no characters XML forbids, prefixes that are declared. Anything else throws an XmlSyntaxError.
 * It builds no tree: the handler hears each open tag (attributes decoded and normalised as XML
 * does) and each close, in document order, and keeps only what it needs.
 *
 * Linear in the text's length whatever it holds: a token costs constant work plus its length;
 * open elements and declared prefixes sit on an explicit stack and counters (a close tag is
 * compared with the innermost element only: depth costs nothing, no recursion to overflow).
 * jsdom, used before, was quadratic in a parent's child count (HTMLCollection indexing) and in
 * depth (each insertion walks the ancestors).
 *
 * Nothing is expanded: a DTD is only allowed as a declaration before the root, and the caller
 * refuses `<!ENTITY` before this runs. Not checked: the XML declaration's content, `--` inside
 * comments, and the insides of a DOCTYPE (one with an internal subset is refused as malformed).
 */
import { QuoteType, Tokenizer, type TokenizerCallbacks } from 'htmlparser2'
import { runSteps } from '../work/steps'

export interface XmlAttribute {
  /** As written, prefix included: `xmlUrl`, `xml:lang`. */
  readonly name: string
  /** Without its prefix, as the DOM's `localName`. */
  readonly localName: string
  readonly value: string
}

export interface XmlTag {
  readonly name: string
  readonly localName: string
  readonly attributes: readonly XmlAttribute[]
}

export interface XmlHandler {
  /** An element starts; its children, then its `close`, follow. */
  open(tag: XmlTag): void
  close(): void
}

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message)
    this.name = 'XmlSyntaxError'
  }
}

const FORBIDDEN_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const NAME = /^[A-Za-z_\u00C0-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800-\uDBFF][\w.\-\u00B7\u00C0-\u02FF\u0300-\u037D\u037F-\u1FFF\u200C\u200D\u203F\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800-\uDFFF]*(?::[A-Za-z_\u00C0-\uFFFD][\w.\-\u00B7\u00C0-\uFFFD]*)?$/
const REFERENCE = /&(?:#x([0-9A-Fa-f]{1,8})|#([0-9]{1,9})|([A-Za-z_][\w.-]*));/y
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const WHITESPACE = /^[ \t\r\n]*$/
/** Attribute-value normalisation: a literal line end (CRLF counts as one) or tab reads as a space. */
const LITERAL_WHITESPACE = /\r\n|[\t\n\r]/g

const allowedCodePoint = (c: number): boolean =>
  c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff)

/**
 * Reads `source`, calling `handler` as it goes, and returns the work done (tokens read, elements
 * closed, references decoded): at most proportional to `source.length`.
 *
 * @throws XmlSyntaxError at the first thing that is not well-formed XML.
 */
export function readXml(source: string, handler: XmlHandler): number {
  return runSteps(readXmlInSteps(source, handler))
}

/**
 * readXml in steps of about `stepWork` units of work: the generator yields between steps (the
 * tokenizer is paused, never mid-token), so a caller can give the event loop a turn.
 */
export function* readXmlInSteps(source: string, handler: XmlHandler, stepWork = Infinity): Generator<void, number, void> {
  const fail = (message: string, offset: number): never => {
    throw new XmlSyntaxError(message, offset)
  }
  const forbidden = source.search(FORBIDDEN_CHARACTER)
  if (forbidden >= 0) fail(`character U+${source.charCodeAt(forbidden).toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML`, forbidden)
  const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0

  /**
   * `text` (which starts at `offset` in the source) with its references decoded. Works on the
   * slice, never on the rest of the source: a search past the token would make the work quadratic.
   */
  const decode = (text: string, offset: number): string => {
    let out = ''
    let from = 0
    for (let at = text.indexOf('&'); at >= 0; at = text.indexOf('&', from)) {
      count()
      REFERENCE.lastIndex = at
      const match = REFERENCE.exec(text)
      if (!match) return fail('"&" that starts no entity or character reference', offset + at)
      let decoded: string
      if (match[3] !== undefined) {
        const named = NAMED[match[3]]
        if (named === undefined) return fail(`undefined entity &${match[3]};`, offset + at)
        decoded = named
      } else {
        const code = match[1] !== undefined ? parseInt(match[1], 16) : parseInt(match[2], 10)
        if (!allowedCodePoint(code)) return fail(`character reference ${match[0]} is not an allowed character`, offset + at)
        decoded = String.fromCodePoint(code)
      }
      // Attribute-value normalisation: literal whitespace only; a reference's is kept.
      out += text.slice(from, at).replace(LITERAL_WHITESPACE, ' ') + decoded
      from = REFERENCE.lastIndex
    }
    return out + text.slice(from).replace(LITERAL_WHITESPACE, ' ')
  }

  interface Open {
    name: string
    /** Prefixes this element declared, unbound when it closes. */
    declared: string[]
  }
  let work = 0
  let pauseAt = stepWork
  let paused = false
  const count = (): void => {
    if (++work < pauseAt) return
    pauseAt = Infinity
    paused = true
    tokenizer.pause()
  }
  const open: Open[] = []
  const bound = new Map<string, number>([['xml', 1], ['xmlns', 1]])
  let rootSeen = false
  let doctypeSeen = false
  let tagName = ''
  let tagStart = 0
  let attributes: { name: string; value: string; start: number }[] = []
  let names = new Set<string>()
  let attributeName = ''
  let attributeStart = 0
  let valueStart = -1
  let valueEnd = -1

  const checkName = (name: string, at: number): void => {
    if (!NAME.test(name)) fail(`"${name.slice(0, 40)}" is not a valid XML name`, at)
  }
  const prefixOf = (name: string): string | undefined => {
    const colon = name.indexOf(':')
    return colon > 0 ? name.slice(0, colon) : undefined
  }
  const localOf = (name: string): string => name.slice(name.indexOf(':') + 1)
  const checkBound = (name: string, at: number): void => {
    const prefix = prefixOf(name)
    if (prefix !== undefined && !bound.get(prefix)) fail(`unbound namespace prefix "${prefix}"`, at)
  }

  const startTag = (selfClosing: boolean): void => {
    count()
    const declared: string[] = []
    for (const { name, value, start } of attributes) {
      if (prefixOf(name) !== 'xmlns') continue
      if (value === '') fail(`namespace prefix "${localOf(name)}" declared empty`, start)
      declared.push(localOf(name))
      bound.set(localOf(name), (bound.get(localOf(name)) ?? 0) + 1)
    }
    checkBound(tagName, tagStart)
    for (const { name, start } of attributes) checkBound(name, start)
    const tag: XmlTag = {
      name: tagName,
      localName: localOf(tagName),
      attributes: attributes.map(({ name, value }) => ({ name, localName: localOf(name), value })),
    }
    open.push({ name: tagName, declared })
    handler.open(tag)
    if (selfClosing) endTag()
  }
  const endTag = (): void => {
    count()
    const element = open.pop() as Open
    for (const prefix of element.declared) bound.set(prefix, (bound.get(prefix) ?? 1) - 1)
    handler.close()
  }
  const checkText = (start: number, end: number): void => {
    count()
    if (open.length === 0) {
      if (!WHITESPACE.test(source.slice(start === 0 ? bom : start, end))) fail('text outside the root element', start)
      return
    }
    const text = source.slice(start, end)
    const lt = text.indexOf('<')
    if (lt >= 0) fail('unescaped "<" in text', start + lt)
    const cdataEnd = text.indexOf(']]>')
    if (cdataEnd >= 0) fail('"]]>" in text', start + cdataEnd)
    if (text.includes('&')) decode(text, start)
  }

  const callbacks: TokenizerCallbacks = {
    ontext: checkText,
    ontextentity: () => undefined, // entities are not decoded by the tokenizer: see decode()
    oncdata: (start) => {
      count()
      if (open.length === 0) fail('CDATA outside the root element', start)
    },
    onopentagname: (start, end) => {
      count()
      tagName = source.slice(start, end)
      tagStart = start - 1
      checkName(tagName, tagStart)
      if (open.length === 0 && rootSeen) fail(`a second root element <${tagName.slice(0, 40)}>`, tagStart)
      rootSeen = true
      attributes = []
      names = new Set()
    },
    onattribname: (start, end) => {
      count()
      attributeName = source.slice(start, end)
      attributeStart = start
      valueStart = valueEnd = -1
      checkName(attributeName, start)
    },
    onattribdata: (start, end) => {
      if (valueStart < 0) valueStart = start
      valueEnd = end
    },
    onattribentity: () => undefined,
    onattribend: (quote) => {
      count()
      if (quote !== QuoteType.Single && quote !== QuoteType.Double) fail(`attribute ${attributeName.slice(0, 40)} has no quoted value`, attributeStart)
      if (names.has(attributeName)) fail(`duplicate attribute ${attributeName.slice(0, 40)}`, attributeStart)
      names.add(attributeName)
      let value = ''
      if (valueStart >= 0) {
        const raw = source.slice(valueStart, valueEnd)
        const lt = raw.indexOf('<')
        if (lt >= 0) fail('"<" in an attribute value', valueStart + lt)
        value = decode(raw, valueStart)
      }
      attributes.push({ name: attributeName, value, start: attributeStart })
    },
    onopentagend: () => startTag(false),
    onselfclosingtag: (end) => {
      if (source[end - 1] !== '/') fail('"/" in a tag not followed by ">"', end - 1)
      startTag(true)
    },
    onclosetag: (start, end) => {
      count()
      const name = source.slice(start, end)
      const innermost = open[open.length - 1]
      if (!innermost) fail(`close tag </${name.slice(0, 40)}> that closes nothing`, start - 2)
      else if (innermost.name !== name) fail(`close tag </${name.slice(0, 40)}> where </${innermost.name.slice(0, 40)}> was expected`, start - 2)
      endTag()
    },
    oncomment: () => {
      count()
    },
    ondeclaration: (start, end) => {
      count()
      const declaration = source.slice(start, end)
      if (!/^DOCTYPE\s/.test(declaration)) fail(`unexpected declaration <!${declaration.slice(0, 20)}`, start - 2)
      if (rootSeen || doctypeSeen) fail('DOCTYPE out of place', start - 2)
      if (declaration.includes('[')) fail('DOCTYPE with an internal subset', start - 2)
      doctypeSeen = true
    },
    onprocessinginstruction: (start, end) => {
      count()
      // `start` is after `<?`.
      const target = /^[^\s?]*/.exec(source.slice(start, Math.min(end, start + 50)))?.[0] ?? ''
      if (target.toLowerCase() === 'xml' && start - 2 !== bom) fail('XML declaration not at the start of the document', start - 2)
    },
    onend: () => {
      count()
      const innermost = open[open.length - 1]
      if (innermost) fail(`unclosed tag <${innermost.name.slice(0, 40)}>`, source.length)
      if (!rootSeen) fail('no root element', source.length)
    },
  }
  // One write: the tokenizer's indices are then offsets into `source` itself.
  const tokenizer = new Tokenizer({ xmlMode: true, decodeEntities: false }, callbacks)
  tokenizer.write(source)
  while (paused) {
    paused = false
    yield
    pauseAt = work + stepWork
    tokenizer.resume()
  }
  tokenizer.end()
  return work
}
