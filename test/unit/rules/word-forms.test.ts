/**
 * Word forms the matcher reaches without a stemmer: the future prefix, verb~ (every person, tense
 * and voice of a verb), sound plurals in every case, =exact with agreement, broken plurals from
 * shipped lists, and whole words that only look like a stem plus an ending. Every found form is
 * checked at its exact offsets in the original sentence.
 */
import { describe, expect, it } from 'vitest'
import { Matcher } from '../../../electron/core/rules/matcher'
import type { Watchlist } from '../../../electron/core/rules/types'

function list(query: string): Watchlist {
  return { id: 'w', name: 'w', terms: [{ query, weight: 1 }], exclude: [], notify: true }
}

/** The original words each highlight of `query` covers in `body`. */
function found(query: string, body: string): string[] {
  const [hit] = new Matcher([list(query)]).match({ title: '', body })
  return hit ? hit.spans.map((s) => body.slice(s.start, s.end)) : []
}

describe('the future prefix س', () => {
  it.each([
    ['يداهم', 'قال المصدر إن الجيش سيداهم المخابئ الليلة', 'سيداهم'],
    ['نلاحق', 'وأكد الوزير: سنلاحق الخلايا أينما كانت', 'سنلاحق'],
    ['تستضيف', 'وستستضيف الرباط الدورة المقبلة من المؤتمر', 'وستستضيف'],
    ['داهم~', 'وقال الناطق إن القوات ستداهمهم فجرا', 'ستداهمهم'],
  ])('%s finds %s', (query, body, form) => {
    expect(found(query, body)).toEqual([form])
  })

  it('is only a verb prefix: a noun never takes it', () => {
    // ستار (curtain) is not س + تار, and a noun term never matches after س.
    expect(found('عملية', 'سعملية')).toEqual([])
    expect(found('داهم~', 'بمداهم')).toEqual([])
  })
})

describe('verb~: a verb in every person, tense and voice, with object pronouns', () => {
  const sentence =
    'اعتقلت الشرطة رجلين، واعتقلوا ثالثا، ويعتقلون المشتبهين ليلا، ولم تعتقل أحدا، ونعتقلهم غدا، واعتُقل الرابع، وسيُعتقل الخامس، واعتقلوه أمس'
  it('finds the perfect, the imperfect, the passive and the pronoun forms of اعتقل~', () => {
    expect(found('اعتقل~', sentence)).toEqual(['اعتقلت', 'واعتقلوا', 'ويعتقلون', 'تعتقل', 'ونعتقلهم', 'واعتُقل', 'وسيُعتقل', 'واعتقلوه'])
  })

  it('derives the imperfect of form IV (أوقف → يوقف) and keeps form III (داهم → يداهم)', () => {
    expect(found('أوقف~', 'أوقفت الدورية شخصين ويوقفون آخرين')).toEqual(['أوقفت', 'ويوقفون'])
    expect(found('داهم~', 'داهمت القوات منزلا وتداهم آخر')).toEqual(['داهمت', 'وتداهم'])
  })

  it('a form VIII verb keeps its ت imperfect (اتهم~ → تتهم)', () => {
    expect(found('اتهم~', 'تتهم الشرطة رجلا')).toEqual(['تتهم'])
  })

  it('a form IV verb does not reach form V (أوقف~ ↛ توقف «stopped»)', () => {
    expect(found('أوقف~', 'توقف السائق عند المحطة ثم توقفت الحافلة')).toEqual([])
    expect(found('أوقف~', 'وأوقفوه ويوقفون')).toEqual(['وأوقفوه', 'ويوقفون'])
  })

  it('never takes a noun prefix (ب، ك، ال) and does not reach the verbal noun', () => {
    expect(found('اعتقل~', 'بالاعتقل والاعتقال واعتقالات')).toEqual([])
  })

  it('refuses a verb~ of two words', () => {
    expect(() => new Matcher([list('"ألقى القبض"~')])).toThrow()
  })
})

describe('sound plurals in every case and state', () => {
  it.each([
    ['مسلحين', 'وأكد أن مسلحو التنظيم انسحبوا', 'مسلحو'],
    ['مسلحون', 'وقتل عدد من مسلحي التنظيم', 'مسلحي'],
    ['مسلحون', 'اشتبكت القوات مع المسلحين', 'المسلحين'],
    ['مطلوبين', 'تسليم مطلوبيها إلى القضاء', 'مطلوبيها'],
    ['الجانبين', 'وبحث الجانبان تعزيز التعاون', 'الجانبان'],
  ])('%s finds %s', (query, body, form) => {
    expect(found(query, body)).toEqual([form])
  })

  it('does not cut a short word that only ends like a plural (سجين is not سج + ين)', () => {
    expect(found('سجين', 'سجون المدينة')).toEqual([])
  })
})

describe('=exact keeps agreement, never clitics', () => {
  it('=أمني finds أمنية، أمنيون، أمنيين but not أمنيات (wishes), والأمني or أمنيهم', () => {
    const body = 'مصادر أمنية وخبراء أمنيون ومسؤولين أمنيين وتحققت أمنيات الجمهور ومصدر أمني والأمني أمنيهم'
    expect(found('=أمني', body)).toEqual(['أمنية', 'أمنيون', 'أمنيين', 'أمني'])
    expect(found('=حماس', 'حماسة الجمهور وحماسات الشباب وبيان حماس')).toEqual(['حماس'])
  })

  it('="تنسيق أمني" finds the feminine agreement of a phrase', () => {
    expect(found('"=تعاون =أمني" OR ="شراكة أمنية"', 'أبرم البلدان شراكة أمنيه')).toEqual(['شراكة أمنيه'])
    expect(found('="خلية إرهابية"', 'تفكيك خلايا إرهابية')).toEqual([])
  })
})

describe('whole words that only look like a stem plus an ending', () => {
  it.each([
    ['أمني', 'عبّر اللاعب عن أمنياته بالفوز'],
    ['أمن', 'وكتب الطفل أمنيتي أن أصبح طبيبا'],
    ['حماس', 'استقبل الجمهور الفريق بحماسة كبيرة'],
    ['حماس', 'أداء حماسي للاعبين'],
    ['حماس', 'لاعبون حماسيون'],
    ['أمن', 'أمنياتهما الصغيرة'],
    ['أمني', 'أمنيتهما الوحيدة'],
    ['شباب', 'أغلقت الشبابيك بسبب العاصفة'],
    ['المباحث', 'وفي ختام المباحثات أكد الجانبان أهمية التعاون'],
    ['مباحث', 'أجرى الوزيران مباحثاتهما في القاهرة'],
    ['رحل~', 'وصل المسافر على متن رحلة من أديس أبابا'],
    ['الدول', 'حملة لإزالة التعديات على أراضي الدولة'],
    ['الدول', 'هبطت الطائرة في مطار القاهرة الدولي'],
    ['دول', 'شارك في المؤتمرات الدولية'],
    ['الرسم', 'قال في بيان بثه التلفزيون الرسمي'],
    ['رسم', 'في زيارة رسمية إلى القاهرة'],
    ['الري', 'تدرب المشاركون على الإنعاش القلبي الرئوي'],
    ['الري', 'أصيب بالتهاب في الرئة'],
    ['مرضى', 'وحققت الحملة نتائج مرضية'],
    ['كابل', 'وناقشت الجلسة حماية الكابلات البحرية من التخريب'],
  ])('%s ↛ %s', (query, body) => {
    expect(found(query, body)).toEqual([])
  })

  it('still matches the word itself', () => {
    expect(found('حماس', 'قالت حماس في بيان')).toEqual(['حماس'])
    expect(found('المباحث', 'ألقت المباحث القبض على المتهم')).toEqual(['المباحث'])
    expect(found('الرسم', 'دورة في الرسم والتصوير')).toEqual(['الرسم'])
    expect(found('كابل', 'وصل الوفد إلى كابل أمس')).toEqual(['كابل'])
    expect(found('الري', 'مشروع لتحديث شبكات الري')).toEqual(['الري'])
    expect(found('مرضى', 'نقل المرضى إلى المستشفى')).toEqual(['المرضى'])
    expect(found('رحل~', 'رحّلت السلطات المتهم إلى بلاده')).toEqual(['رحّلت'])
    // A whole word's own forms are still found: رحّلته (deported him), دولتي (two states in construct).
    expect(found('رحل~', 'ورحّلته السلطات إلى بلاده')).toEqual(['ورحّلته'])
    expect(found('دولة', 'ضباط من دولتي الإمارات والبحرين')).toEqual(['دولتي'])
  })
})

describe('broken plurals from the shipped form lists', () => {
  it.each([
    ['خلية', 'تفكيك خلايا نائمة', 'خلايا'],
    ['خلايا', 'تفكيك خلية نائمة', 'خلية'],
    ['"حزام ناسف"', 'ضبط أحزمة ناسفة', 'أحزمة ناسفة'],
    ['عنصر', 'واعتقال عناصرها', 'عناصرها'],
    ['ورشة', 'اختتام الورش التدريبية', 'الورش'],
    ['سلاح', 'مخزن للأسلحة', 'للأسلحة'],
  ])('%s finds %s', (query, body, form) => {
    expect(found(query, body)).toEqual([form])
  })
})

describe('a listed form takes clitics and pronouns, never an ending that makes another word', () => {
  it.each([
    ['تاجر', 'أوقفت الشركة نشاطها التجاري'],
    ['دولة', 'وأكد التنظيم الدولي'],
    ['خلية', 'خلاياي'],
  ])('%s ↛ %s', (query, body) => {
    expect(found(query, body)).toEqual([])
  })

  it('still finds the form with its clitics and a pronoun', () => {
    expect(found('دولة', 'اجتماع للدول الأعضاء ودولها')).toEqual(['للدول', 'ودولها'])
    expect(found('"حزام ناسف"', 'ضبط أحزمتهم الناسفة')).toEqual(['أحزمتهم الناسفة'])
    expect(found('حزام', 'ضبط أحزمتهم')).toEqual(['أحزمتهم'])
  })
})

describe('a word written أل… or إل… has no article, though it folds to one', () => {
  it.each([
    ['ألغام', 'أزالت الفرق الألغام من الطريق وفككت بالألغام المزروعة', ['الألغام', 'بالألغام']],
    ['ألماني', 'وصل وفد من الشرطة الألمانية وخبير ألماني', ['الألمانية', 'ألماني']],
    ['إلكتروني', 'تزايد الابتزاز الإلكتروني عبر بريد إلكتروني مزيف', ['الإلكتروني', 'إلكتروني']],
  ])('%s finds itself with the article and without', (query, body, forms) => {
    expect(found(query, body)).toEqual(forms)
  })

  it('a word that has the article still needs it, and keeps its whole-word guard', () => {
    // الدول (the states) is دول with the article: not the adjective «الدولي» (international).
    expect(found('الدول', 'أعلنت الدول المشاركة في المطار الدولي')).toEqual(['الدول'])
    expect(found('الأمن', 'عزز الأمن أمن الحدود')).toEqual(['الأمن'])
  })
})
