/**
 * Feed autodiscovery: given the HTML of a page the analyst pasted instead of a feed address,
 * find the feeds the page advertises with `<link rel="alternate" type="application/rss+xml" …>`.
 *
 * Pure. The page is untrusted: it is parsed with jsdom's HTML parser with its defaults left
 * alone: no script runs (runScripts is never set), no subresource is fetched (resources is never
 * set), and jsdom's own complaints go to a silent virtual console instead of the process console.
 */
import { parseDocument } from './jsdom'

export type DiscoveredFeedType = 'rss' | 'atom' | 'rdf'

export interface DiscoveredFeed {
  url: string
  title?: string
  type: DiscoveredFeedType
}

const FEED_TYPES: Readonly<Record<string, DiscoveredFeedType>> = {
  'application/rss+xml': 'rss',
  'application/atom+xml': 'atom',
  'application/rdf+xml': 'rdf',
}

const WEB_PROTOCOLS = new Set(['http:', 'https:'])

/**
 * The feeds a page links to, in document order, deduplicated by resolved address. Relative
 * hrefs resolve against the page's first `<base href>` (when that is itself a usable http(s)
 * address) and otherwise against `pageUrl`. Only http and https results are kept, so
 * `javascript:`, `data:`, `file:` and the like never come out. Malformed HTML never throws: the
 * HTML parser recovers from anything, as browsers do.
 */
export function discoverFeeds(html: string, pageUrl: string): DiscoveredFeed[] {
  const dom = parseDocument(html)
  try {
    const document = dom.window.document
    const base = baseUrl(document, pageUrl)
    const seen = new Set<string>()
    const found: DiscoveredFeed[] = []
    for (const link of Array.from(document.getElementsByTagName('link'))) {
      const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/[\t\n\f\r ]+/)
      if (!rel.includes('alternate') || rel.includes('stylesheet')) continue
      const type = FEED_TYPES[mimeEssence(link.getAttribute('type') ?? '')]
      if (!type) continue
      const href = link.getAttribute('href') ?? ''
      if (href.trim() === '') continue
      const url = resolveWebUrl(href, base)
      if (!url || seen.has(url)) continue
      seen.add(url)
      const title = (link.getAttribute('title') ?? '').replace(/\s+/g, ' ').trim()
      found.push(title ? { url, title, type } : { url, type })
    }
    return found
  } finally {
    dom.window.close()
  }
}

/**
 * Whether a response body is an HTML page rather than a feed: after an optional BOM, whitespace,
 * comments and an XML declaration, it opens with `<!doctype html` or `<html` (any case).
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '')
  return /^\s*(?:(?:<!--[\s\S]*?-->|<\?xml\b[^>]*\?>)\s*)*(?:<!doctype\s+html\b|<html\b)/i.test(head)
}

/** `application/RSS+xml; charset=utf-8` → `application/rss+xml`. */
function mimeEssence(type: string): string {
  return (type.split(';')[0] ?? '').trim().toLowerCase()
}

/** The document base URL: the first `<base href>`, if it resolves to http(s), else the page. */
function baseUrl(document: Document, pageUrl: string): string | undefined {
  const page = resolveWebUrl(pageUrl, undefined)
  const baseHref = document.querySelector('base[href]')?.getAttribute('href')
  if (baseHref != null && baseHref.trim() !== '') {
    const base = resolveWebUrl(baseHref, page)
    if (base) return base
  }
  return page
}

function resolveWebUrl(href: string, base: string | undefined): string | undefined {
  try {
    const url = base === undefined ? new URL(href) : new URL(href, base)
    return WEB_PROTOCOLS.has(url.protocol) ? url.href : undefined
  } catch {
    return undefined
  }
}
