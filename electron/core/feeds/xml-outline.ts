/**
 * One linear pass over a feed's text before the strict parser reads it, with htmlparser2's
 * tokenizer in XML mode (so markup inside CDATA, comments and attribute values is not taken for
 * tags, as XML does not take it): how deep sax would stack the elements, whether the tags pair up,
 * how many items the text holds, whether a title or an item's field holds elements (rss-parser
 * keeps only a field's text), and where the <published>/<updated> tags are named.
 */
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2'
import { FEEDS, ITEMS, TEXT_FIELDS } from './lenient-xml'

export interface XmlOutline {
  /** The deepest nesting, stacked as sax stacks it: a close tag pops down to its element, one matching nothing pops nothing. */
  readonly depth: number
  /** A close tag that did not close the innermost open element. */
  readonly misnested: boolean
  /** Elements still open at the end of the text. */
  readonly unclosed: boolean
  /** <item> and <entry> open tags, in any case: the items a reader should find. */
  readonly itemTags: number
  /** An item's text field (title, description…), or a feed's title, holds an element. */
  readonly markupInFields: boolean
  /** Where the names of the <published> and <updated> tags (open and close) start, in order. */
  readonly dateNames: readonly number[]
  /** Tokens read and elements popped: linear in the text's length. */
  readonly work: number
}

const isDateName = (name: string): boolean => name === 'published' || name === 'updated'

export function outlineXml(source: string): XmlOutline {
  // Names as written: sax matches close tags case-sensitively, so `<B>…</b>` nests for it.
  const open: string[] = []
  const openCount = new Map<string, number>()
  const dateNames: number[] = []
  let depth = 0
  let misnested = false
  let itemTags = 0
  let markupInFields = false
  let work = 0
  let name = ''

  const callbacks: TokenizerCallbacks = {
    onopentagname: (start, end) => {
      work++
      name = source.slice(start, end)
      if (isDateName(name)) dateNames.push(start)
      if (ITEMS.has(name.toLowerCase())) itemTags++
      if (!markupInFields && open.length >= 2) {
        const field = open[open.length - 1].toLowerCase()
        const parent = open[open.length - 2].toLowerCase()
        markupInFields = (ITEMS.has(parent) && TEXT_FIELDS.has(field)) || (FEEDS.has(parent) && field === 'title')
      }
    },
    onopentagend: () => {
      open.push(name)
      openCount.set(name, (openCount.get(name) ?? 0) + 1)
      depth = Math.max(depth, open.length)
    },
    onclosetag: (start, end) => {
      work++
      const closing = source.slice(start, end)
      if (isDateName(closing)) dateNames.push(start)
      if (!openCount.get(closing)) {
        misnested = true
        return
      }
      for (let top = open.pop(); top !== undefined; top = open.pop()) {
        work++
        openCount.set(top, (openCount.get(top) ?? 1) - 1)
        if (top === closing) break
        misnested = true
      }
    },
    ontext: () => undefined,
    ontextentity: () => undefined,
    oncdata: () => undefined,
    onattribname: () => undefined,
    onattribdata: () => undefined,
    onattribentity: () => undefined,
    onattribend: () => undefined,
    onselfclosingtag: () => undefined,
    oncomment: () => undefined,
    ondeclaration: () => undefined,
    onprocessinginstruction: () => undefined,
    onend: () => undefined,
  }
  // One write: the tokenizer's indices are then offsets into `source` itself. No entity is of use here.
  const tokenizer = new Tokenizer({ xmlMode: true, decodeEntities: false }, callbacks)
  tokenizer.write(source)
  tokenizer.end()
  return { depth, misnested, unclosed: open.length > 0, itemTags, markupInFields, dateNames, work }
}
