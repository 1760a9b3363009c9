import { describe, expect, it } from 'vitest'
import { Matcher } from '../../../electron/core/rules/matcher'
import { QueryError } from '../../../electron/core/rules/query'
import type { Watchlist, WatchlistHit } from '../../../electron/core/rules/types'

type Term = string | { query: string; weight: number }

function watchlist(id: string, terms: Term[], extra: Partial<Omit<Watchlist, 'id' | 'terms'>> = {}): Watchlist {
  return {
    id,
    name: id,
    terms: terms.map((t) => (typeof t === 'string' ? { query: t, weight: 1 } : t)),
    exclude: [],
    notify: true,
    ...extra,
  }
}

function matchBody(term: string, body: string): WatchlistHit[] {
  return new Matcher([watchlist('w', [term])]).match({ title: '', body })
}

/** The original text each span of the hit points at. */
function spanTexts(hit: WatchlistHit, article: { title: string; body: string }): string[] {
  return hit.spans.map((s) => article[s.field].slice(s.start, s.end))
}

describe('Matcher: a term matches its inflected and cliticized forms', () => {
  it.each([
    ['إرهاب', 'الارهاب'],
    ['إرهاب', 'والإرهابيين'],
    ['إرهاب', 'للارهاب'],
    ['إرهاب', 'الإرهابية'],
    ['إرهاب', 'وللإرهاب'],
    ['إرهاب', 'الإرْهَاب'],
    ['إرهاب', 'الإرهـــاب'],
    ['إرهاب', 'إرهاباً'],
    ['"ورشة عمل"', 'ورشة العمل'],
    ['"ورشة عمل"', 'ورشات عمل'],
    ['مخابرات', 'المخابراتي'],
    ['استخبارات', 'والاستخباراتية'],
    ['أمن', 'الأمنية'],
    ['أمن', 'والأمن'],
    ['لبنان', 'اللبنانيين'],
    ['داعش', 'لداعش'],
    ['حكومة', 'حكومتها'],
    ['خلية', 'الخلية'],
    ['القاعدة', 'والقاعدة'],
    ['القاعدة', 'للقاعدة'],
    ['مسؤول', 'المسؤولين'],
    ['مستشفى', 'المستشفيات'],
    ['١١', '11'],
  ])('%s → %s', (term, text) => {
    const hits = matchBody(term, `قال المصدر ان ${text} كان محور البحث`)
    expect(hits.map((h) => h.watchlistId)).toEqual(['w'])
    expect(spanTexts(hits[0], { title: '', body: `قال المصدر ان ${text} كان محور البحث` })).toEqual([text])
  })
})

describe('Matcher: a term does not match words that merely share letters', () => {
  it.each([
    ['إرهاب', 'إرهاق'],
    ['إرهاب', 'الإرهاق'],
    ['إرهاب', 'راهب'],
    ['إرهاب', 'ترهيب'],
    ['إرهاب', 'الرهبان'],
    ['مصر', 'مصرف'],
    ['مصر', 'المصارف'],
    ['وزير', 'وزارة'],
    ['وزير', 'زير'],
    ['لبنان', 'لبن'],
    ['أمن', 'أمين'],
    ['أمن', 'الأمم'],
    ['القاعدة', 'قاعدة'],
    ['خلية', 'خلاء'],
    ['سلاح', 'السلاحف'],
    ['ISIS', 'crisis'],
  ])('%s ↛ %s', (term, text) => {
    expect(matchBody(term, `قال المصدر ان ${text} كان محور البحث`)).toEqual([])
  })

  it('a term with the article does not match a bare form, even with a preposition', () => {
    expect(matchBody('القاعدة', 'بقاعدة بيانات')).toEqual([])
    expect(matchBody('القاعدة', 'بالقاعدة')).toHaveLength(1)
  })
})

describe('Matcher: query operators', () => {
  it('a phrase needs its words adjacent and in order', () => {
    expect(matchBody('"ورشة عمل"', 'عقدت ورشة عمل امس')).toHaveLength(1)
    expect(matchBody('"ورشة عمل"', 'عقدت ورشة في مكان عمل')).toEqual([])
    expect(matchBody('"ورشة عمل"', 'عمل ورشة')).toEqual([])
  })

  it('a phrase span covers all its words, from the first to the last', () => {
    const body = 'انطلقت اليوم ورشـةُ عملٍ امنية'
    const [hit] = matchBody('"ورشة عمل"', body)
    expect(spanTexts(hit, { title: '', body })).toEqual(['ورشـةُ عملٍ'])
  })

  it('a phrase is matched across punctuation between its words', () => {
    expect(matchBody('"تنظيم الدولة"', 'اعلن تنظيم «الدولة» مسؤوليته')).toHaveLength(1)
  })

  it('AND needs both sides, anywhere in the article', () => {
    const m = new Matcher([watchlist('w', ['داعش AND هجوم'])])
    expect(m.match({ title: 'هجوم على حاجز', body: 'تبنى داعش العملية' })).toHaveLength(1)
    expect(m.match({ title: '', body: 'تبنى داعش العملية' })).toEqual([])
    expect(m.match({ title: '', body: 'هجوم على حاجز' })).toEqual([])
  })

  it('words side by side are an implicit AND, not a phrase', () => {
    const m = new Matcher([watchlist('w', ['داعش هجوم'])])
    expect(m.match({ title: '', body: 'الهجوم الذي تبناه داعش' })).toHaveLength(1)
    expect(m.match({ title: '', body: 'تبنى داعش العملية' })).toEqual([])
  })

  it('OR needs either side and reports the spans of every side that matched', () => {
    const body = 'داعش والقاعدة'
    const [hit] = matchBody('داعش OR القاعدة OR النصرة', body)
    expect(spanTexts(hit, { title: '', body })).toEqual(['داعش', 'والقاعدة'])
    expect(matchBody('داعش OR القاعدة', 'جبهة النصرة')).toEqual([])
  })

  it('NOT rules an article out when the negated term is present', () => {
    const term = 'مؤتمر AND NOT "مؤتمر صحفي"'
    expect(matchBody(term, 'مؤتمر اقليمي لمكافحة الارهاب')).toHaveLength(1)
    expect(matchBody(term, 'قال الوزير في المؤتمر الصحفي')).toEqual([])
  })

  it('a negated term contributes no span', () => {
    const body = 'مؤتمر اقليمي في بيروت'
    const [hit] = matchBody('مؤتمر NOT صحفي', body)
    expect(spanTexts(hit, { title: '', body })).toEqual(['مؤتمر'])
  })

  it('AND binds tighter than OR, and parentheses change it', () => {
    const body = 'ورشة عمل حول الري'
    expect(matchBody('ورشة OR ندوة AND إرهاب', body)).toHaveLength(1)
    expect(matchBody('(ورشة OR ندوة) AND إرهاب', body)).toEqual([])
    expect(matchBody('(ورشة OR ندوة) AND إرهاب', 'ندوة حول الإرهاب')).toHaveLength(1)
  })

  it('a phrase in guillemets is a phrase', () => {
    expect(matchBody('«ورشة عمل»', 'ورشة في مكان عمل')).toEqual([])
    expect(matchBody('«ورشة عمل»', 'ورشة عمل')).toHaveLength(1)
  })

  it('a term that fails to parse is refused with a QueryError', () => {
    expect(() => new Matcher([watchlist('w', ['(داعش OR'])])).toThrow(QueryError)
  })
})

describe('Matcher: watchlists, exclusions and scores', () => {
  it('returns only the watchlists that hit', () => {
    const m = new Matcher([watchlist('ct', ['إرهاب']), watchlist('groups', ['داعش']), watchlist('sport', ['مباراة'])])
    const hits = m.match({ title: 'هجوم إرهابي', body: 'تبناه تنظيم داعش' })
    expect(hits.map((h) => h.watchlistId).sort()).toEqual(['ct', 'groups'])
  })

  it('an article with no text hits nothing', () => {
    expect(new Matcher([watchlist('w', ['إرهاب'])]).match({ title: '', body: '' })).toEqual([])
  })

  it('an exclude query silences the whole watchlist', () => {
    const m = new Matcher([watchlist('w', ['القاعدة'], { exclude: ['"القاعدة العسكرية"', 'بيانات'] })])
    expect(m.match({ title: '', body: 'هجوم تبناه تنظيم القاعدة' })).toHaveLength(1)
    expect(m.match({ title: '', body: 'هجوم قرب القاعدة العسكرية' })).toEqual([])
    expect(m.match({ title: 'قاعدة بيانات', body: 'القاعدة' })).toEqual([])
  })

  it('weights add up per matched term and a threshold must be reached', () => {
    const m = new Matcher([watchlist('w', [{ query: 'إرهاب', weight: 2 }, { query: 'تطرف', weight: 1 }, 'انتحاري'], { threshold: 2 })])
    expect(m.match({ title: '', body: 'ظواهر مناخية متطرفة' })).toEqual([]) // تطرف ↛ متطرفة anyway
    expect(m.match({ title: '', body: 'مكافحة التطرف' })).toEqual([]) // 1 < 2
    expect(m.match({ title: '', body: 'مكافحة التطرف وتفجير انتحاري' })[0].score).toBe(2)
    expect(m.match({ title: '', body: 'مكافحة الارهاب' })[0].score).toBe(2)
    expect(m.match({ title: '', body: 'الارهاب والتطرف والإرهابيين' })[0].score).toBe(3) // a term counts once
  })

  it('a term hit in the title scores more than the same hit in the body', () => {
    const m = new Matcher([watchlist('w', [{ query: 'إرهاب', weight: 3 }])])
    const inBody = m.match({ title: 'خبر عاجل', body: 'مكافحة الارهاب' })[0].score
    const inTitle = m.match({ title: 'مكافحة الارهاب', body: 'خبر عاجل' })[0].score
    expect(inTitle).toBeGreaterThan(inBody)
    expect(inBody).toBe(3)
  })

  it('a body hit alone stays under a threshold that a title hit reaches', () => {
    const m = new Matcher([watchlist('w', ['مخابرات'], { threshold: 2 })])
    expect(m.match({ title: '', body: 'جهاز المخابرات' })).toEqual([])
    expect(m.match({ title: 'جهاز المخابرات', body: '' })).toHaveLength(1)
  })
})

describe('Matcher: spans point at the original text', () => {
  it('gives UTF-16 offsets of the words as written, harakat, tatweel and all', () => {
    const article = {
      title: '😀 «داعـــش» يتبنّى',
      body: 'قالت المصادر إنَّ الإرْهَابِيِّين من «داعش» نفذوا الهجوم، وإن مكافحة الإرهـاب أولوية.',
    }
    const m = new Matcher([watchlist('w', ['داعش', 'إرهاب'])])
    const [hit] = m.match(article)
    expect(hit.spans.map((s) => [s.field, article[s.field].slice(s.start, s.end), s.query])).toEqual([
      ['title', 'داعـــش', 'داعش'],
      ['body', 'الإرْهَابِيِّين', 'إرهاب'],
      ['body', 'داعش', 'داعش'],
      ['body', 'الإرهـاب', 'إرهاب'],
    ])
    expect(hit.spans[0].start).toBe(4) // the emoji is two UTF-16 units
  })

  it('a ligature in the text is highlighted as the one character it is', () => {
    const body = 'عودة ﻻجئين'
    const [hit] = matchBody('لاجئ', body)
    expect(spanTexts(hit, { title: '', body })).toEqual(['ﻻجئين'])
  })
})

describe('Matcher: English terms', () => {
  it('match whatever the case', () => {
    expect(matchBody('ISIS', 'Officials blamed isis for the attack')).toHaveLength(1)
    expect(matchBody('daesh', 'DAESH claimed it')).toHaveLength(1)
    expect(matchBody('"Boko Haram"', 'boko HARAM fighters')).toHaveLength(1)
  })

  it('a hyphenated name is a phrase of its parts', () => {
    expect(matchBody('al-Qaeda', 'Al Qaeda in the Arabian Peninsula')).toHaveLength(1)
    expect(matchBody('al-Qaeda', 'al-Qaeda’s branch')).toHaveLength(1)
    expect(matchBody('al-Qaeda', 'Qaeda al')).toEqual([])
  })

  it('match whole words only', () => {
    expect(matchBody('raid', 'the raiders lost')).toEqual([])
    expect(matchBody('raid', 'a dawn raid')).toHaveLength(1)
  })
})
