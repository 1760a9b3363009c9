/**
 * OPML import and export: the subscription lists other feed readers exchange.
 *
 * Pure. An imported OPML file is untrusted input, so it goes through a strict XML reader
 * (./strict-xml.ts: well-formedness checked, nothing run, fetched or expanded), and a file that
 * declares DTD entities is refused before parsing: entities are the material of "billion laughs"
 * bombs, and no reader's export needs them. Reading is linear in the file's length, however many
 * outlines it holds and however deep they nest (jsdom, used before, was quadratic in both).
 */
import { MarsadError } from '../errors/marsad-error'
import type { OpmlSkipReason } from '../errors/problems'
import { readXmlInSteps, XmlSyntaxError, type XmlTag } from './strict-xml'
import { runSteps, runStepsPausing } from '../work/steps'

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
  return readOpml(text).result
}

/** parseOpml, with the XML reader's work count (see ./strict-xml.ts): linear in the length. */
export function readOpml(text: string): { result: OpmlParseResult; work: number } {
  return runSteps(opmlSteps(text, Infinity))
}

/** Work units (about a token each) read between two turns of the event loop in parseOpmlYielding. */
export const OPML_STEP_WORK = 10_000

/**
 * parseOpml, giving the event loop a turn after every `stepWork` units of reading: a 5 MB file
 * takes a few hundred milliseconds, which a server should not spend deaf.
 */
export async function parseOpmlYielding(text: string, stepWork = OPML_STEP_WORK): Promise<OpmlParseResult> {
  return (await runStepsPausing(opmlSteps(text, stepWork))).result
}

function* opmlSteps(text: string, stepWork: number): Generator<void, { result: OpmlParseResult; work: number }, void> {
  if (text.length > MAX_OPML_LENGTH) {
    throw new OpmlError({ code: 'opml.too_large', length: text.length, limit: MAX_OPML_LENGTH })
  }
  if (/<!ENTITY/i.test(text)) {
    throw new OpmlError({ code: 'opml.dtd_entities' })
  }
  const collector = feedCollector()
  let work: number
  try {
    work = yield* readXmlInSteps(text, collector, stepWork)
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error
    throw new OpmlError({ code: 'opml.malformed', detail: oneLine(`${position(text, error.offset)}: ${error.message}`) })
  }
  if (!collector.isOpml()) throw new OpmlError({ code: 'opml.not_opml' })
  return { result: collector.result, work }
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

/**
 * Collects feeds as the reader meets their outlines: document order, a frame per open element.
 * Outlines usually sit in <body>; some hand-made files put them straight under <opml>. <head>
 * never holds feeds. The stack is explicit: nesting depth is the file's choice.
 */
function feedCollector() {
  const result: OpmlParseResult = { feeds: [], skipped: [] }
  const { feeds, skipped } = result
  const seen = new Set<string>()
  /** Per open element: whether outlines in it are read, and the category they get. */
  const frames: { read: boolean; category: string | undefined }[] = []
  let isOpml = false

  const open = (element: XmlTag): void => {
    const parent = frames[frames.length - 1]
    if (!parent) {
      isOpml = lower(element.localName) === 'opml'
      frames.push({ read: isOpml, category: undefined })
      return
    }
    const { category } = parent
    if (!parent.read || (frames.length === 1 && lower(element.localName) === 'head')) {
      frames.push({ read: false, category })
      return
    }
    if (lower(element.localName) !== 'outline') {
      frames.push({ read: true, category })
      return
    }
    const label = clean(attribute(element, 'text')) ?? clean(attribute(element, 'title'))
    const rawUrl = attribute(element, 'xmlurl')
    if (rawUrl === undefined || rawUrl.trim() === '') {
      if (lower(attribute(element, 'type') ?? '') === 'rss') skipped.push({ reason: 'missing-url', value: label ?? '' })
      // A folder: its outlines take its label as their category.
      frames.push({ read: true, category: label ?? category })
      return
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
    frames.push({ read: true, category })
  }
  return { open, close: () => void frames.pop(), isOpml: () => isOpml, result }
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
function attribute(element: XmlTag, lowerName: string): string | undefined {
  for (const attr of element.attributes) {
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

/** `line:column` (both from 1) of an offset, for messages. */
function position(source: string, offset: number): string {
  let line = 1
  let lineStart = 0
  for (let at = source.indexOf('\n'); at >= 0 && at < offset; at = source.indexOf('\n', at + 1)) {
    line++
    lineStart = at + 1
  }
  return `${line}:${offset - lineStart + 1}`
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
