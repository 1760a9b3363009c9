/**
 * A denial read by several terms is one statement. «نفى … وجود أي تنسيق أمني» is found by a phrase
 * and by a SENT term at once, and counts once, at the larger of the two, however many terms see it.
 * Denials in different sentences are different statements and still add up. A passing sentence deep
 * in a long article is not a denial: two terms at two places in it are a detailed statement, and add
 * up; two terms reading one word of it are one mention.
 */
import { describe, expect, it } from 'vitest'
import { Matcher } from '../../../electron/core/rules/matcher'
import { PASSING_FACTOR } from '../../../electron/core/rules/term-strength'
import type { Watchlist } from '../../../electron/core/rules/types'

const watchlist: Watchlist = {
  id: 'coop',
  name: 'coop',
  threshold: 2,
  notify: true,
  exclude: [],
  terms: [
    { query: '"تنسيق أمني"', weight: 2 },
    { query: 'تنسيق SENT (واشنطن OR أمريكي)', weight: 1 },
    { query: 'تنسيق SENT أمني', weight: 2 },
  ],
}

const scoreOf = (body: string) => new Matcher([watchlist]).run({ title: '', body }).scores[0]

/** Two terms reading two different words: their contributions show what counts as one statement. */
const raids: Watchlist = { ...watchlist, terms: [{ query: 'اعتقال', weight: 2 }, { query: 'مداهمة', weight: 2 }] }
const run = (title: string, body: string) => new Matcher([raids]).run({ title, body }).scores[0]

describe('denied statements count once', () => {
  it('three terms on one denial add up to one denied mention, and do not flag', () => {
    const score = scoreOf('نفى المتحدث باسم الخارجية وجود أي تنسيق أمني مع واشنطن بشأن الملاحة في المضيق.')
    expect(score.score).toBe(1)
    expect(score.flagged).toBe(false)
    // Each term still says it held; the ones the denial already counted add nothing.
    expect(score.terms.map((t) => t.contribution)).toEqual([1, 0, 0])
  })

  it('the larger term keeps the count whichever comes first', () => {
    const reordered = new Matcher([{ ...watchlist, terms: [watchlist.terms[1], watchlist.terms[0]] }])
    const [score] = reordered.run({ title: '', body: 'نفت الوزارة أي تنسيق أمني مع واشنطن.' }).scores
    expect(score.terms.map((t) => t.contribution)).toEqual([0, 1])
    expect(score.score).toBe(1)
  })

  it('denials in two sentences are two statements', () => {
    const body = 'نفت الشرطة اعتقال أي صحفي. كما نفت مداهمة مقر الجريدة.'
    expect(run('', body).score).toBe(2)
    expect(run('', 'نفت الشرطة اعتقال أي صحفي أو مداهمة مقر الجريدة.').score).toBe(1)
  })

  it('an asserted mention is untouched: every term weighs in full', () => {
    const score = scoreOf('بحث الوزيران تعزيز التنسيق الأمني مع واشنطن في مكافحة الإرهاب.')
    expect(score.terms.map((t) => t.contribution)).toEqual([2, 1, 2])
    expect(score.flagged).toBe(true)
  })
})

describe('a passing sentence of a long article', () => {
  const filler = (n: number): string => Array.from({ length: n }, (_, i) => `كلمة${i % 10}`).join(' ')
  const scoreOf = (body: string) => run('', body)
  /** A weight-2 term read in passing. */
  const passing = 2 * PASSING_FACTOR

  it('weighs less for one term, and two terms in it add up: a detailed statement, not a word in passing', () => {
    expect(scoreOf(`${filler(100)}. وجرى اعتقال شخص في الحي. ${filler(100)}`)).toMatchObject({ score: passing, flagged: false })
    const score = scoreOf(`${filler(100)}. وشملت الحملة اعتقال شخص ومداهمة منزله. ${filler(100)}`)
    expect(score.terms.map((t) => t.contribution)).toEqual([passing, passing])
    expect(score.flagged).toBe(true)
  })

  it('two terms reading the same word in passing are one mention; a third at another place adds', () => {
    const three: Watchlist = { ...raids, terms: [{ query: 'اعتقال', weight: 2 }, { query: 'اعتقال SENT الشرطة', weight: 2 }, { query: 'مداهمة', weight: 2 }] }
    const body = (sentence: string) => `${filler(100)}. ${sentence} ${filler(100)}`
    const one = new Matcher([three]).run({ title: '', body: body('وجرى اعتقال شخص على يد الشرطة.') }).scores[0]
    expect(one.terms.map((t) => t.contribution)).toEqual([passing, 0])
    expect(one.flagged).toBe(false)
    const more = new Matcher([three]).run({ title: '', body: body('وجرى اعتقال شخص على يد الشرطة بعد مداهمة منزله.') }).scores[0]
    expect(more.terms.map((t) => t.contribution)).toEqual([passing, 0, passing])
  })

  it('a phrase and a word inside it, read in passing, are one mention', () => {
    const overlap: Watchlist = { ...raids, terms: [{ query: '"قوات الأمن"', weight: 2 }, { query: 'الأمن', weight: 2 }] }
    const score = new Matcher([overlap]).run({ title: '', body: `${filler(100)}. وانتشرت قوات الأمن في الحي. ${filler(100)}` }).scores[0]
    expect(score.terms.map((t) => t.contribution)).toEqual([passing, 0])
  })

  it('a denial in a passing sentence is still one statement', () => {
    const score = scoreOf(`${filler(100)}. ونفت الشرطة اعتقال أي شخص أو مداهمة أي منزل. ${filler(100)}`)
    expect(score.terms.map((t) => t.contribution)).toEqual([1, 0])
    expect(score.flagged).toBe(false)
  })

  it('passing mentions in two sentences are two, and a mention in the lead is not passing', () => {
    expect(scoreOf(`${filler(100)}. وجرى اعتقال شخص. ${filler(30)}. ثم جرت مداهمة منزله. ${filler(100)}`).score).toBe(2 * passing)
    expect(scoreOf(`أعلنت الشرطة اعتقال شخص ومداهمة منزله. ${filler(200)}`).score).toBe(4)
  })
})

describe('a headline that repeats a denial of the body joins it', () => {
  const body = 'نفت الشرطة اعتقال أي صحفي أو مداهمة مقر الجريدة.'

  it('one denial, in the headline and the body, read by two terms, counts once', () => {
    const score = run('الشرطة تنفي اعتقال صحفيين', body)
    expect(score.terms.map((t) => t.contribution)).toEqual([1, 0])
    expect(score.flagged).toBe(false)
  })

  it('whichever of the terms the headline repeats', () => {
    const one = run('الشرطة تنفي اعتقال صحفيين', body)
    const both = run('الشرطة تنفي اعتقال صحفيين ومداهمة الجريدة', body)
    expect([one.score, both.score, run('', body).score]).toEqual([1, 1, 1])
  })
})

describe('a headline that denies makes the body’s mentions the claims it denies', () => {

  it('the claim the body reports, unnegated, counts as denied, once with the headline', () => {
    const score = run('الشرطة تنفي اعتقال ناشط في المطار', 'وكانت حسابات تحدثت عن اعتقاله في المطار مساء الأحد. وتداولت صفحات صورة قالت إنها لحظة اعتقاله.')
    expect(score.terms.map((t) => t.contribution)).toEqual([1])
    expect(score.flagged).toBe(false)
    // The same body under a headline that does not deny it flags.
    expect(run('ناشط في المطار', 'وكانت حسابات تحدثت عن اعتقاله في المطار مساء الأحد.').flagged).toBe(true)
  })

  it('a body sentence the headline governs joins another term’s denial in it as one statement', () => {
    const score = run('الشرطة تنفي اعتقال ناشط', 'وكانت حسابات تحدثت عن اعتقاله ولم تتم مداهمة منزله.')
    expect(score.terms.map((t) => t.contribution)).toEqual([1, 0])
  })

  it('a negation particle in the headline is not a denial: the body’s assertion counts in full', () => {
    const score = run('بلا مقاومة، الشرطة تنهي اعتقال زعيم العصابة', 'وقالت الشرطة إن اعتقال زعيم العصابة تم فجرا في منزله.')
    expect(score.terms.map((t) => t.contribution)).toEqual([2])
    expect(score.flagged).toBe(true)
  })

  it('what the headline does not deny still counts in full', () => {
    const score = run('الشرطة تنفي اعتقال ناشط', 'وأكدت الشرطة مداهمة منزل شقيقه بحثا عن أسلحة.')
    // The denied arrest weighs half; the raid the body asserts, and the headline does not deny, in full.
    expect(score.terms.map((t) => t.contribution)).toEqual([1, 2])
    expect(score.flagged).toBe(true)
  })
})

describe('a denial that is itself negated denies nothing', () => {
  const arrests: Watchlist = { ...watchlist, terms: [{ query: 'اعتقال OR توقيف', weight: 2 }] }
  it.each([
    ['لم تستبعد الشرطة أن يكون توقيف السائق مرتبطا بالحادث'],
    ['ولا يستبعد المحققون توقيف آخرين خلال الأيام المقبلة'],
    ['وقال المصدر إنه ليس مستبعدا توقيف آخرين'],
    ['ولم ينف المتحدث توقيف الصحفي'],
  ])('%s: left open, so it weighs in full', (body) => {
    expect(new Matcher([arrests]).run({ title: '', body }).scores[0].score).toBe(2)
  })

  it('ruling out, not negated, still weighs half', () => {
    expect(new Matcher([arrests]).run({ title: '', body: 'واستبعدت الشرطة أن يكون توقيف السائق مرتبطا بالحادث' }).scores[0].score).toBe(1)
    expect(new Matcher([arrests]).run({ title: '', body: 'واستبعد مصدر أمني وجود أي توقيف' }).scores[0].score).toBe(1)
  })

  it('leaving out (استبعد المدرب اللاعب) is not ruling out', () => {
    const body = 'واستبعدت الوزارة تسع حملات من القائمة بعد توقيف أصحابها'
    expect(new Matcher([arrests]).run({ title: '', body }).scores[0].score).toBe(2)
  })
})

describe('«لا صلة / لا علاقة» denies the rest of its sentence, as «لا صحة» does', () => {
  const extremism: Watchlist = { ...watchlist, terms: [{ query: 'متطرف OR إرهابي OR التنظيم', weight: 2 }] }
  const scoreOf = (body: string) => new Matcher([extremism]).run({ title: '', body }).scores[0].score
  it.each([
    ['وأكدت الشرطة أن دوافعه شخصية ولا صلة لها بأي فكر متطرف'],
    ['وقال المحقق إنه لا علاقة للموقوف بالتنظيم أو بأي جماعة'],
  ])('%s', (body) => {
    expect(scoreOf(body)).toBe(1)
  })

  it('a link asserted is asserted', () => {
    expect(scoreOf('وأكدت الشرطة صلة المنفذ بفكر متطرف')).toBe(2)
  })
})

describe('what a rumour or a false report says weighs as a denial', () => {
  const arrests: Watchlist = { ...watchlist, terms: [{ query: 'اعتقال OR توقيف OR القبض', weight: 2 }] }
  const scoreOf = (body: string) => new Matcher([arrests]).run({ title: '', body }).scores[0].score
  it.each([
    ['وحذر محام من نشر أخبار كاذبة عن توقيف أشخاص من دون سند'],
    ['وانتشر المقطع مرفقا بادعاءات عن «القبض» على صاحب الحساب'],
    ['وتداولت حسابات شائعات عن اعتقال الفنان في المطار'],
    ['ونشر الموقع أخبارا مفبركة عن توقيف مسؤولين'],
  ])('%s', (body) => {
    expect(scoreOf(body)).toBe(1)
  })

  it('reaches a few words past «عن», not the rest of the sentence', () => {
    expect(scoreOf('وتداولت حسابات شائعات عن سفر الفنان إلى الخارج قبل أيام وبعدها اعتقال شقيقه')).toBe(2)
  })

  it('«عن طريق» (by means of) is not what a rumour is about, nor is «الشائعات صحة …» a denial', () => {
    expect(scoreOf('ضبطت الشرطة شخصا نشر أخبارا كاذبة عن طريق حسابه وتم توقيفه')).toBe(2)
    expect(scoreOf('وتناولت الشائعات صحة الرئيس قبل أن تعلن الشرطة اعتقال مروجيها')).toBe(2)
  })

  it('with its article or a preposition attached: «للشائعات عن», «بالادعاءات عن»', () => {
    expect(scoreOf('وتصدت الوزارة للشائعات عن اعتقال الناشط في المطار')).toBe(1)
    expect(scoreOf('ورد المتحدث على الادعاءات عن توقيف صحفيين')).toBe(1)
  })

  it('only what follows it closely: an arrest told after the rumour is asserted', () => {
    expect(scoreOf('وقالت الشرطة إنها تمكنت بعد متابعة استمرت أسابيع من القبض على مروج الشائعات في الحي')).toBe(2)
    expect(scoreOf('ضبطت الشرطة مروجي الشائعات وجرى توقيف اثنين منهم')).toBe(2)
    expect(scoreOf('ونشر مزاعم كاذبة وتم توقيفه فور وصوله')).toBe(2)
  })
})

