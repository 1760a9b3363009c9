/**
 * A context cue said only past the lead frames the part of the story it is in: where the evidence is
 * reported in a paragraph of its own, a cue that stays out of that paragraph does not count
 * (cue-reach.ts); one in the headline or the lead frames the whole story and always counts.
 */
import { describe, expect, it } from 'vitest'
import { Matcher } from '../../../electron/core/rules/matcher'
import type { Watchlist } from '../../../electron/core/rules/types'
import { flagged } from '../../support/default-watchlists'

const watchlist: Watchlist = {
  id: 'w',
  name: 'w',
  threshold: 2,
  terms: [
    { query: 'تمرين SENT الشرطة', weight: 2 },
    { query: 'مهرجان', weight: -2 },
  ],
  exclude: [],
  notify: true,
}

function score(body: string, title = '') {
  const [result] = new Matcher([watchlist]).run({ title, body }).scores
  return { score: result?.score ?? 0, cue: result?.terms.find((t) => t.weight < 0)?.contribution }
}

const filler = (n: number): string => Array.from({ length: n }, (_, i) => `كلمة${i % 10}`).join(' ')
const drill = 'ونفذت الشرطة تمريناً على إخلاء المسرح. وشارك فيه مئة عنصر. واستمر ساعتين.'
/** Five paragraphs: a lead, a second paragraph (`second`), the drill's own (`third`), and two more. */
const story = (second: string, third = drill) => [`${filler(80)}.`, second, third, `${filler(60)}.`, `${filler(20)}.`].join('\n')

describe('how far a context cue reaches', () => {
  it('a cue in another paragraph past the lead does not reach an event reported in its own', () => {
    const result = score(story(`وتتواصل فعاليات المهرجان حتى الأحد. ${filler(40)}.`))
    expect(result).toEqual({ score: 2, cue: 0 })
  })

  it('a cue in the headline, the lead or the event\u2019s own paragraph counts', () => {
    expect(score(story(`${filler(40)}.`), 'افتتاح المهرجان').score).toBe(-2)
    expect(score(`افتتح المهرجان أمس. ${story(`${filler(40)}.`)}`).score).toBe(0)
    expect(score(story(`${filler(40)}.`, `${drill} وقال مدير المهرجان إنه نجح.`)).score).toBe(0)
  })

  it('a cue counts in full against an event only mentioned in passing', () => {
    const passing = [`${filler(80)}.`, `وتتواصل فعاليات المهرجان حتى الأحد. ${filler(40)}.`, 'ونفذت الشرطة تمريناً على إخلاء المسرح.', `${filler(60)}.`].join('\n')
    expect(score(passing).cue).toBeLessThan(0)
  })

  it('a novel or a film said in the headline still frames its plot, however detailed', () => {
    const plot = 'وفي الفصل الرابع تداهم الشرطة شقة في الحي وتعتقل ثلاثة أشخاص. وتضبط بحوزتهم أسلحة. ويحالون إلى النيابة.'
    const review = [`صدرت عن دار نشر في بيروت الطبعة الأولى. ${filler(70)}.`, `${filler(40)}. ${filler(20)}.`, plot, `${filler(60)}.`, `${filler(20)}.`].join('\n')
    expect(flagged(review, 'رواية جديدة عن شبكة تهريب')).not.toContain('arrests-raids')
  })

  it('default watchlists: a drill reported in its own paragraph of a city\u2019s summer story is a security drill; a match mentioned elsewhere does not reach it', () => {
    const season = 'تستعد المدينة لاستقبال مئات الآلاف من الزوار خلال موسم الصيف، وأعلنت البلدية افتتاح ثلاثة شواطئ جديدة وتمديد ساعات عمل الحدائق العامة. '
    const paragraphs = [season.repeat(3), `${season}ويستضيف الملعب البلدي مباراة ودية بين فريقين من الدوري المحلي مساء السبت.`, 'ونفذت الشرطة، فجر الخميس، تمريناً يحاكي هجوماً مسلحاً على الكورنيش واحتجاز رهائن. وشارك في التمرين مئتا عنصر من القوات الخاصة والإسعاف. واستمر التمرين ثلاث ساعات.', season.repeat(2)]
    expect(flagged(paragraphs.join('\n'), 'المدينة تستعد لموسم الصيف')).toContain('security-workshops')
    // Said in the headline, the match frames the whole story.
    expect(flagged(paragraphs.join('\n'), 'الملعب يستضيف مباراة ودية')).not.toContain('security-workshops')
  })

  it('a paragraph that changes the subject («على صعيد آخر») is a story of its own: the headline’s cue does not reach it, and its one mention counts in full', () => {
    const turn = (opening: string) => story(`${filler(40)}.`, `${opening}نفذت الشرطة تمريناً على إخلاء المسرح.`)
    expect(score(turn('على صعيد آخر، '), 'افتتاح المهرجان')).toEqual({ score: 2, cue: 0 })
    expect(score(turn('وفي سياق منفصل، '), 'افتتاح المهرجان')).toEqual({ score: 2, cue: 0 })
    // Without the turn, the same sentence is the festival story's mention in passing, framed by its headline.
    expect(score(turn(''), 'افتتاح المهرجان')).toEqual({ score: 1.5 - 4, cue: -4 })
  })

  it('a cue inside the paragraph that changes the subject reaches it, and a headline cue reaches evidence the headline shares', () => {
    const inside = story(`${filler(40)}.`, 'على صعيد آخر، نفذت الشرطة تمريناً على إخلاء المسرح قبل المهرجان.')
    expect(score(inside).score).toBe(0)
    const shared = story(`${filler(40)}.`, 'على صعيد آخر، نفذت الشرطة تمريناً على إخلاء المسرح.')
    expect(score(shared, 'تمرين الشرطة في المهرجان')).toEqual({ score: 0, cue: -4 })
  })
})
