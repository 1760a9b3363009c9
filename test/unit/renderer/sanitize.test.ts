import createDOMPurify, { type WindowLike } from 'dompurify'
import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { hasReadableText, isHttpUrl, sanitizeArticleHtml } from '../../../src/lib/sanitize'

// Vitest runs in node: DOMPurify gets its DOM from jsdom, the way the browser gives it its own.
const { window } = new JSDOM('')
const purify = createDOMPurify(window as unknown as WindowLike)
const clean = (html: string): string => sanitizeArticleHtml(purify, html)

/** The sanitized output parsed again, to look at what a browser would build from it. */
function parse(html: string): Document {
  return new JSDOM(`<body>${html}</body>`).window.document
}

describe('sanitizeArticleHtml', () => {
  it('keeps the formatting an article needs, with its Arabic text', () => {
    const html =
      '<h2>ورشة عمل</h2><p>نظّمت <strong>السفارة</strong> <em>ورشة</em> حول <b>مكافحة</b> <i>الارهاب</i>.<br>سطر ثانٍ</p>' +
      '<ul><li>أولًا</li></ul><ol><li>ثانيًا</li></ol><blockquote>اقتباس</blockquote><h3>عنوان</h3><h4>فرعي</h4>'
    expect(clean(html)).toBe(html)
  })

  it('removes scripts with their content, and event handler attributes', () => {
    const out = clean('<p onclick="alert(1)">نص</p><script>alert(1)</script><img src=x onerror="alert(1)"><body onload="alert(1)">')
    expect(out).toBe('<p>نص</p>')
    expect(out).not.toMatch(/alert|script|onerror|onload|onclick|<img/i)
  })

  it('drops images, styles, iframes, forms, objects and embeds', () => {
    const out = clean(
      '<p style="color:red" class="x" id="main">أ</p><style>p{color:red}</style><iframe src="https://evil.test"></iframe>' +
        '<form action="https://evil.test"><input name="q"><button>أرسل</button></form><object data="x"></object><embed src="x"><link rel="stylesheet" href="x"><meta http-equiv="refresh" content="0;url=https://evil.test">',
    )
    expect(out).not.toMatch(/style|class=|id=|iframe|<form|<input|<object|<embed|<link|<meta|evil/i)
    expect(out).toContain('<p>أ</p>')
  })

  it('keeps http(s) links, opened outside the app without a referrer', () => {
    const doc = parse(clean('<p><a href="https://www.example.com/a?b=1" title="t" target="_self" rel="opener">الخبر</a></p>'))
    const link = doc.querySelector('a')
    expect(link?.getAttribute('href')).toBe('https://www.example.com/a?b=1')
    expect(link?.getAttribute('target')).toBe('_blank')
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer')
    expect(link?.hasAttribute('title')).toBe(false)
  })

  it('allows href on links only', () => {
    expect(clean('<p href="https://example.com">نص</p>')).toBe('<p>نص</p>')
  })

  it.each([
    ['<a href="javascript:alert(1)">x</a>'],
    ['<a href="JaVaScRiPt:alert(1)">x</a>'],
    ['<a href=" javascript:alert(1)">x</a>'],
    ['<a href="java\tscript:alert(1)">x</a>'],
    ['<a href="&#106;avascript:alert(1)">x</a>'],
    ['<a href="&#x6A;&#x61;vascript&colon;alert(1)">x</a>'],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>'],
    ['<a href="vbscript:msgbox(1)">x</a>'],
    ['<a href="/relative/path">x</a>'],
    ['<a href="//evil.test/x">x</a>'],
  ])('strips the href of %s', (html) => {
    const link = parse(clean(html)).querySelector('a')
    expect(link?.textContent).toBe('x')
    expect(link?.hasAttribute('href')).toBe(false)
    expect(link?.hasAttribute('target')).toBe(false)
  })

  it('defeats nesting tricks: svg/math wrappers, broken comments, noscript and template parsing', () => {
    const tricks = [
      '<svg><script>alert(1)</script></svg>',
      '<svg><g onload="alert(1)"></g></svg>',
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
      '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
      '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
      '<!--<img src="--><img src=x onerror=alert(1)//">',
      '<template><script>alert(1)</script></template>',
      '<scr<script>ipt>alert(1)</script>',
      '<a href="https://ok.test"><svg><a href="javascript:alert(1)">x</a></svg></a>',
      '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
      '<p>نص<object><param name="x" value="javascript:alert(1)"></object></p>',
    ]
    for (const html of tricks) {
      const out = clean(html)
      const doc = parse(out)
      expect(doc.querySelectorAll('script, img, svg, math, style, iframe, object, template, noscript').length, html).toBe(0)
      for (const element of doc.body.querySelectorAll('*')) {
        expect(ALLOWED(element.localName), `${html} → ${out}`).toBe(true)
        for (const attr of element.attributes) expect(['href', 'target', 'rel'], `${html} → ${out}`).toContain(attr.name)
      }
      expect(out, html).not.toMatch(/onerror|onload|javascript:/i)
    }
  })

  it('keeps the text of unknown wrappers (div, span, font) without them', () => {
    expect(clean('<div><span style="x">مكافحة</span> <font color="red">الارهاب</font></div>')).toBe('مكافحة الارهاب')
  })

  it('returns nothing for empty input and when DOMPurify has no DOM (it would return its input as is)', () => {
    expect(clean('')).toBe('')
    expect(sanitizeArticleHtml(purify, null)).toBe('')
    const noDom = createDOMPurify()
    expect(noDom.isSupported).toBe(false)
    expect(sanitizeArticleHtml(noDom, '<script>alert(1)</script>')).toBe('')
  })

  it('does not leave its hook on the shared instance', () => {
    clean('<a href="https://example.com">x</a>')
    expect(purify.sanitize('<a href="https://example.com">x</a>')).toBe('<a href="https://example.com">x</a>')
  })
})

const ALLOWED = (name: string): boolean => ['p', 'br', 'b', 'strong', 'i', 'em', 'ul', 'ol', 'li', 'blockquote', 'h2', 'h3', 'h4', 'a'].includes(name)

describe('helpers', () => {
  it('accepts only absolute http(s) URLs', () => {
    expect(isHttpUrl('https://example.com')).toBe(true)
    expect(isHttpUrl('http://127.0.0.1:8080/x')).toBe(true)
    expect(isHttpUrl('javascript:alert(1)')).toBe(false)
    expect(isHttpUrl('/x')).toBe(false)
  })

  it('says whether sanitized HTML has text to read', () => {
    expect(hasReadableText('<p>نص</p>')).toBe(true)
    expect(hasReadableText('<p> </p><br>')).toBe(false)
    expect(hasReadableText('<p>&nbsp;</p>')).toBe(false)
  })
})
