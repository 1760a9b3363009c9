/**
 * jsdom, loaded on first use. It costs ~90 MB of memory once loaded, and most runs (a poll of
 * feeds without full text) never need it: only feed discovery and full text do (OPML is read by feeds/strict-xml.ts).
 */
import { createRequire } from 'node:module'
import type * as Jsdom from 'jsdom'

export type { JSDOM } from 'jsdom'

let loaded: typeof Jsdom | undefined

export function jsdom(): typeof Jsdom {
  loaded ??= createRequire(import.meta.url)('jsdom') as typeof Jsdom
  return loaded
}

/** A parsed document whose own complaints go nowhere (a silent console), with no script and no fetch. */
export function parseDocument(text: string, options: { contentType?: string; url?: string } = {}): Jsdom.JSDOM {
  const { JSDOM, VirtualConsole } = jsdom()
  return new JSDOM(text, { ...options, virtualConsole: new VirtualConsole() })
}
