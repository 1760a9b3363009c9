/**
 * Parses decoded feed text (RSS 0.9x/2.0, RSS 1.0, Atom) into plain, immutable items.
 *
 * Strict first (./strict-parse.ts, rss-parser); when that refuses the text, a tolerant reading
 * (./tolerant-parse.ts) keeps every item it can, as feedparser and browsers do: real Arabic news
 * sites send bare `&` in links, unclosed tags in unescaped descriptions, documents cut short and
 * <rss> without a version. The result then says it was repaired and why, for the feed's status.
 * Both readings hand the same fields to ./feed-item.ts, so they agree on a well-formed feed; where
 * rss-parser reads a well-formed feed only in part, the tolerant reading is used (./xml-outline.ts,
 * one pass before either, says where: it also keeps text too deep for sax away from it).
 */
import { buildFeedItem, hasText, plainText, type FeedItem, type ItemFields } from './feed-item'
import { markSharedLinks } from './story-link'
import { parseStrict, TooDeepError, type StrictFeed } from './strict-parse'
import { parseTolerant, type TolerantFeed } from './tolerant-parse'
import { outlineXml, type XmlOutline } from './xml-outline'
import { MarsadError } from '../errors/marsad-error'
import type { DetailOf, ErrorDetail, RepairReason } from '../errors/problems'

export { canonicalLink, type FeedItem } from './feed-item'

export interface ParsedFeed {
  readonly title: string | null
  readonly items: readonly FeedItem[]
  /** Present when the strict parser refused the text and the tolerant one read it: why. */
  readonly repaired?: DetailOf<'feed.repaired'>
}

export class FeedParseError extends MarsadError {}

export async function parseFeed(xml: string): Promise<ParsedFeed> {
  // Entity declarations are the door to XXE and billion-laughs; real news feeds don't need them.
  // Refused before either reading: the tolerant one never expands them, but never sees them either.
  if (/<!ENTITY/i.test(xml)) throw new FeedParseError({ code: 'feed.dtd_entities' })
  if (!/<(rss|feed|rdf:RDF)\b/i.test(xml)) throw new FeedParseError({ code: 'feed.not_a_feed' })
  const outline = outlineXml(xml)
  let strict: StrictFeed | undefined
  let refusal: unknown
  try {
    strict = await parseStrict(xml, outline)
  } catch (err) {
    refusal = err
  }
  if (strict) return completed(xml, outline, strict)
  // Well-formed text rss-parser did not expect (<rss> without a version) is read as written.
  const tolerant = parseTolerant(xml, { wellFormed: !isSyntaxError(refusal) })
  // Not even well-formed, and nothing readable in it: that stays an error.
  if (!tolerant || (isSyntaxError(refusal) && tolerant.items.length === 0 && tolerant.title.trim() === '')) throw new FeedParseError(malformed(refusal))
  const repaired = repairOf(refusal, tolerant, outline)
  return { ...built(tolerant.title, tolerant.items), ...(repaired ? { repaired } : {}) }
}

/**
 * rss-parser reads only the items inside <channel> named `item` exactly, and a field's text
 * without its elements (`<b>` in a description, an XHTML title). When the outline says it left
 * some out, the tolerant reading of the same well-formed text has them: nothing was repaired.
 */
function completed(xml: string, outline: XmlOutline, strict: StrictFeed): ParsedFeed {
  if (strict.items.length >= outline.itemTags && !outline.markupInFields) return built(strict.title, strict.items)
  const tolerant = parseTolerant(xml, { wellFormed: true })
  if (!tolerant || tolerant.items.length < strict.items.length) return built(strict.title, strict.items)
  return built(tolerant.title, tolerant.items)
}

/** sax's complaints carry a position; rss-parser's own ("not recognized", a TypeError) are about shape. */
function isSyntaxError(refusal: unknown): boolean {
  if (refusal instanceof TooDeepError) return true
  const message = refusal instanceof Error ? refusal.message : String(refusal)
  return /\nLine: \d+/.test(message) || /Unable to parse XML/i.test(message)
}

/** The read's items, with the links several of them share marked as naming no story (./story-link.ts). */
function built(title: string, items: readonly ItemFields[]): ParsedFeed {
  return { title: plainText(title) || null, items: markSharedLinks(items.map(buildFeedItem).filter(hasText)) }
}

/**
 * Why the strict parser refused, told from its message (sax's wording), the outline of the text
 * and the tolerant reading; undefined when the text was well-formed and only rss-parser's
 * expectations failed (an <rss> without a <channel> is an empty feed, not a repaired one).
 */
function repairOf(refusal: unknown, tolerant: TolerantFeed, outline: XmlOutline): DetailOf<'feed.repaired'> | undefined {
  if (refusal instanceof TypeError) return undefined
  const { detail, line } = complaint(refusal)
  const reason: RepairReason =
    // Too deep for sax: the outline says whether the tags pair up (then nothing was wrong but the depth).
    refusal instanceof TooDeepError ? (outline.misnested ? 'unclosed_tag' : outline.unclosed ? 'truncated' : 'too_deep')
    : /not recognized as RSS/i.test(detail) ? (tolerant.kind === 'rss' && !tolerant.rootAttributes.has('version') ? 'missing_version' : 'other')
    : /entity name/i.test(detail) ? 'bare_ampersand'
    : /close tag|closing tag/i.test(detail) ? 'unclosed_tag'
    : /unclosed root|unexpected end|unclosed/i.test(detail) ? 'truncated'
    : 'other'
  return { code: 'feed.repaired', reason, detail, ...(line !== undefined ? { line } : {}) }
}

/**
 * The XML parser's complaint, with where it was ("…\nLine: 5\nColumn: 10\nChar: >"). sax counts
 * lines from 0 and columns from 1 (the column of the character it stopped at); the user counts
 * both from 1, as an editor does.
 */
function complaint(err: unknown): { detail: string; line?: number; column?: number } {
  const message = err instanceof Error ? err.message : String(err)
  const line = /^Line: (\d+)$/m.exec(message)
  const column = /^Column: (\d+)$/m.exec(message)
  return {
    detail: message.split('\n')[0].slice(0, 200),
    ...(line ? { line: Number(line[1]) + 1 } : {}),
    ...(column ? { column: Number(column[1]) } : {}),
  }
}

function malformed(err: unknown): ErrorDetail {
  return { code: 'feed.malformed', ...complaint(err) }
}
