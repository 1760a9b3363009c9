/**
 * What a good read of a feed had to work around, as notices for the feed's status: the charset
 * chosen over the one declared, and a parse the tolerant reader repaired. Not errors: the feed
 * was read, but the analyst (or the site's webmaster) should know how.
 */
import type { ErrorDetail } from '../errors/problems'
import type { Decoded } from './decode'
import type { ParsedFeed } from './parse'

export function feedNotices(decoded: Decoded, parsed: ParsedFeed): ErrorDetail[] {
  const notices: ErrorDetail[] = []
  if (decoded.declared && decoded.overridden) {
    notices.push({ code: 'feed.charset_overridden', declared: decoded.declared, used: decoded.encoding, reason: decoded.overridden })
  }
  if (parsed.repaired) notices.push(parsed.repaired)
  return notices
}
