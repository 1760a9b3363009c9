/**
 * Site chrome lines (text/site-chrome.ts). A short line is folded only when its first word starts a
 * cue: the cue must still be found however the page spelled it before that word or inside it.
 */
import { describe, expect, it } from 'vitest'
import { chromeRangesInSteps } from '../../../electron/core/text/site-chrome'
import { runSteps } from '../../../electron/core/work/steps'

const chromeLines = (text: string): string[] => {
  const ranges = runSteps(chromeRangesInSteps(text))
  const lines: string[] = []
  for (let i = 0; i < ranges.length; i += 2) lines.push(text.slice(ranges[i], ranges[i + 1]))
  return lines
}

const STORY = 'أعلنت وزارة الداخلية توقيف ثلاثة أشخاص في العاصمة بعد مداهمة ليلية.'

describe('site chrome lines', () => {
  it('are found whatever comes before the cue word or inside it', () => {
    for (const cue of ['» اقرأ أيضاً: وزير الخارجية يصل إلى الرياض', '- اقرأ\u200bأيضاً: وزير الخارجية يصل', 'اقـــرأ أيضًا\u00a0: وزير الخارجية يصل', '  شاركنا على فيسبوك وتويتر']) {
      expect(chromeLines(`${STORY}\n${cue}\n${STORY}`), cue).toEqual([cue])
    }
  })

  it('leave short text lines alone, cue words later in them included', () => {
    const line = 'قال الوزير: اقرأ أيضاً ما كتبناه أمس'
    expect(chromeLines(`${STORY}\n${line}\n${STORY}`)).toEqual([])
  })

  it('include the blocks an opinion page and a similar-stories box head: «مقالات أخرى», «مواضيع مشابهة», «لا يفوتك»', () => {
    for (const heading of ['مقالات أخرى', 'مواضيع مشابهة', 'لا يفوتك']) {
      const block = `${heading}\n«الداخلية»: ضبط 12 شخصاً في مداهمة لوكر مخالفين\nجامعة قطر تحتفل بتخريج دفعة جديدة`
      expect(chromeLines(`${STORY}\n${block}`), heading).toEqual(block.split('\n'))
    }
  })

  it('include a heading with its one headline on the same line, the next or previous story, and tags', () => {
    for (const line of ['الأكثر قراءة: النيابة تأمر بحبس سائق 4 أيام على ذمة التحقيق', 'الخبر التالي: الزمالك يعلن تفاصيل إصابة ظهيره', 'المقال التالي: الجيش يوقف مطلوباً في بعلبك', 'كلمات دالة: الشرطة، المرور']) {
      expect(chromeLines(`${STORY}\n${line}`), line).toEqual([line])
    }
    const related = 'مرتبط\nالأمن الداخلي يفكك خلية لتهريب السلاح في القنيطرة'
    expect(chromeLines(`${STORY}\n${related}`)).toEqual(related.split('\n'))
    // A sentence of the article that starts with the same words is no chrome.
    expect(chromeLines(`${STORY}\nالأكثر قراءة في الصحف هذا الأسبوع كان خبر المداهمة.`)).toEqual([])
  })
})
