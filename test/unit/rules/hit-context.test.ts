/**
 * Context scoped to the hit: `a NOT NEAR/n b` and `a NOT SENT b` exclude one occurrence, not the
 * article; `a SENT b` wants both in one sentence; negative weights lower the score instead of
 * vetoing; term sets are shared by name; a negated or denied mention weighs less; site chrome never
 * counts; and only what contributed to the score is highlighted, at its exact offsets.
 */
import { describe, expect, it } from 'vitest'
import { Matcher } from '../../../electron/core/rules/matcher'
import { PASSING_FACTOR } from '../../../electron/core/rules/term-strength'
import type { TermSet, Watchlist } from '../../../electron/core/rules/types'

type Term = string | { query: string; weight: number }

function watchlist(terms: Term[], extra: Partial<Watchlist> = {}): Watchlist {
  return { id: 'w', name: 'w', terms: terms.map((t) => (typeof t === 'string' ? { query: t, weight: 1 } : t)), exclude: [], notify: true, ...extra }
}

function run(terms: Term[], body: string, options: { sets?: TermSet[]; title?: string; extra?: Partial<Watchlist> } = {}) {
  const result = new Matcher({ sets: options.sets ?? [], watchlists: [watchlist(terms, options.extra)] }).run({ title: options.title ?? '', body })
  const [score] = result.scores
  return { flagged: result.hits.length > 0, score: score?.score ?? 0, words: (score?.spans ?? []).map((s) => (s.field === 'title' ? options.title ?? '' : body).slice(s.start, s.end)) }
}

describe('a NOT NEAR/n b: an exclusion of this occurrence only', () => {
  const query = 'عملية NOT NEAR/2 (جراحية OR "قلب مفتوح")'
  it('drops the surgical «عملية» but keeps another one in the same article', () => {
    const body = 'أجرى الطبيب عملية جراحية ناجحة. وفي المساء نفذت القوات عملية أمنية في المنطقة.'
    expect(run([query], body).words).toEqual(['عملية'])
    expect(body.indexOf('عملية', 20)).toBe(body.lastIndexOf('عملية'))
  })

  it('does not flag an article whose only «عملية» is surgical', () => {
    expect(run([query], 'خضع اللاعب لعملية جراحية في الركبة').flagged).toBe(false)
  })

  it('is not the whole-article NOT: that one vetoes every occurrence', () => {
    const body = 'أجرى الطبيب عملية جراحية. ونفذت القوات الخاصة فجر اليوم عملية أمنية.'
    expect(run(['عملية AND NOT جراحية'], body).flagged).toBe(false)
    expect(run([query], body).flagged).toBe(true)
  })
})

describe('a SENT b: both in one sentence', () => {
  it('holds inside a sentence however far apart the words are (verb–subject–object)', () => {
    const body = 'ألقت عناصر الفرقة الوطنية للشرطة القضائية بتنسيق مع المديرية العامة لمراقبة التراب الوطني القبض على ثلاثة مشتبه بهم.'
    expect(run(['"القبض على" SENT ألقت'], body).words).toEqual(['القبض على'])
    expect(run(['ألقت NEAR/3 "القبض على"'], body).flagged).toBe(false)
  })

  it('fails across a sentence end: . ؟ ! ؛ and a line break', () => {
    for (const end of ['. ', '؟ ', '! ', '؛ ', '\n']) {
      expect(run(['تنسيق SENT أمني'], `بحث الوزيران التنسيق${end}وأكد مصدر أمني أن الاجتماع انتهى`).flagged).toBe(false)
    }
  })

  it('a full stop before a closing quote or bracket ends its sentence', () => {
    expect(run(['تنسيق SENT أمني'], 'بحث الوزيران "التنسيق." وقال مصدر أمني إن الاجتماع انتهى').flagged).toBe(false)
    expect(run(['تنسيق SENT أمني'], 'بحث الوزيران (التنسيق.) وقال مصدر أمني').flagged).toBe(false)
  })

  it('a full stop inside a number, or after an initial, ends nothing; after a number it does', () => {
    expect(run(['ضبط SENT مخدرات'], 'ضبط 3.5 طن من المخدرات').flagged).toBe(true)
    expect(run(['الهارب SENT برفقة'], 'وصل المتهم الهارب (أ. س.) المحكوم عليه برفقة فريق من الإنتربول').flagged).toBe(true)
    expect(run(['تنسيق SENT أمني'], 'بحث الوزيران التنسيق وفق المادة 4. وقال مصدر أمني إن الاجتماع انتهى').flagged).toBe(false)
  })

  it('a NOT SENT b drops the occurrences that share a sentence with b', () => {
    const body = 'عرض فيلم عن خلية إرهابية في مهرجان القاهرة. وفككت الشرطة خلية إرهابية في الجيزة.'
    expect(run(['"خلية إرهابية" NOT SENT (فيلم OR مسلسل OR مهرجان)'], body).words).toEqual(['خلية إرهابية'])
    expect(run(['"خلية إرهابية" NOT SENT (فيلم OR مسلسل OR مهرجان)'], 'عرض فيلم عن خلية إرهابية في مهرجان القاهرة.').flagged).toBe(false)
  })
})

describe('negative weights: framing lowers the score, it does not veto', () => {
  const terms: Term[] = [{ query: 'إرهاب', weight: 2 }, { query: 'مداهمة', weight: 2 }, { query: 'فيلم OR مسلسل', weight: -3 }]
  it('a film about terrorism falls under the threshold', () => {
    const r = run(terms, 'يتناول الفيلم قصة الإرهاب في التسعينيات', { extra: { threshold: 1 } })
    expect(r).toMatchObject({ flagged: false, score: -1 })
  })

  it('a strong story that mentions a film still flags, and the cue is not highlighted', () => {
    const r = run(terms, 'نفذت القوات مداهمة لخلية إرهاب بعد بث فيلم دعائي', { extra: { threshold: 1 } })
    expect(r.flagged).toBe(true)
    expect(r.score).toBe(1)
    expect(r.words).toEqual(['مداهمة', 'إرهاب'])
  })

  it('a cue alone never flags', () => {
    expect(run([{ query: 'مسلسل', weight: -1 }, 'إرهاب'], 'مسلسل رمضاني جديد').flagged).toBe(false)
  })
})

describe('term sets (@name)', () => {
  const sets: TermSet[] = [
    { name: 'armed-groups', terms: ['داعش', '"تنظيم الدولة"', 'ISIS', '@shabaab'] },
    { name: 'shabaab', terms: ['"حركة الشباب"', 'الخوارج'] },
  ]
  it('a query names a set and finds any of its members, nested sets included', () => {
    expect(run(['@armed-groups'], 'هاجم عناصر من الخوارج قاعدة عسكرية', { sets }).words).toEqual(['الخوارج'])
    expect(run(['@armed-groups NEAR/3 هجوم'], 'تبنى تنظيم الدولة الهجوم', { sets }).words).toEqual(['تنظيم الدولة'])
  })

  it('one set serves several watchlists', () => {
    const matcher = new Matcher({
      sets,
      watchlists: [
        { ...watchlist(['@armed-groups']), id: 'a' },
        { ...watchlist(['@armed-groups SENT اعتقال']), id: 'b' },
      ],
    })
    expect(matcher.match({ title: '', body: 'اعتقال قيادي في داعش' }).map((h) => h.watchlistId)).toEqual(['a', 'b'])
  })
})

describe('highlights mark only what contributed', () => {
  it('a AND b highlights a; b is context', () => {
    expect(run(['"تنظيم الدولة" AND (مسلحين OR هجوم)'], 'أعلن تنظيم الدولة مسؤوليته عن هجوم').words).toEqual(['تنظيم الدولة'])
  })

  it('a NEAR b and a SENT b highlight a; b is context', () => {
    expect(run(['تبادل NEAR/2 معلومات'], 'اتفق البلدان على تبادل المعلومات الأمنية').words).toEqual(['تبادل'])
    expect(run(['تبادل SENT أمنية'], 'اتفق البلدان على تبادل المعلومات الأمنية').words).toEqual(['تبادل'])
  })
})

describe('a negated or denied mention counts less than an asserted one', () => {
  const terms: Term[] = [{ query: 'اعتقال OR توقيف', weight: 2 }]
  it.each([
    ['لم يتم اعتقال أي شخص حتى الآن'],
    ['نفت وزارة الداخلية في بيان رسمي أنباء عن اعتقال الصحفي'],
    ['لا صحة لما تداولته مواقع عن توقيف مسؤول'],
    ['واستبعدت الشرطة أن يكون توقيف السائق مرتبطا بالحادث'],
  ])('%s weighs half', (body) => {
    expect(run(terms, body).score).toBe(1)
  })

  it('an asserted mention weighs in full, and لا سيما / لا تزال negate nothing', () => {
    expect(run(terms, 'أعلنت الشرطة اعتقال ثلاثة أشخاص').score).toBe(2)
    expect(run(terms, 'لا تزال الشرطة تواصل اعتقال المطلوبين').score).toBe(2)
    expect(run(terms, 'وشملت الحملة، لا سيما اعتقال المهربين، عدة مناطق').score).toBe(2)
  })

  it('a negated list goes on through أو: «لا توجد أي شبهة جنائية أو إرهابية»', () => {
    expect(run([{ query: 'إرهاب', weight: 2 }], 'وقال إنه لا توجد أي شبهة جنائية أو إرهابية وراء الحادث').score).toBe(1)
  })

  it('a NEAR or SENT term is weighed at its subject, the left side: asserted context does not make a denied arrest asserted', () => {
    const terms: Term[] = [{ query: 'توقيف SENT الداخلية', weight: 2 }]
    // الداخلية stands before the denial, توقيف after it: the term is about the (denied) توقيف.
    expect(run(terms, 'الداخلية تنفي صحة الأنباء عن توقيف الصحفي').score).toBe(1)
    expect(run(terms, 'الداخلية تعلن توقيف الصحفي').score).toBe(2)
    // The subject is what is highlighted.
    expect(run(terms, 'الداخلية تنفي صحة الأنباء عن توقيف الصحفي').words).toEqual(['توقيف'])
  })

  it.each([
    ['هاجمت طائرة دون طيار موقعا وتم اعتقال ثلاثة'],
    ['اعتقال ما لا يقل عن عشرة أشخاص'],
    ['لم يعد خافيا أن الشرطة بدأت اعتقال المطلوبين'],
    ['ضبط أسلحة غير مرخصة واعتقال ثلاثة مسلحين'],
    ['يعرض فلم عن اعتقال الصحفيين'],
  ])('%s is asserted: these particles negate nothing here', (body) => {
    expect(run([{ query: 'اعتقال', weight: 2 }], body).score).toBe(2)
  })

  it('دون أن negates what follows', () => {
    expect(run([{ query: 'اعتقال', weight: 2 }], 'غادر البلاد دون أن يتم اعتقاله').score).toBe(1)
  })

  it('a denial ends with its sentence', () => {
    expect(run(terms, 'نفت الوزارة الشائعات. وأعلنت اعتقال ثلاثة أشخاص.').score).toBe(2)
  })
})

describe('site chrome never counts', () => {
  it.each([
    ['اقرأ أيضاً: اعتقال خلية إرهابية في الجيزة'],
    ['أخبار ذات صلة\nاعتقال خلية إرهابية في الجيزة\nتفكيك شبكة تهريب'],
    ['السابق\nاعتقال خلية إرهابية في الجيزة'],
    ['التالي: اعتقال خلية إرهابية في الجيزة'],
    ['الأكثر قراءة\n\nاعتقال خلية إرهابية في الجيزة'],
    ['المزيد من محليات\n• «الداخلية»: اعتقال خلية إرهابية في الجيزة'],
    ['المزيد في أخبار مصر\nاعتقال خلية إرهابية في الجيزة'],
    ['ذات صلة:\nاعتقال خلية إرهابية في الجيزة'],
    ['موضوعات متعلقة\nاعتقال خلية إرهابية في الجيزة\nتفكيك شبكة تهريب'],
  ])('%j', (chrome) => {
    const body = `فاز المنتخب الوطني على نظيره بثلاثة أهداف في مباراة ودية أقيمت مساء أمس.\n${chrome}\nشارك: فيسبوك تويتر واتساب`
    expect(run(['اعتقال'], body).flagged).toBe(false)
  })

  it('the article text around it still does, at its own offsets', () => {
    const body = 'أعلنت الشرطة اعتقال مشتبه به.\nاقرأ أيضاً: اعتقال خلية في الجيزة\nوأضاف البيان أن التحقيقات جارية.'
    const r = run(['اعتقال'], body)
    expect(r.words).toEqual(['اعتقال'])
  })

  it('a sentence that starts like a section heading is text, and a line ending in «:» introduces what follows', () => {
    expect(run(['اعتقال'], 'المزيد من الاعتقالات متوقع خلال الأيام المقبلة في الجيزة').flagged).toBe(true)
    expect(run(['اعتقال'], 'خبر.\nالمزيد من التفاصيل:\n- اعتقال ثلاثة أشخاص في الجيزة').flagged).toBe(true)
    expect(run(['اعتقال'], 'خبر.\nالمزيد من الصور:\n- اعتقال ثلاثة أشخاص في الجيزة').flagged).toBe(true)
  })

  it('a long paragraph after a heading is text again', () => {
    const paragraph = 'وأكد المتحدث باسم الوزارة في مؤتمر صحفي عقده مساء اليوم أن الأجهزة الأمنية تمكنت من اعتقال ثلاثة أشخاص يشتبه في انتمائهم إلى شبكة تهريب دولية تنشط على الحدود منذ أشهر'
    expect(run(['اعتقال'], `الأكثر قراءة\n${paragraph}`).flagged).toBe(true)
  })

  it('a sentence that merely starts with شارك is not a share line', () => {
    expect(run(['مؤتمر'], 'شارك وزير الداخلية في مؤتمر الأمن الإقليمي').flagged).toBe(true)
    expect(run(['مظاهرة'], 'شارك مئات المحتجين في مظاهرة أمام مقر Fox').flagged).toBe(true)
  })

  it('a share line naming Arabic networks is chrome', () => {
    expect(run(['تويتر'], 'خبر عن الطقس.\nشارك عبر فيسبوك تويتر واتساب').flagged).toBe(false)
  })

  it('the paragraphs after a block are text again: a blank line after a headline, or a line ending like a sentence, ends it', () => {
    const afterBlank = 'خبر عن الطقس.\nاقرأ أيضا\nعنوان خبر آخر\n\nوقال مصدر أمني إن قوات الأمن اعتقلت ثلاثة عناصر.\nوأضاف المصدر.'
    expect(run(['اعتقل~'], afterBlank).words).toEqual(['اعتقلت'])
    const sentence = 'الأكثر قراءة\nعنوان خبر آخر\nوقال مصدر أمني إن الشرطة اعتقلت ثلاثة عناصر.'
    expect(run(['اعتقل~'], sentence).words).toEqual(['اعتقلت'])
  })

  it('a cue word that begins an ordinary sentence counts only with a separator after it', () => {
    expect(run(['اعتقل~'], 'السابق ذكره اعتقل أمس في المدينة').flagged).toBe(true)
    expect(run(['اعتقل~'], 'قد يهمك أن تعرف أن الشرطة اعتقلت ثلاثة').flagged).toBe(true)
    expect(run(['اعتقل~'], 'خبر.\nالسابق: الشرطة اعتقلت ثلاثة').flagged).toBe(false)
    expect(run(['اعتقل~'], 'خبر.\n• التالي | الشرطة اعتقلت ثلاثة').flagged).toBe(false)
  })
})

describe('scores for every watchlist that had a term hold', () => {
  it('says the score, the threshold and whether it flags, with each term part', () => {
    const matcher = new Matcher([watchlist([{ query: 'إرهاب', weight: 1 }, { query: 'فيلم', weight: -2 }], { threshold: 2 })])
    const { hits, scores } = matcher.run({ title: '', body: 'فيلم عن الإرهاب' })
    expect(hits).toEqual([])
    expect(scores).toEqual([
      expect.objectContaining({ watchlistId: 'w', score: -1, threshold: 2, flagged: false, terms: [{ query: 'إرهاب', weight: 1, contribution: 1 }, { query: 'فيلم', weight: -2, contribution: -2 }] }),
    ])
  })

  it('a disabled watchlist matches nothing', () => {
    const matcher = new Matcher([watchlist(['إرهاب'], { enabled: false })])
    expect(matcher.run({ title: '', body: 'الإرهاب' })).toMatchObject({ hits: [], scores: [] })
  })
})

describe('term sets cannot blow up', () => {
  it('sets that name the next set twice, 25 levels deep, build and match in linear time', () => {
    // Expanded as text this would be 2^25 alternatives; each set is built and evaluated once.
    const sets: TermSet[] = Array.from({ length: 25 }, (_, i) => ({ name: `s${i}`, terms: i === 24 ? ['داعش'] : [`@s${i + 1} OR (@s${i + 1} AND كلمة${i})`] }))
    const matcher = new Matcher({ sets, watchlists: [watchlist(['@s0'])] })
    const result = matcher.run({ title: '', body: 'اعتقال عنصر من داعش' })
    expect(result.hits.map((h) => h.watchlistId)).toEqual(['w'])
    expect(result.work).toBeLessThan(2_000)
  })
})

describe('many terms naming one set', () => {
  it('highlight each place once, at most a thousand per watchlist, and weigh the shared result once', () => {
    const sets: TermSet[] = [{ name: 'big', terms: ['كلمة'] }]
    const terms = Array.from({ length: 500 }, (_, i) => `@big OR قرية${i}`)
    const result = new Matcher({ sets, watchlists: [watchlist(terms)] }).run({ title: '', body: 'كلمة '.repeat(2_000) })
    const [hit] = result.hits
    // Before: every term kept its own 100 spans of the same places (50,000 spans).
    expect(hit.spans).toHaveLength(100)
    expect(new Set(hit.spans.map((s) => s.start)).size).toBe(100)
    expect(hit.score).toBe(500)
  })
})

describe('what the last review found', () => {
  const filler = (n: number): string => Array.from({ length: n }, (_, i) => `كلمة${i % 10}`).join(' ')

  it('two alternatives at one place are one passing mention, not two', () => {
    const body = `${filler(100)}. وجرى اعتقال الصحفي. ${filler(100)}`
    expect(run([{ query: 'اعتقال OR "اعتقال الصحفي"', weight: 2 }], body).score).toBe(2 * PASSING_FACTOR)
  })

  it('a NEAR chain holds only where its subject is close: b near c alone is not a near c', () => {
    const body = 'اعتقال كلمة كلمة الشرطة كلمة كلمة المدينة'
    expect(new Matcher([watchlist(['اعتقال NEAR/2 الشرطة NEAR/2 المدينة'])]).run({ title: '', body }).scores).toEqual([])
    expect(run(['اعتقال NEAR/2 الشرطة NEAR/5 المدينة'], body).words).toEqual(['اعتقال'])
  })

  it('a list after غير is not negated: «الهجرة غير الشرعية أو تهريب المخدرات»', () => {
    expect(run([{ query: 'تهريب', weight: 2 }], 'تحارب الشرطة الهجرة غير الشرعية أو تهريب المخدرات').score).toBe(2)
  })

  it('counts omitted places once when terms share them: the distinct places found, less those shown', () => {
    const body = 'اعتقال '.repeat(150)
    // Each term shows up to 100 places of its own: the second shows the 50 the first could not.
    const [two] = new Matcher([watchlist(['اعتقال', 'اعتقال OR توقيف'])]).match({ title: '', body })
    expect([two.spans.length, two.omittedSpans]).toEqual([150, 0])
    const [one] = new Matcher([watchlist(['اعتقال', 'اعتقال'])]).match({ title: '', body: 'اعتقال '.repeat(250) })
    expect([one.spans.length, one.omittedSpans]).toEqual([200, 50])
  })
})
