/** Plain text out of feed HTML: what a browser would show as text, and nothing from inside a tag. */
import { describe, expect, it } from 'vitest'
import { htmlToText, tidyWhitespace, type TextWork } from '../../../electron/core/feeds/html-text'

describe('htmlToText: what stays', () => {
  it('keeps paragraphs apart with a blank line and a <br> as one line break', () => {
    expect(htmlToText('<p>فقرة <b>أولى</b></p><p>فقرة ثانية</p>')).toBe('فقرة أولى\n\nفقرة ثانية')
    expect(htmlToText('<div>أعلنت المديرية العامة للأمن العام<br>توقيف ثلاثة أشخاص</div>')).toBe('أعلنت المديرية العامة للأمن العام\nتوقيف ثلاثة أشخاص')
    expect(htmlToText('<ul><li>بيروت</li><li>طرابلس</li></ul><h2>التفاصيل</h2>نص')).toBe('بيروت\n\nطرابلس\n\nالتفاصيل\nنص')
  })

  it('decodes entities, named and numeric, and collapses spaces (no-break spaces too)', () => {
    expect(htmlToText('عنوان &amp; خبر &quot;عاجل&quot; &#1605;&#x0631;&nbsp;&nbsp;حبا')).toBe('عنوان & خبر "عاجل" مر حبا')
    expect(htmlToText('<p>  الأمن   العام \t </p>')).toBe('الأمن العام')
  })

  it('leaves plain text alone, lone < and & included', () => {
    expect(htmlToText('سعر الصرف < 90 ألف & ارتفاع')).toBe('سعر الصرف < 90 ألف & ارتفاع')
    expect(htmlToText('سطر أول\nسطر ثان')).toBe('سطر أول\nسطر ثان')
  })

  it('adds no space where an inline tag sits inside a word, as a browser shows it', () => {
    expect(htmlToText('<p>الإ<b>ره</b>اب</p>')).toBe('الإرهاب')
    expect(htmlToText('<table><tr><td>الاسم</td><td>العمر</td></tr></table>')).toBe('الاسم العمر')
  })

  it('drops what a browser never shows: script, style, template, noscript, svg', () => {
    const html =
      '<p>داهمت دورية</p><script>alert("x")</script><style>p{color:red}</style>' +
      '<template><p>قالب مخفي</p></template><noscript><p>فعّل جافاسكربت</p></noscript><svg><text>رسم</text></svg><p>مستودعاً للأسلحة</p>'
    expect(htmlToText(html)).toBe('داهمت دورية\n\nمستودعاً للأسلحة')
  })
})

describe('htmlToText: nothing leaks out of markup', () => {
  it('a > inside a quoted attribute stays inside the tag', () => {
    expect(htmlToText('<p title="a>b">نص</p>')).toBe('نص')
    expect(htmlToText(`<p><a href="https://example.com/?q=a>b" title='اعتقال > خلية'>اعتقال خلية إرهابية</a> في بيروت</p>`)).toBe('اعتقال خلية إرهابية في بيروت')
    expect(htmlToText('<img alt="صورة > المتهمين" src="https://e.com/a.jpg">أوقفت القوى الأمنية المتهمين')).toBe('أوقفت القوى الأمنية المتهمين')
  })

  it('comments are dropped whole, tags inside them included, and a <!-- inside a script opens none', () => {
    expect(htmlToText('<p>أعلنت المديرية<!-- <p title="x">إعلان ممول</p> --> توقيف المشتبه به</p>')).toBe('أعلنت المديرية توقيف المشتبه به')
    expect(htmlToText('<script>document.write("<!--")</script><p>أوقفت دورية من الجيش مطلوباً</p><!-- إعلان -->')).toBe('أوقفت دورية من الجيش مطلوباً')
  })

  it('CDATA: its content is read, its markers are not', () => {
    expect(htmlToText('<![CDATA[<p>داهمت القوى الأمنية مستودعاً</p>]]>')).toBe('داهمت القوى الأمنية مستودعاً')
    expect(htmlToText('<p>نسبة الإنجاز <![CDATA[> 90 بالمئة]]></p>')).toBe('نسبة الإنجاز > 90 بالمئة')
  })

  it('a script with </p> and a<b inside, closed or cut off, shows nothing of itself', () => {
    expect(htmlToText('<p>قبل</p><script>if (a<b && c>d) document.write("</p><p>حقن")</script><p>بعد</p>')).toBe('قبل\n\nبعد')
    expect(htmlToText('<p>خبر عاجل</p><script>var s = "</p><p>حقن";')).toBe('خبر عاجل')
  })

  it('an unclosed tag cut off at the end leaves no attribute text behind', () => {
    expect(htmlToText('<p>توقيف مطلوب بجرم إرهاب <a href="https://e.com/x" title="غير مغلق')).toBe('توقيف مطلوب بجرم إرهاب')
    expect(htmlToText('<p>أوقفت <b>الشرطة</p> ثلاثة متهمين')).toBe('أوقفت الشرطة\nثلاثة متهمين')
  })

  // htmlparser2's Parser, which this replaced, searched its stack of open elements on each close
  // tag: n unclosed tags and n stray closes cost it n² steps. Here the work is counted, and twice
  // the markup must cost at most about twice the work, with the text still right.
  it.each<[string, (n: number) => string, string]>([
    ['nested unclosed tags', (n) => '<div><b>'.repeat(n) + 'نص', 'نص'],
    ['unclosed attributes', (n) => '<p title="a'.repeat(2 * n), ''],
    ['unclosed tags, then as many stray closes', (n) => '<div>'.repeat(n) + '</span>'.repeat(n) + 'نص', 'نص'],
    ['hidden elements opened and closed', (n) => '<template>'.repeat(n) + '</template>'.repeat(n) + 'نص', 'نص'],
    ['a comment left open', (n) => 'نص<!--' + '<p>'.repeat(2 * n), 'نص'],
  ])('work linear in the input on pathological markup: %s', (_name, markup, text) => {
    const counted = (n: number): number => {
      const work: TextWork = { steps: 0 }
      expect(htmlToText(markup(n), work)).toBe(text)
      return work.steps
    }
    const [small, large] = [counted(50_000), counted(100_000)]
    expect(small).toBeGreaterThanOrEqual(markup(50_000).length)
    expect(large / small).toBeLessThan(2.1)
    expect(large).toBeLessThan(4 * markup(100_000).length)
  })
})

describe('tidyWhitespace', () => {
  it('trims lines and keeps at most one blank line', () => {
    expect(tidyWhitespace(' أ \r\n\r\n\r\n\n ب ')).toBe('أ\n\nب')
  })
})
