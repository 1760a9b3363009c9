import { describe, expect, it } from 'vitest'
import { paragraphsOf } from '../../../electron/core/text/paragraphs'
import { tokenize } from '../../../electron/core/text/tokenize'

const counts = (text: string, keep: (word: string) => boolean = () => true): number[] => {
  const tokens = tokenize(text).filter((t) => keep(text.slice(t.start, t.end)))
  const { sentencesBySentence } = paragraphsOf(tokens, text)
  return [...new Set(tokens.map((t) => t.sentence))].map((s) => sentencesBySentence[s])
}

describe('paragraphsOf', () => {
  it('gives each sentence the size of its paragraph: the sentences between two line breaks', () => {
    const text = 'أعلنت الوزارة خطتها.\nونفذت الشرطة تمريناً. وشارك فيه مئة عنصر؛ واستمر يومين.\nوفي الختام شكر الوزير المشاركين.'
    expect(counts(text)).toEqual([1, 3, 3, 3, 1])
    expect(paragraphsOf(tokenize(text), text).sentences).toBe(5)
    expect([...paragraphsOf(tokenize(text), text).paragraphBySentence]).toEqual([0, 1, 1, 1, 2])
  })

  it('a line break in text the tokens skip (site chrome taken out) still ends a paragraph', () => {
    const text = 'نفذت الشرطة تمريناً. وشارك فيه مئة عنصر.\nاقرأ أيضاً\nواستمر التمرين يومين. وانتهى بنجاح.'
    expect(counts(text, (w) => w !== 'اقرأ' && w !== 'أيضاً')).toEqual([2, 2, 2, 2])
  })

  it('counts each paragraph’s words beside its sentences', () => {
    const text = 'جملة أولى طويلة. جملة ثانية.\nجملة ثالثة.'
    expect(Array.from(paragraphsOf(tokenize(text), text).wordsBySentence)).toEqual([5, 5, 2])
  })

  it('a text of one line is one paragraph; no words, no sentences', () => {
    expect(counts('جملة أولى. جملة ثانية. جملة ثالثة.')).toEqual([3, 3, 3])
    expect(paragraphsOf(tokenize('جملة أولى. جملة ثانية.'), 'جملة أولى. جملة ثانية.')).toEqual({
      sentences: 2,
      sentencesBySentence: Int32Array.from([2, 2]),
      paragraphBySentence: Int32Array.from([0, 0]),
      words: 4,
      wordsBySentence: Int32Array.from([4, 4]),
      switchedBySentence: Uint8Array.from([0, 0]),
    })
    expect(paragraphsOf([], '')).toEqual({ sentences: 0, sentencesBySentence: new Int32Array(0), paragraphBySentence: new Int32Array(0), words: 0, wordsBySentence: new Int32Array(0), switchedBySentence: new Uint8Array(0) })
  })

  it('marks the sentences of a paragraph that opens by changing the subject, with or without و', () => {
    const text = [
      'افتتح المهرجان أمس. وحضره آلاف الزوار.',
      'على صعيد آخر، أعلنت الشرطة اعتقال ثلاثة. وضبطت أسلحة.',
      'وفي سياق منفصل، تراجعت أسعار الذهب.',
      'وفي خبر آخر عن المهرجان قال مديره إنه نجح.',
      'وعلى الصعيد الاقتصادي ارتفعت الصادرات. وفي سياق آخر لم يذكر.',
    ].join('\n')
    expect(Array.from(paragraphsOf(tokenize(text), text).switchedBySentence)).toEqual([0, 0, 1, 1, 1, 1, 0, 0])
  })
})
