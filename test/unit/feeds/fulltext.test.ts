import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { JSDOM, VirtualConsole } from 'jsdom'
import { Readability } from '@mozilla/readability'
import { describe, expect, it } from 'vitest'
import { dropSiteChrome, extractArticle, type TextBlock } from '../../../electron/core/feeds/fulltext'
import { workshopArticle } from '../../support/feeds'

const page = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/pages/${name}`, import.meta.url)), 'utf8')
/** The report that workshop-article.html wraps in a full news page, and its site tail. */
const WORKSHOP = workshopArticle()
const PARAGRAPHS = WORKSHOP.paragraphs
const URL_ = 'https://marsad-news.example/2015/03/16/workshop/'
const FIXTURES = ['workshop-article.html', 'split-divs-scripts.html', 'script-injection.html', 'inline-related.html']

function extract(name: string): NonNullable<ReturnType<typeof extractArticle>> {
  const article = extractArticle(page(name), URL_)
  if (!article) throw new Error(`${name}: no article extracted`)
  return article
}

describe('extractArticle: the workshop article in a full news page', () => {
  const article = extract('workshop-article.html')

  it('returns the whole body, paragraph by paragraph, and the title without the site name', () => {
    expect(article.title).toBe(WORKSHOP.title)
    expect(article.text).toContain('تطوير التعاون المخابراتي بين الاجهزة اللبنانية')
    expect(article.text).toContain(PARAGRAPHS[PARAGRAPHS.length - 1])
    expect(article.text.split('\n\n')).toEqual(PARAGRAPHS)
  })

  it('leaves out the site chrome: previous/next, menus, sidebar, related, share, comments', () => {
    const chrome = [
      'السابق', 'التالي', 'حلويات طرابلس', 'نجمة هوليوود', // the article's own tail
      'الأكثر قراءة', 'اقرأ أيضاً', 'شعبة المعلومات توقف خلية', // sidebar, related
      'الرئيسية', 'عربي ودولي', 'منوعات', 'اتصل بنا', 'عاجل', // menu, ticker
      'شارك هذا المقال', 'فيسبوك', 'واتساب', 'طباعة', // share buttons («بمشاركة» is in the body)
      'تعليقات', 'أبو علي', 'خطوة ممتازة', 'أضف تعليق', 'إرسال التعليق', // comments
      'جميع الحقوق محفوظة',
    ]
    for (const s of chrome) {
      expect(article.text, s).not.toContain(s)
      expect(article.html, s).not.toContain(s)
    }
  })

  it('is a page where Readability alone keeps the previous/next tail (so the post-filter is tested)', () => {
    const dom = new JSDOM(page('workshop-article.html'), { url: URL_, virtualConsole: new VirtualConsole() })
    const raw = new Readability(dom.window.document).parse()?.textContent ?? ''
    expect(raw).toContain('السابق')
    expect(raw).toContain('التالي')
  })

  it('gives html of plain paragraphs', () => {
    expect(article.html.match(/<p>/g)).toHaveLength(PARAGRAPHS.length)
    expect(article.html).toContain('<p>ولا يخفي المشاركون الاوروبيون قلقهم')
  })
})

describe('extractArticle: a table-layout page of divs, inline scripts and event handlers', () => {
  const article = extract('split-divs-scripts.html')
  const paragraphs = article.text.split('\n\n')

  it('keeps every paragraph, in order, whether it sat in a <p> or a <div>', () => {
    const starts = ['أعلنت المديرية', 'وأوضح بيان', 'وأضاف البيان', 'وأشار المتحدث', 'من جهته', 'ولفت العلي', 'وتمت إحالة']
    const found = starts.map((s) => paragraphs.findIndex((p) => p.startsWith(s)))
    expect(found.every((i) => i >= 0)).toBe(true)
    expect([...found].sort((a, b) => a - b)).toEqual(found)
    expect(article.text).toContain('عمليات تفجير') // text inside <b>
    expect(article.text).toContain('الضربات الاستباقية') // text of a javascript: link
  })

  it('keeps a <br> as a line break inside its paragraph, with lines trimmed', () => {
    expect(article.text).toContain('وذخائر،\nإلى جانب أجهزة حاسوب')
    expect(article.text).not.toMatch(/ {2,}|^ | $/m)
  })

  it('drops script text, the inline "اقرأ أيضاً" link and the page tools', () => {
    for (const s of ['googletag', 'adsbygoogle', 'document.write', 'اقرأ أيضاً', 'رفع درجة التأهب', 'طباعة', 'شارك الخبر', 'الأكثر قراءة', 'أقسام الموقع']) {
      expect(article.text, s).not.toContain(s)
      expect(article.html, s).not.toContain(s)
    }
  })

  it('keeps harmless formatting in html', () => {
    expect(article.html).toContain('<b>عمليات تفجير</b>')
    expect(article.html).toContain('<strong>داعش</strong>')
  })
})

describe('extractArticle: chrome inside the article body', () => {
  const article = extract('inline-related.html')

  it('drops "اقرأ أيضا" lines and lists and the related block, keeps subheadings and a short last paragraph', () => {
    expect(article.text).not.toContain('اقرأ')
    expect(article.text).not.toContain('ضبط 40 كيلوغراماً')
    expect(article.text).not.toContain('ذات صلة')
    expect(article.text).not.toContain('الكلمات المفتاحية')
    expect(article.text).toContain('\n\nتدريب مشترك\n\n')
    // starts with the word for "share" but is the article's real last paragraph
    expect(article.text.endsWith('شارك في اللقاء مساعدو الوزير لقطاعات الأمن العام والأمن الوطني.')).toBe(true)
  })
})

describe('extractArticle: untrusted pages', () => {
  it('never runs the page scripts or event handlers', async () => {
    const g = globalThis as Record<string, unknown>
    for (const name of FIXTURES) extractArticle(page(name), URL_)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(g.__ran).toBeUndefined()
    expect(g.__ranOnerror).toBeUndefined()
    expect(g.__ranOnload).toBeUndefined()

    // Control: the fixture's scripts do reach this global when a page is allowed to run them
    // (they go through a jsdom function, which lives in Node's realm), so the check above is real.
    const dom = new JSDOM(page('script-injection.html'), { runScripts: 'dangerously', virtualConsole: new VirtualConsole() })
    try {
      expect(g.__ran).toBe(true)
    } finally {
      dom.window.close()
      delete g.__ran
    }
  })

  it.each(FIXTURES)('%s: html keeps only formatting tags and http(s) links', (name) => {
    const { html } = extract(name)
    expect(html).not.toMatch(/<script|<style|<img|<iframe|<svg|<object|<embed|<form|<input/i)
    expect(html).not.toMatch(/\son[a-z]+\s*=/i)
    expect(html).not.toMatch(/javascript:|data:|style=/i)
    const tags = new Set([...html.matchAll(/<\/?([a-z0-9]+)/gi)].map((m) => m[1].toLowerCase()))
    for (const tag of tags) expect(['p', 'br', 'b', 'strong', 'i', 'em', 'ul', 'ol', 'li', 'blockquote', 'h2', 'h3', 'h4', 'a']).toContain(tag)
    for (const [attrs] of html.matchAll(/<a\b[^>]*>/g)) expect(attrs).toMatch(/^<a( href="https?:\/\/[^"]+")?>$/)
  })

  it('keeps a real link and drops the href of javascript: and data: links', () => {
    const { html, text } = extract('script-injection.html')
    expect(html).toContain('<a href="https://example.org/map">خرائط</a>')
    expect(text).toContain('بتهريب عدد من العناصر الإرهابية وعائلاتهم من سوريا')
    expect(text).not.toContain('نص أضافه سكربت')
  })

  it('gives null for a section page of headlines', () => {
    expect(extractArticle(page('section-index.html'), URL_)).toBeNull()
  })

  it('does not throw on garbage, and gives null', () => {
    const div = '<div>خبر</div>'
    const garbage = [
      '',
      '<<<',
      '<html><body>' + div.repeat(Math.ceil(1_000_000 / div.length)) + '</body></html>', // 1 MB of divs
      '<div>'.repeat(50_000) + 'x', // absurd nesting
      '<script'.repeat(50_000),
      '<p>' + '\uFFFD'.repeat(2000) + '</p>', // a page decoded with the wrong charset
    ]
    for (const html of garbage) expect(extractArticle(html, URL_)).toBeNull()
  })

  it('takes a page URL that is not a URL (links then lose their href)', () => {
    const article = extractArticle(page('script-injection.html'), 'not a url')
    expect(article?.text).toContain('أعلنت خلية الإعلام الأمني')
  })
})

describe('dropSiteChrome', () => {
  const block = (text: string, linkRatio = 0): TextBlock => ({ text, linkRatio })
  const texts = (blocks: TextBlock[]): string[] => dropSiteChrome(blocks).map((b) => b.text)
  const body = [block(PARAGRAPHS[0]), block(PARAGRAPHS[1])]
  const kept = PARAGRAPHS.slice(0, 2)

  it('cuts the site tail: السابق / headline / التالي / headline', () => {
    const tail = [block('السابق'), block(WORKSHOP.tail.previous, 1), block('التالي'), block(WORKSHOP.tail.next, 1)]
    expect(texts([...body, ...tail])).toEqual(kept)
    expect(texts([...body, block(`السابق\n${WORKSHOP.tail.previous}`, 0.8)])).toEqual(kept)
  })

  it('folds spelling, diacritics and punctuation in labels', () => {
    for (const label of ['اقرأ أيضاً:', 'إقرأ ايضا', 'مواضيع ذات صلة', '« المقال التالي »', '3 تعليقات', 'شارك هذا المقال'])
      expect(texts([...body, block(label), block('عنوان خبر آخر', 1)]), label).toEqual(kept)
  })

  it('drops a related list in the middle but keeps the paragraphs after it', () => {
    const out = texts([body[0], block('اقرأ أيضاً'), block('خلية إرهابية في الصعيد', 1), block('تسلل عبر الحدود', 1), body[1]])
    expect(out).toEqual(kept)
  })

  it('keeps short real paragraphs, even ones that begin with a label word', () => {
    const real = ['شارك في الاجتماع وزير الداخلية وقائد الجيش.', 'التالي في جدول الأعمال ملف الحدود.', 'وللحديث صلة.']
    expect(texts([...body, ...real.map((t) => block(t))])).toEqual([...kept, ...real])
  })

  it('keeps long paragraphs after a label', () => {
    expect(texts([block('التالي'), ...body])).toEqual(kept)
  })
})
