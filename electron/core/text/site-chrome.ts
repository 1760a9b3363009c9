/**
 * Site chrome left in an article's text by the page or the feed: «اقرأ أيضاً: …» lines, blocks of
 * related headlines under «أخبار ذات صلة» or «الأكثر قراءة», «السابق / التالي» links, share and tag
 * lines. A headline there is another story: it must never count toward this article's flags.
 * Found line by line on the original text (the start of a line folded as the matcher folds words):
 * linear, and in steps so a caller can pause on a long text.
 *
 * Real text must never be taken for chrome, so every rule is narrow: a block of headlines ends at
 * a blank line after its first headline, at a line that ends like a sentence, or after a few
 * lines; a cue word that also begins ordinary sentences («السابق ذكره…», «قد يهمك أن تعرف…»)
 * counts only when a separator follows it («السابق: …», «التالي | …»).
 */
import { normalize } from './normalize'

/** A line starting so is a link to another story (when it is short). */
const LINK_CUES = ['اقرا ايضا', 'اقرا كذلك', 'اقرا المزيد', 'شاهد ايضا', 'طالع ايضا', 'يهمك ايضا', 'تابع ايضا', 'ننصحك بقراءه', 'اقرا ايضا في']

/** Cue words that also begin ordinary sentences: chrome only with a separator after them. */
const SEPARATED_CUES = [
  'السابق', 'التالي', 'قد يهمك', 'قد يعجبك', 'الوسوم', 'وسوم', 'كلمات مفتاحيه', 'الكلمات الداله', 'الكلمات المفتاحيه', 'كلمات داله', 'المصدر',
  'الخبر التالي', 'الخبر السابق', 'المقال التالي', 'المقال السابق', 'الموضوع التالي', 'الموضوع السابق',
]
const SEPARATOR = /^[^\p{L}]*[\s\p{L}]*?[:|–—\-»›>]/u

/** A line that is only this heads a block of headlines: it and the short lines after it are chrome. */
const BLOCK_HEADINGS = new Set([
  'اخبار ذات صله', 'مواضيع ذات صله', 'مقالات ذات صله', 'مواد ذات صله', 'روابط ذات صله', 'اخبار متعلقه', 'مواضيع متعلقه',
  'الاكثر قراءه', 'الاكثر مشاهده', 'الاكثر تداولا', 'الاكثر قراءه اليوم', 'مواضيع قد تهمك', 'اخبار قد تهمك', 'قد يعجبك ايضا',
  'قد يهمك ايضا', 'قد يهمك', 'قد يعجبك', 'اقرا ايضا', 'اقرا المزيد', 'اخر الاخبار', 'المزيد من الاخبار', 'شاهد ايضا', 'مقالات مقترحه',
  'اخبار مقترحه', 'السابق', 'التالي', 'السابق التالي', 'اخبار اخري', 'مواضيع اخري', 'في نفس القسم', 'من نفس القسم',
  'ذات صله', 'موضوعات ذات صله', 'موضوعات متعلقه', 'مقالات متعلقه', 'روابط متعلقه', 'اخبار ذات علاقه', 'مواضيع ذات علاقه',
  'المزيد', 'شاهد المزيد', 'اخترنا لك', 'ننصحك بقراءه',
  // An opinion page's «مقالات أخرى» (for the writer), similar and linked stories, «لا يفوتك».
  'مقالات اخري', 'مقالات اخري للكاتب', 'مقالات للكاتب', 'مقالات الكاتب', 'للكاتب نفسه', 'اخبار مشابهه', 'مواضيع مشابهه', 'مقالات مشابهه',
  'الاخبار ذات الصله', 'المقالات ذات الصله', 'المواضيع ذات الصله', 'اخبار مرتبطه', 'مواضيع مرتبطه', 'مقالات مرتبطه', 'قصص ذات صله',
  'تقارير ذات صله', 'عناوين اخري', 'ربما يهمك', 'ربما يعجبك', 'لا يفوتك', 'لا تفوتك', 'مرتبط', 'ذو صله',
])

/**
 * A short line starting so heads a block too: a section's own "more" list («المزيد من محليات»,
 * «المزيد في اقتصاد»). Text that starts so is a longer sentence; a line ending in «:» introduces
 * what follows («المزيد من التفاصيل:»), it does not head a list of other stories.
 */
const SECTION_HEADING_STARTS = ['المزيد من', 'المزيد في', 'اخر اخبار', 'اقرا ايضا في']
const NOT_SECTIONS = ['المزيد من التفاصيل', 'المزيد من المعلومات']
const MAX_SECTION_HEADING_WORDS = 4

/** Share lines: short, starting so, naming a network. */
const SHARE_STARTS = ['شارك', 'مشاركه', 'تابعونا', 'تابعوا', 'انشر']
const SHARE_START = new RegExp(`^(${SHARE_STARTS.join('|')})`, 'u')
const NETWORKS = /(?<!\p{L})(فيسبوك|فيس بوك|تويتر|واتساب|واتس اب|تلغرام|تيليجرام|لينكد ان|لينكدان|انستغرام|انستجرام|اكس|facebook|twitter|whatsapp|telegram|linkedin|x)(?!\p{L})/iu
const MAX_SHARE_WORDS = 10

/** A line under a block heading is a headline while it is this short (a paragraph is longer). */
const MAX_HEADLINE_WORDS = 25
/** Headlines a block may hold before a line is taken for text again. */
const MAX_BLOCK_LINES = 8
/** A line ending so is a sentence of the article, not a headline. */
const SENTENCE_ENDING = /[.؟?!…]["'»”)]*\s*$/u

/** Characters of a line folded to look for a cue: more than the longest cue or heading. */
const FOLDED_LENGTH = 48
/** Lines looked at between two steps of chromeRangesInSteps. */
const STEP_LINES = 4_096

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

/** The chrome of a text as [start, end) offset pairs into it, in order, stopping (yielding) every few thousand lines so a caller can pause. */
export function* chromeRangesInSteps(text: string): Generator<void, number[]> {
  const ranges: number[] = []
  /** Headlines left in the current block (0: not in a block), and whether one was seen yet. */
  let blockLeft = 0
  let blockStarted = false
  let lines = 0
  for (let start = 0; start < text.length; ) {
    if (++lines % STEP_LINES === 0) yield
    const newline = text.indexOf('\n', start)
    const end = newline < 0 ? text.length : newline
    const words = wordCount(text, start, Math.min(end, start + 400))
    if (words === 0) {
      // A blank line ends a block, once it has a headline (a heading may stand apart from its list).
      if (blockStarted) blockLeft = 0
    } else if (words > MAX_HEADLINE_WORDS + 3) {
      // A paragraph longer than any chrome line is text: most lines of an article end here, unfolded.
      blockLeft = 0
    } else {
      const raw = text.slice(start, Math.min(end, start + FOLDED_LENGTH))
      // Most short lines are text whose first word starts no cue: the line is folded only when it might.
      const line = mayStartCue(raw) ? folded(raw) : ''
      if (line !== '' && end - start <= FOLDED_LENGTH && (BLOCK_HEADINGS.has(line) || isSectionHeading(line, raw, words))) {
        blockLeft = MAX_BLOCK_LINES
        blockStarted = false
        ranges.push(start, end)
      } else if (blockLeft > 0 && words <= MAX_HEADLINE_WORDS && !SENTENCE_ENDING.test(text.slice(Math.max(start, end - 8), end))) {
        blockLeft--
        blockStarted = true
        ranges.push(start, end)
      } else {
        blockLeft = 0
        if (line !== '' && isChromeLine(line, raw, words)) ranges.push(start, end)
      }
    }
    start = end + 1
  }
  return ranges
}

function isSectionHeading(line: string, raw: string, words: number): boolean {
  if (words > MAX_SECTION_HEADING_WORDS || /[:：]\s*$/u.test(raw) || NOT_SECTIONS.some((not) => line.startsWith(not))) return false
  return SECTION_HEADING_STARTS.some((start) => line.startsWith(`${start} `))
}

function isChromeLine(line: string, raw: string, words: number): boolean {
  if (LINK_CUES.some((cue) => line === cue || line.startsWith(`${cue} `))) return words <= MAX_HEADLINE_WORDS + 3
  // A block's heading with its one headline on the same line: «الأكثر قراءة: …».
  if (HEADING_LIST.some((heading) => line.startsWith(`${heading} `))) return SEPARATOR.test(raw) && words <= MAX_HEADLINE_WORDS + 3
  if (SEPARATED_CUES.some((cue) => line === cue || line.startsWith(`${cue} `))) return SEPARATOR.test(raw)
  return SHARE_START.test(line) && words <= MAX_SHARE_WORDS && NETWORKS.test(line)
}

/** The block headings of more than one word, for a heading followed on its line by a headline. */
const HEADING_LIST = [...BLOCK_HEADINGS].filter((heading) => heading.includes(' '))

/** The first words of every cue and heading: a folded line starting with none of them is none of them. */
const CUE_FIRST_WORDS = new Set([...LINK_CUES, ...SEPARATED_CUES, ...BLOCK_HEADINGS, ...SECTION_HEADING_STARTS].map((cue) => cue.split(' ')[0]))

/** Whether folded(raw) could be a cue or heading line: its first word starts one (folding only that word). */
function mayStartCue(raw: string): boolean {
  for (const chunk of raw.split(/\s+/u)) {
    // Normalization works character by character: the chunk's first word is folded(raw)'s first word.
    const word = /[\p{L}\p{N}]+/u.exec(normalize(chunk))?.[0]
    if (word !== undefined) return CUE_FIRST_WORDS.has(word) || SHARE_STARTS.some((share) => word.startsWith(share))
  }
  return false
}

/** A line's start folded for comparing with the cues: letters and single spaces only. */
function folded(line: string): string {
  return normalize(line)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}
