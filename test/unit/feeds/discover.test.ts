import { JSDOM, VirtualConsole } from 'jsdom'
import { afterEach, describe, expect, it } from 'vitest'
import { discoverFeeds, looksLikeHtml } from '../../../electron/core/feeds/discover'

const page = (head: string, body = ''): string => `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`

describe('discoverFeeds', () => {
  it('finds several advertised feeds, RSS and Atom, in document order with their titles', () => {
    const html = page(`
      <link rel="stylesheet" href="/style.css">
      <link rel="alternate" type="application/rss+xml" title="  آخر الأخبار  " href="https://news.example/rss.xml">
      <link rel="alternate" type="application/atom+xml" title="Atom" href="https://news.example/atom.xml">
      <link rel="alternate" type="application/rdf+xml" href="https://news.example/index.rdf">
      <link rel="alternate" hreflang="en" href="https://news.example/en/">
      <link rel="alternate" type="text/html" href="https://news.example/mobile">`)
    expect(discoverFeeds(html, 'https://news.example/')).toEqual([
      { url: 'https://news.example/rss.xml', title: 'آخر الأخبار', type: 'rss' },
      { url: 'https://news.example/atom.xml', title: 'Atom', type: 'atom' },
      { url: 'https://news.example/index.rdf', type: 'rdf' },
    ])
  })

  it('resolves relative hrefs against the page address', () => {
    const html = page(`
      <link rel="alternate" type="application/rss+xml" href="/feed">
      <link rel="alternate" type="application/rss+xml" href="section/rss.xml">
      <link rel="alternate" type="application/rss+xml" href="//cdn.example/feed.xml">
      <link rel="alternate" type="application/atom+xml" href="../atom.xml?lang=ar&amp;x=1">`)
    expect(discoverFeeds(html, 'https://news.example/ar/politics/article.html').map((f) => f.url)).toEqual([
      'https://news.example/feed',
      'https://news.example/ar/politics/section/rss.xml',
      'https://cdn.example/feed.xml',
      'https://news.example/ar/atom.xml?lang=ar&x=1',
    ])
  })

  it('resolves against <base href> when the page has one, itself relative to the page', () => {
    const html = page(`
      <base href="/archive/2024/">
      <link rel="alternate" type="application/rss+xml" href="rss.xml">`)
    expect(discoverFeeds(html, 'https://news.example/ar/page')).toEqual([{ url: 'https://news.example/archive/2024/rss.xml', type: 'rss' }])
    const absolute = page(`<base href="https://mirror.example/sub/"><link rel="alternate" type="application/atom+xml" href="atom">`)
    expect(discoverFeeds(absolute, 'https://news.example/')).toEqual([{ url: 'https://mirror.example/sub/atom', type: 'atom' }])
  })

  it('ignores a javascript: or data: <base> and falls back to the page', () => {
    const html = page(`<base href="javascript:alert(1)//"><link rel="alternate" type="application/rss+xml" href="feed">`)
    expect(discoverFeeds(html, 'https://news.example/a/')).toEqual([{ url: 'https://news.example/a/feed', type: 'rss' }])
  })

  it('reads rel token lists and type parameters in any case', () => {
    const html = page(`
      <LINK REL="Alternate  Feed" TYPE="Application/RSS+XML; charset=UTF-8" HREF="/one">
      <link rel="home alternate" type="application/atom+xml;charset=utf-8" href="/two">
      <link rel="alternative" type="application/rss+xml" href="/not-a-token-match">`)
    expect(discoverFeeds(html, 'https://news.example/')).toEqual([
      { url: 'https://news.example/one', type: 'rss' },
      { url: 'https://news.example/two', type: 'atom' },
    ])
  })

  it('ignores stylesheets, including alternate stylesheets that claim a feed type', () => {
    const html = page(`
      <link rel="stylesheet" type="application/rss+xml" href="/a.css">
      <link rel="alternate stylesheet" type="application/rss+xml" href="/b.css">
      <link rel="alternate" type="application/rss+xml" href="/real">`)
    expect(discoverFeeds(html, 'https://news.example/')).toEqual([{ url: 'https://news.example/real', type: 'rss' }])
  })

  it('keeps only http and https: javascript:, data:, file: and empty hrefs are dropped', () => {
    const html = page(`
      <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
      <link rel="alternate" type="application/rss+xml" href="  JavaScript:alert(2)">
      <link rel="alternate" type="application/rss+xml" href="java&#10;script:alert(3)">
      <link rel="alternate" type="application/rss+xml" href="data:application/rss+xml,<rss/>">
      <link rel="alternate" type="application/rss+xml" href="file:///etc/passwd">
      <link rel="alternate" type="application/rss+xml" href="">
      <link rel="alternate" type="application/rss+xml">
      <link rel="alternate" type="application/rss+xml" href="http://plain.example/rss">`)
    expect(discoverFeeds(html, 'https://news.example/')).toEqual([{ url: 'http://plain.example/rss', type: 'rss' }])
  })

  it('dedupes by resolved address, first one wins', () => {
    const html = page(`
      <link rel="alternate" type="application/rss+xml" title="first" href="/feed">
      <link rel="alternate" type="application/rss+xml" title="second" href="https://NEWS.example/feed">
      <link rel="alternate" type="application/atom+xml" title="third" href="feed">`)
    expect(discoverFeeds(html, 'https://news.example/')).toEqual([{ url: 'https://news.example/feed', title: 'first', type: 'rss' }])
  })

  it('does not throw on malformed HTML and still finds what it can', () => {
    const broken = `<html><head<link rel=alternate type=application/rss+xml href=/a></head><body><div><p><table><link rel="alternate" type="application/atom+xml" href="/b"><<<>>>&&& <!-- unterminated`
    expect(() => discoverFeeds(broken, 'https://news.example/')).not.toThrow()
    expect(discoverFeeds(broken, 'https://news.example/').map((f) => f.url)).toContain('https://news.example/b')
    for (const junk of ['', '\u0000\uFFFD', '<', '</html></html><html>', '{"not":"html"}', '<?xml version="1.0"?><rss/>']) {
      expect(discoverFeeds(junk, 'https://news.example/')).toEqual([])
    }
  })

  it('with an unusable page address, only absolute feed addresses come out', () => {
    const html = page(`<link rel="alternate" type="application/rss+xml" href="/relative"><link rel="alternate" type="application/rss+xml" href="https://abs.example/rss">`)
    expect(discoverFeeds(html, 'not a url')).toEqual([{ url: 'https://abs.example/rss', type: 'rss' }])
  })

  describe('scripts in the page', () => {
    const probe = globalThis as { __ran?: unknown; __ranHandler?: unknown }
    afterEach(() => {
      delete probe.__ran
      delete probe.__ranHandler
    })

    // A script that, if it ran, would both set a global and add a feed link the result would show.
    const scripted = page(
      `<script>
         globalThis.__ran = true; window.__ran = true; parent.__ran = true
         const l = document.createElement('link'); l.rel = 'alternate'; l.type = 'application/rss+xml'; l.href = '/injected'
         document.head.appendChild(l)
       </script>
       <link rel="alternate" type="application/rss+xml" href="/feed" onload="globalThis.__ranHandler = true">`,
      `<img src="x" onerror="globalThis.__ranHandler = true"><svg onload="globalThis.__ranHandler = true"></svg>
       <script src="https://evil.example/x.js"></script>
       <iframe srcdoc="<script>top.__ran = true</script>"></iframe>`,
    )

    it('never run, inline or as handlers, and nothing is fetched', () => {
      expect(discoverFeeds(scripted, 'https://news.example/')).toEqual([{ url: 'https://news.example/feed', type: 'rss' }])
      expect(probe.__ran).toBeUndefined()
      expect(probe.__ranHandler).toBeUndefined()
    })

    it('(the probe works: with scripts enabled, the same page does inject its link)', () => {
      const dom = new JSDOM(scripted, { url: 'https://news.example/', runScripts: 'dangerously', virtualConsole: new VirtualConsole() })
      try {
        expect(Array.from(dom.window.document.querySelectorAll('link[href="/injected"]'))).toHaveLength(1)
        expect((dom.window as unknown as { __ran?: unknown }).__ran).toBe(true)
      } finally {
        dom.window.close()
      }
    })
  })
})

describe('looksLikeHtml', () => {
  it('recognises pages by doctype or <html>, in any case, after BOM, whitespace, comments or an XML declaration', () => {
    for (const text of [
      '<!DOCTYPE html><html><head></head></html>',
      '<!doctype HTML>',
      '\uFEFF<!DOCTYPE html>',
      '\n\n   \t<html lang="ar">',
      '<HTML>',
      '<!-- served by nginx --><!DOCTYPE html>',
      '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x">',
      '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">',
    ]) {
      expect(looksLikeHtml(text), JSON.stringify(text)).toBe(true)
    }
  })

  it('does not mistake feeds, OPML or other text for a page', () => {
    for (const text of [
      '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><description><![CDATA[<html>x</html>]]></description></channel></rss>',
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>',
      '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>',
      '<opml version="2.0"></opml>',
      '<htmlfoo>',
      '<!DOCTYPE rss>',
      'hello <html>',
      '',
      '{"html": true}',
    ]) {
      expect(looksLikeHtml(text), JSON.stringify(text)).toBe(false)
    }
  })
})
