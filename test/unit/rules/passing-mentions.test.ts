/**
 * A long article's passing mention weighs less (PASSING_FACTOR): one asserted body occurrence past
 * the lead, in no paragraph of its own, of a subject the headline and the lead do not assert.
 */
import { describe, expect, it } from 'vitest'
import { Matcher } from '../../../electron/core/rules/matcher'
import { DETAILED_PARAGRAPH_WORDS, PASSING_FACTOR } from '../../../electron/core/rules/term-strength'
import type { TermSet, Watchlist } from '../../../electron/core/rules/types'

type Term = { query: string; weight: number }

function run(terms: Term[], body: string, options: { title?: string; sets?: TermSet[] } = {}) {
  const watchlist: Watchlist = { id: 'w', name: 'w', terms, exclude: [], notify: true }
  const [score] = new Matcher({ sets: options.sets ?? [], watchlists: [watchlist] }).run({ title: options.title ?? '', body }).scores
  return { score: score?.score ?? 0 }
}

const filler = (n: number): string => Array.from({ length: n }, (_, i) => `كلمة${i % 10}`).join(' ')

describe('a long article’s passing mention weighs less (PASSING_FACTOR)', () => {
  const terms: Term[] = [{ query: 'اعتقال', weight: 2 }]

  it('one mention past the lead of a long article counts less, and alone does not reach the threshold', () => {
    expect(run(terms, `${filler(100)}. وجرى اعتقال شخص. ${filler(100)}`).score).toBe(2 * PASSING_FACTOR)
  })

  it('in a paragraph of its own, three sentences or more, past the lead it counts in full', () => {
    const detailed = 'وجرى اعتقال شخص في الحي. وضُبطت بحوزته أسلحة. وأحيل إلى النيابة.'
    // A story of five paragraphs, seven sentences: the third paragraph tells the arrest.
    const story = (third: string, lineBreak = '\n') => [`${filler(80)}.`, `${filler(40)}. ${filler(20)}.`, third, `${filler(60)}.`, `${filler(20)}.`].join(lineBreak)
    expect(run(terms, story(detailed)).score).toBe(2)
    // The same sentences in paragraphs of one and two are a clause in passing.
    expect(run(terms, story('وجرى اعتقال شخص في الحي.\nوضُبطت بحوزته أسلحة. وأحيل إلى النيابة.')).score).toBe(2 * PASSING_FACTOR)
    // So is a body of one paragraph, or one that keeps no line break but its dateline's.
    expect(run(terms, story(detailed, ' ')).score).toBe(2 * PASSING_FACTOR)
    expect(run(terms, `القاهرة - وكالات\n${story(detailed, ' ')}`).score).toBe(2 * PASSING_FACTOR)
    // A line of site chrome taken out still parts paragraphs; CR LF breaks lines as LF does.
    expect(run(terms, story(`${detailed}\r\nاقرأ أيضاً: أخبار ذات صلة`, '\r\n')).score).toBe(2)
  })

  it('in a paragraph of one long sentence, DETAILED_PARAGRAPH_WORDS words or more, past the lead it counts in full', () => {
    const story = (third: string) => [`${filler(80)}.`, `${filler(40)}. ${filler(20)}.`, third, `${filler(80)}.`, `${filler(60)}.`].join('\n')
    const report = (words: number) => `وتزامناً مع ذلك جرى اعتقال شخص في الحي، ${filler(words - 8)}.`
    expect(run(terms, story(report(DETAILED_PARAGRAPH_WORDS))).score).toBe(2)
    // One word shorter, it is a clause in passing.
    expect(run(terms, story(report(DETAILED_PARAGRAPH_WORDS - 1))).score).toBe(2 * PASSING_FACTOR)
  })

  it('in the lead, twice, in the title, or in a short text, it counts in full', () => {
    expect(run(terms, `أعلنت الشرطة اعتقال شخص. ${filler(200)}`).score).toBe(2)
    expect(run(terms, `${filler(100)}. وجرى اعتقال شخص. ${filler(50)}. وتم اعتقال آخر. ${filler(50)}`).score).toBe(2)
    expect(run(terms, `${filler(100)}. وجرى اعتقال شخص. ${filler(100)}`, { title: 'اعتقال شخص' }).score).toBe(4)
    expect(run(terms, `${filler(60)}. وجرى اعتقال شخص.`).score).toBe(2)
  })
})

describe('a headline or lead that names the subject without its context', () => {
  const drill: Term[] = [{ query: 'تمرين SENT الشرطة', weight: 2 }]
  const body = (lead: string) => `${lead} ${filler(100)}. ونفذت الشرطة تمريناً في الميناء. ${filler(100)}`

  it('makes the story about it: the body mention with its context counts in full', () => {
    // Without the headline, the one body sentence with both words is a mention in passing.
    expect(run(drill, body('')).score).toBe(2 * PASSING_FACTOR)
    // «الداخلية تختتم تمريناً»: the headline is about a drill; the body says whose.
    expect(run(drill, body(''), { title: 'الداخلية تختتم تمريناً مكتبياً' }).score).toBe(2)
    expect(run(drill, body('اختتم اليوم تمرين واسع في المدينة.')).score).toBe(2)
  })

  it('does not when the headline or lead only denies or negates it', () => {
    expect(run(drill, body(''), { title: 'لم يكن تمريناً' }).score).toBe(2 * PASSING_FACTOR)
    expect(run(drill, body('لا تمرين في المدينة هذا العام.')).score).toBe(2 * PASSING_FACTOR)
  })

  it('through an OR of such terms, and not for a subject named only past the lead', () => {
    const either: Term[] = [{ query: '(تمرين SENT الشرطة) OR (مناورة SENT الجيش)', weight: 2 }]
    expect(run(either, body(''), { title: 'تمرين في الميناء' }).score).toBe(2)
    expect(run(drill, `${filler(100)}. وجرى تمرين. ${body('')}`).score).toBe(2 * PASSING_FACTOR)
  })

  it('a term set is a unit: its members keep their own constraints', () => {
    // «دورة الألعاب» (the Games) in the headline is no course: the set wants «دورة تدريبية».
    const sets: TermSet[] = [{ name: 'courses', terms: ['دورة NEAR/1 تدريبية'] }]
    const course: Term[] = [{ query: '@courses SENT الشرطة', weight: 2 }]
    const story = `${filler(100)}. ونظمت الشرطة دورة تدريبية في الميناء. ${filler(100)}`
    expect(run(course, story, { sets, title: 'انطلاق دورة الألعاب الخليجية' }).score).toBe(2 * PASSING_FACTOR)
    expect(run(course, story, { sets, title: 'اختتام دورة تدريبية' }).score).toBe(2)
  })
})
