/**
 * OPML import and export: the subscription lists other feed readers exchange.
 *
 * Pure. An imported OPML file is untrusted input, so it goes through a real XML parser (jsdom in
 * XML mode, which runs nothing and fetches nothing), and a file that declares DTD entities is
 * refused before parsing: internal entities are expanded by the parser and are the material of
 * "billion laughs" bombs, and no reader's export needs them.
 */
import { MarsadError } from '../errors/marsad-error'
import type { OpmlSkipReason } from '../errors/problems'
import { parseDocument, type JSDOM } from './jsdom'

export interface OpmlFeed {
  url: string
  name?: string
  category?: string
}

export interface OpmlSkipped {
  reason: OpmlSkipReason
  /** The offending address as written, or the outline's name when it has no address. */
  value: string
}

export interface OpmlParseResult {
  feeds: OpmlFeed[]
  skipped: OpmlSkipped[]
}

export interface OpmlExportFeed {
  url: string
  name: string
  category?: string
}

/** Feeds taken from one file; the rest are reported as `over-limit`. */
export const MAX_OPML_FEEDS = 5_000
/** Characters; a 5,000-feed OPML is well under 2 MB. Bigger input is refused unparsed. */
export const MAX_OPML_LENGTH = 10_000_000

/** A file that is not usable OPML; its detail says why (opml.* codes). */
export class OpmlError extends MarsadError {}

const WEB_PROTOCOLS = new Set(['http:', 'https:'])

/**
 * The feeds an OPML file lists, in document order, and what was skipped. Nested outlines are
 * walked at any depth; a feed's category is the text (or title) of the nearest enclosing outline
 * that is not itself a feed. Element and attribute names are matched case-insensitively
 * (`xmlUrl`, `xmlurl`, `XMLURL`), since hand-made and old exports vary. Only http and https
 * addresses are kept; duplicates (same address once parsed by the URL parser) keep the first.
 *
 * @throws OpmlError when the file is too large, declares DTD entities, is not well-formed XML,
 *   or its root element is not `<opml>`.
 */
export function parseOpml(text: string): OpmlParseResult {
  if (text.length > MAX_OPML_LENGTH) {
    throw new OpmlError({ code: 'opml.too_large', length: text.length, limit: MAX_OPML_LENGTH })
  }
  if (/<!ENTITY/i.test(text)) {
    throw new OpmlError({ code: 'opml.dtd_entities' })
  }
  const dom = parseXml(text)
  try {
    const document = dom.window.document
    const root = document.documentElement
    if (!root || lower(root.localName) !== 'opml') {
      throw new OpmlError({ code: 'opml.not_opml' })
    }
    return collectFeeds(root)
  } finally {
    dom.window.close()
  }
}

/**
 * OPML 2.0 for the given feeds: UTF-8, every attribute XML-escaped, feeds with a category nested
 * under one outline per category, categories (and the uncategorised feeds, as a group) in order
 * of first appearance. `parseOpml(toOpml(x)).feeds` equals `x` whenever each category's feeds are
 * contiguous in `x`, names and categories carry no surrounding whitespace, names are not empty
 * and addresses are distinct http(s) URLs. Characters XML cannot carry at all (most C0 controls,
 * lone surrogates, U+FFFE/U+FFFF) are dropped. Deterministic: no creation date is written.
 */
export function toOpml(feeds: readonly OpmlExportFeed[], title = 'Marsad feeds'): string {
  const groups = new Map<string | undefined, OpmlExportFeed[]>()
  for (const feed of feeds) {
    const key = feed.category === undefined || feed.category === '' ? undefined : feed.category
    const group = groups.get(key)
    if (group) group.push(feed)
    else groups.set(key, [feed])
  }
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${escapeText(title)}</title>`,
    '  </head>',
    '  <body>',
  ]
  for (const [category, members] of groups) {
    if (category === undefined) {
      for (const feed of members) lines.push(`    ${feedOutline(feed)}`)
      continue
    }
    const label = escapeAttribute(category)
    lines.push(`    <outline text="${label}" title="${label}">`)
    for (const feed of members) lines.push(`      ${feedOutline(feed)}`)
    lines.push('    </outline>')
  }
  lines.push('  </body>', '</opml>', '')
  return lines.join('\n')
}

function feedOutline(feed: OpmlExportFeed): string {
  const name = escapeAttribute(feed.name)
  return `<outline type="rss" text="${name}" title="${name}" xmlUrl="${escapeAttribute(feed.url)}"/>`
}

function parseXml(text: string): JSDOM {
  let dom: JSDOM
  try {
    dom = parseDocument(text, { contentType: 'text/xml' })
  } catch (error) {
    throw new OpmlError({ code: 'opml.malformed', detail: oneLine(error instanceof Error ? error.message : String(error)) })
  }
  // jsdom reports XML errors by throwing; a parser that reports them the DOMParser way instead
  // yields a <parsererror> document, so that is checked too.
  const failure = dom.window.document.getElementsByTagName('parsererror')[0]
  if (failure) {
    dom.window.close()
    throw new OpmlError({ code: 'opml.malformed', detail: oneLine(failure.textContent ?? 'parser error') })
  }
  return dom
}

function collectFeeds(root: Element): OpmlParseResult {
  const feeds: OpmlFeed[] = []
  const skipped: OpmlSkipped[] = []
  const seen = new Set<string>()
  // Outlines usually sit in <body>; some hand-made files put them straight under <opml>.
  // <head> never holds feeds. Depth-first with an explicit stack: nesting depth is the file's
  // choice, and recursion would let it choose a stack overflow.
  const stack: { element: Element; category: string | undefined }[] = []
  const pushChildren = (parent: Element, category: string | undefined): void => {
    const children = Array.from(parent.children)
    for (let i = children.length - 1; i >= 0; i--) stack.push({ element: children[i], category })
  }
  for (const child of Array.from(root.children).reverse()) {
    if (lower(child.localName) !== 'head') stack.push({ element: child, category: undefined })
  }
  while (stack.length > 0) {
    const { element, category } = stack.pop() as { element: Element; category: string | undefined }
    if (lower(element.localName) !== 'outline') {
      pushChildren(element, category)
      continue
    }
    const label = clean(attribute(element, 'text')) ?? clean(attribute(element, 'title'))
    const rawUrl = attribute(element, 'xmlurl')
    if (rawUrl === undefined || rawUrl.trim() === '') {
      if (lower(attribute(element, 'type') ?? '') === 'rss') skipped.push({ reason: 'missing-url', value: label ?? '' })
      // A folder: its outlines take its label as their category.
      pushChildren(element, label ?? category)
      continue
    }
    const url = rawUrl.trim()
    const verdict = checkUrl(url)
    if (verdict.reason) skipped.push({ reason: verdict.reason, value: url })
    else if (seen.has(verdict.key)) skipped.push({ reason: 'duplicate', value: url })
    else if (feeds.length >= MAX_OPML_FEEDS) skipped.push({ reason: 'over-limit', value: url })
    else {
      seen.add(verdict.key)
      const feed: OpmlFeed = { url }
      if (label !== undefined) feed.name = label
      if (category !== undefined) feed.category = category
      feeds.push(feed)
    }
    // A feed outline with children is unusual; they keep the enclosing category.
    pushChildren(element, category)
  }
  return { feeds, skipped }
}

function checkUrl(url: string): { reason: 'not-http' | 'invalid-url'; key?: undefined } | { reason?: undefined; key: string } {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return { reason: 'invalid-url' }
  }
  return WEB_PROTOCOLS.has(parsed.protocol) ? { key: parsed.href } : { reason: 'not-http' }
}

/** An attribute's value by case-insensitive name (XML names are case-sensitive; exports are not). */
function attribute(element: Element, lowerName: string): string | undefined {
  for (const attr of Array.from(element.attributes)) {
    if (lower(attr.localName) === lowerName) return attr.value
  }
  return undefined
}

function clean(value: string | undefined): string | undefined {
  const trimmed = value?.trim()
  return trimmed ? trimmed : undefined
}

function lower(name: string): string {
  return name.toLowerCase()
}

function oneLine(message: string): string {
  const line = message.replace(/^about:blank:/, '').replace(/\s+/g, ' ').trim()
  return line.length > 200 ? `${line.slice(0, 199)}…` : line
}

const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

function escapeText(value: string): string {
  return value.replace(XML_FORBIDDEN, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** Also escapes quotes and the whitespace that attribute-value normalisation would flatten. */
function escapeAttribute(value: string): string {
  return escapeText(value)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
}
