import { describe, expect, it } from 'vitest'
import { readXml, readXmlInSteps, XmlSyntaxError, type XmlHandler, type XmlTag } from '../../../electron/core/feeds/strict-xml'

/** What the handler saw: `<name a=v>` for opens, `</>` for closes. */
function events(source: string): string[] {
  const seen: string[] = []
  readXml(source, recorder(seen))
  return seen
}
function recorder(seen: string[]): XmlHandler {
  const show = (tag: XmlTag) => `<${tag.name}|${tag.localName}${tag.attributes.map((a) => ` ${a.name}|${a.localName}=${JSON.stringify(a.value)}`).join('')}>`
  return { open: (tag) => void seen.push(show(tag)), close: () => void seen.push('</>') }
}
function errorOf(source: string): XmlSyntaxError {
  try {
    readXml(source, { open: () => undefined, close: () => undefined })
  } catch (error) {
    expect(error).toBeInstanceOf(XmlSyntaxError)
    return error as XmlSyntaxError
  }
  throw new Error(`read without error: ${source}`)
}

describe('readXml', () => {
  it('reports elements in document order, attributes decoded and normalised as XML does', () => {
    expect(events('\uFEFF<?xml version="1.0"?>\n<!DOCTYPE opml>\n<!-- c --><a x="1 &amp; &lt;2&gt; &#x41;&#66;"><?pi x?><b y=\'"q"\' z="l1\r\nl2\tt&#10;&#9;"/><![CDATA[ <not a tag> & ]]>text &quot;</a>\n'))
      .toEqual(['<a|a x|x="1 & <2> AB">', '<b|b y|y="\\"q\\"" z|z="l1 l2 t\\n\\t">', '</>', '</>'])
  })

  it('resolves prefixes: localName drops them, and an undeclared one is an error', () => {
    expect(events('<x:a xmlns:x="urn:x" xml:lang="ar"><x:b x:c="1"/></x:a>'))
      .toEqual(['<x:a|a xmlns:x|x="urn:x" xml:lang|lang="ar">', '<x:b|b x:c|c="1">', '</>', '</>'])
    expect(errorOf('<a><x:b xmlns:x="urn:x"/><x:c/></a>').message).toBe('unbound namespace prefix "x"')
  })

  it.each([
    ['', 'no root element'],
    ['text', 'text outside the root element'],
    ['<a/>x', 'text outside the root element'],
    ['<a/><b/>', 'a second root element <b>'],
    ['<a><b></a>', 'close tag </a> where </b> was expected'],
    ['<a></A>', 'close tag </A> where </a> was expected'],
    ['<a></a></a>', 'close tag </a> that closes nothing'],
    ['<a><b>', 'unclosed tag <b>'],
    ['<a x=1/>', 'attribute x has no quoted value'],
    ['<a x/>', 'attribute x has no quoted value'],
    ['<a x="1" x="2"/>', 'duplicate attribute x'],
    ['<a x="<"/>', '"<" in an attribute value'],
    ['<a x="&nbsp;"/>', 'undefined entity &nbsp;'],
    ['<a>AT&T</a>', '"&" that starts no entity or character reference'],
    ['<a>&#0;</a>', 'character reference &#0; is not an allowed character'],
    ['<a>\u0001</a>', 'character U+0001 is not allowed in XML'],
    ['<a>< b</a>', 'unescaped "<" in text'],
    ['<a>]]></a>', '"]]>" in text'],
    ['<a><1/></a>', '"1" is not a valid XML name'],
    ['<a/ >', '"/" in a tag not followed by ">"'],
    [' <?xml version="1.0"?><a/>', 'XML declaration not at the start of the document'],
    ['<!DOCTYPE a [<!ELEMENT a ANY>]><a/>', 'DOCTYPE with an internal subset'],
    ['<a/><!DOCTYPE a>', 'DOCTYPE out of place'],
  ])('refuses %j: %s', (source, message) => {
    expect(errorOf(source).message).toBe(message)
  })

  it('readXmlInSteps pauses between tokens every stepWork units and reads exactly what readXml reads', () => {
    const source = `<a>${Array.from({ length: 300 }, (_, i) => `<b i="${i}">t&amp;${i}</b>`).join('')}</a>`
    const whole = events(source)
    const seen: string[] = []
    const steps = readXmlInSteps(source, recorder(seen), 10)
    let pauses = 0
    let step = steps.next()
    for (; !step.done; step = steps.next()) pauses++
    expect(seen).toEqual(whole)
    expect(step.value).toBe(readXml(source, recorder([])))
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(step.value / 10) - 1)
    expect(pauses).toBeLessThanOrEqual(Math.ceil(step.value / 10))
  })

  it('does work linear in the length: tokens side by side or nested, doubled, at most double it', () => {
    const work = (source: string) => readXml(source, { open: () => undefined, close: () => undefined })
    const wide = (n: number) => `<a>${'<b x="&amp;"/>'.repeat(n)}</a>`
    const nested = (n: number) => `${'<b>t&lt;'.repeat(n)}${'</b>'.repeat(n)}`
    for (const make of [wide, nested]) expect(work(make(20_000))).toBeLessThanOrEqual(2 * work(make(10_000)) + 4)
  })
})
