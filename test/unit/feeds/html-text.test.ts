/** Plain text out of feed HTML: what a browser would show as text, and nothing from inside a tag. */
import { describe, expect, it } from 'vitest'
import { htmlToText, tidyWhitespace } from '../../../electron/core/feeds/html-text'

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

  it('finishes on pathological markup: 200,000 nested unclosed tags, unclosed attributes, open comments', () => {
    expect(htmlToText('<div><b>'.repeat(100_000) + 'نص')).toBe('نص')
    expect(htmlToText('<p title="a'.repeat(200_000))).toBe('')
    expect(htmlToText('<div>'.repeat(100_000) + '</span>'.repeat(100_000) + 'نص')).toBe('نص')
    expect(htmlToText('<template>'.repeat(100_000) + '</template>'.repeat(100_000) + 'نص')).toBe('نص')
    expect(htmlToText('نص<!--' + '<p>'.repeat(200_000))).toBe('نص')
  })
})

describe('tidyWhitespace', () => {
  it('trims lines and keeps at most one blank line', () => {
    expect(tidyWhitespace(' أ \r\n\r\n\r\n\n ب ')).toBe('أ\n\nب')
  })
})
