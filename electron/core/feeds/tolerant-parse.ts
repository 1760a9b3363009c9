/**
 * The second reading of a feed, which the strict parser refused or read only in part: the lenient
 * tree of ./lenient-xml.ts, read as RSS 2.0/0.9x, RSS 1.0 or Atom, field for field as the strict
 * path reads them (./strict-parse.ts), so that both build the same items from a well-formed feed.
 */
import type { ItemFields, MediaRef } from './feed-item'
import { childNamed, childrenNamed, fieldValue, isElement, parseLenientXml, type LenientOptions, type XmlElement, type XmlNode } from './lenient-xml'

export interface TolerantFeed {
  readonly kind: 'rss' | 'rdf' | 'atom'
  /** The root element's attributes: the caller asks about <rss version>. */
  readonly rootAttributes: ReadonlyMap<string, string>
  readonly title: string
  readonly items: readonly ItemFields[]
}

const ROOTS: Readonly<Record<string, TolerantFeed['kind']>> = { rss: 'rss', 'rdf:rdf': 'rdf', feed: 'atom' }

/** The feed in the text, or null when there is no <rss>, <rdf:RDF> or <feed> element. */
export function parseTolerant(source: string, options: LenientOptions = {}): TolerantFeed | null {
  const document = parseLenientXml(source, options)
  const root = firstElement(document.roots, (element) => element.key in ROOTS)
  if (!root) return null
  const kind = ROOTS[root.key]
  const itemKey = kind === 'atom' ? 'entry' : 'item'
  const channel = kind === 'atom' ? root : childNamed(root, 'channel')
  return {
    kind,
    rootAttributes: root.attributes,
    title: channel ? fieldValue(childNamed(channel, 'title'), source) || fieldValue(childNamed(channel, 'dc:title'), source) : '',
    items: elementsNamed(root, itemKey).map((item) => (kind === 'atom' ? atomEntry(item, source) : rssItem(item, source))),
  }
}

/** The first element, depth first, that `matches` (iterative: the tree may be deep). */
function firstElement(nodes: readonly XmlNode[], matches: (element: XmlElement) => boolean): XmlElement | undefined {
  const todo = [...nodes].reverse()
  for (let node = todo.pop(); node !== undefined; node = todo.pop()) {
    if (!isElement(node)) continue
    if (matches(node)) return node
    for (let i = node.children.length - 1; i >= 0; i--) todo.push(node.children[i])
  }
  return undefined
}

/** Every element named `key` below `root`, in document order, not looking inside one found. */
function elementsNamed(root: XmlElement, key: string): XmlElement[] {
  const found: XmlElement[] = []
  const todo = [...root.children].reverse()
  for (let node = todo.pop(); node !== undefined; node = todo.pop()) {
    if (!isElement(node)) continue
    if (node.key === key) found.push(node)
    else for (let i = node.children.length - 1; i >= 0; i--) todo.push(node.children[i])
  }
  return found
}

const mediaRef = (element: XmlElement): MediaRef => ({
  url: element.attributes.get('url'),
  medium: element.attributes.get('medium'),
  type: element.attributes.get('type'),
})

function rssItem(item: XmlElement, source: string): ItemFields {
  const field = (key: string): string => fieldValue(childNamed(item, key), source)
  const enclosure = childNamed(item, 'enclosure')
  return {
    title: field('title') || field('dc:title'),
    link: field('link'),
    guid: field('guid'),
    id: field('id'),
    contents: [field('content:encoded'), field('description') || field('content'), field('summary')],
    dates: [field('pubdate'), field('published'), field('updated'), field('dc:date')],
    authors: [field('dc:creator') || field('author')],
    categories: childrenNamed(item, 'category').map((c) => fieldValue(c, source) || (c.attributes.get('term') ?? '')),
    enclosure: enclosure ? mediaRef(enclosure) : null,
    media: childrenNamed(item, 'media:content').map(mediaRef),
    thumbnails: childrenNamed(item, 'media:thumbnail').flatMap((t) => t.attributes.get('url') ?? []),
  }
}

function atomEntry(entry: XmlElement, source: string): ItemFields {
  const field = (key: string): string => fieldValue(childNamed(entry, key), source)
  const links = childrenNamed(entry, 'link')
  const link = links.find((l) => l.attributes.get('rel') === 'alternate') ?? links[0]
  const author = childNamed(entry, 'author')
  return {
    title: field('title'),
    link: link?.attributes.get('href') ?? '',
    guid: field('guid'),
    id: field('id'),
    contents: [field('content:encoded'), field('content'), field('summary')],
    dates: [field('pubdate'), field('published'), field('updated'), field('dc:date')],
    authors: [author ? fieldValue(childNamed(author, 'name'), source) : ''],
    categories: childrenNamed(entry, 'category').map((c) => fieldValue(c, source) || (c.attributes.get('term') ?? '')),
    enclosure: null,
    media: childrenNamed(entry, 'media:content').map(mediaRef),
    thumbnails: childrenNamed(entry, 'media:thumbnail').flatMap((t) => t.attributes.get('url') ?? []),
  }
}
