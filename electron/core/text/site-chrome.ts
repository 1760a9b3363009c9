/**
 * Site chrome left in an article's text by the page or the feed: «اقرأ أيضاً: …» lines, blocks of
 * related headlines under «أخبار ذات صلة» or «الأكثر قراءة», «السابق / التالي» links, share and tag
 * lines. A headline there is another story: it must never count toward this article's flags.
 * Found line by line on the original text (cues folded as the matcher folds words): linear.
 */
import { normalize } from './normalize'

/** A line starting so is one chrome line (a link to another story). */
const LINE_CUES = ['اقرا ايضا', 'اقرا كذلك', 'اقرا المزيد', 'اقرا ايضاً', 'شاهد ايضا', 'طالع ايضا', 'يهمك ايضا', 'قد يهمك', 'قد يعجبك', 'تابع ايضا', 'ننصحك بقراءه', 'السابق', 'التالي', 'الوسوم', 'وسوم', 'كلمات مفتاحيه', 'الكلمات الداله', 'الكلمات المفتاحيه']

/** A line that is only this heads a block of headlines: it and the short lines after it are chrome. */
const BLOCK_HEADINGS = new Set([
  'اخبار ذات صله', 'مواضيع ذات صله', 'مقالات ذات صله', 'مواد ذات صله', 'روابط ذات صله', 'اخبار متعلقه', 'مواضيع متعلقه',
  'الاكثر قراءه', 'الاكثر مشاهده', 'الاكثر تداولا', 'الاكثر قراءه اليوم', 'مواضيع قد تهمك', 'اخبار قد تهمك', 'قد يعجبك ايضا',
  'قد يهمك ايضا', 'قد يهمك', 'قد يعجبك', 'اقرا ايضا', 'اقرا المزيد', 'اخر الاخبار', 'المزيد من الاخبار', 'شاهد ايضا', 'مقالات مقترحه',
  'اخبار مقترحه', 'السابق', 'التالي', 'السابق التالي', 'اخبار اخري', 'مواضيع اخري', 'في نفس القسم', 'من نفس القسم',
])

/** Share lines: short, naming the networks. */
const SHARE_START = /^(شارك|مشاركه|تابعونا|تابعوا|انشر)/u
const NETWORKS = /(فيسبوك|فيس بوك|تويتر|واتساب|واتس اب|تلغرام|تيليجرام|لينكد|انستغرام|انستجرام|اكس|facebook|twitter|whatsapp|telegram|x)\b/iu

/** A line under a block heading is a headline while it is this short (a paragraph is longer). */
const MAX_HEADLINE_WORDS = 25
/** Headlines a block may hold before a line is taken for text again. */
const MAX_BLOCK_LINES = 10

/** Characters of a line folded to look for a cue: more than the longest cue or heading. */
const FOLDED_LENGTH = 48

/** Words in text[from, to), counted by their starts, without building strings. */
function wordCount(text: string, from: number, to: number): number {
  let words = 0
  let inWord = false
  for (let i = from; i < to; i++) {
    const space = text.charCodeAt(i) <= 0x20
    if (!space && !inWord) words++
    inWord = !space
  }
  return words
}

/** The chrome of a text as [start, end) offset pairs into it, in order. */
export function chromeRanges(text: string): number[] {
  const ranges: number[] = []
  let blockLeft = 0
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start)
    const end = newline < 0 ? text.length : newline
    const words = wordCount(text, start, Math.min(end, start + 400))
    // A paragraph longer than any chrome line is text: most lines of an article end here, unfolded.
    if (words > MAX_HEADLINE_WORDS + 3) {
      blockLeft = 0
      start = end + 1
      continue
    }
    // Cues and headings are short: folding the start of a line is enough to recognise them.
    const line = folded(text.slice(start, Math.min(end, start + FOLDED_LENGTH)))
    if (line !== '') {
      if (end - start <= FOLDED_LENGTH && BLOCK_HEADINGS.has(line)) {
        blockLeft = MAX_BLOCK_LINES
        ranges.push(start, end)
      } else if (blockLeft > 0 && words <= MAX_HEADLINE_WORDS && end - start < 400) {
        blockLeft--
        ranges.push(start, end)
      } else if (isChromeLine(line, words)) {
        blockLeft = 0
        ranges.push(start, end)
      } else {
        blockLeft = 0
      }
    }
    start = end + 1
  }
  return ranges
}

function isChromeLine(line: string, words: number): boolean {
  if (LINE_CUES.some((cue) => line === cue || line.startsWith(`${cue} `))) return words <= MAX_HEADLINE_WORDS + 3
  return SHARE_START.test(line) && words <= 10 && NETWORKS.test(line)
}

/** A line's start folded for comparing with the cues: letters and single spaces only. */
function folded(line: string): string {
  return normalize(line)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}
