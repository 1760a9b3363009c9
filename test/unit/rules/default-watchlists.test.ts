import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { Matcher } from '../../../electron/core/rules/matcher'
import { parseWatchlistFile } from '../../../electron/core/rules/watchlist-file'
import { fixtureArticles, WORKSHOP_ID } from '../../support/feeds'

const file = parseWatchlistFile(readFileSync(new URL('../../../resources/watchlists.json', import.meta.url), 'utf8'))
const { watchlists } = file
const articles = fixtureArticles()
const matcher = new Matcher(file)

/** The weekday of an RFC 822 date in its own time zone, computed from the date itself. */
function weekdayAtItsOffset(rfc822: string): string {
  const [, sign, hours, minutes] = /([+-])(\d{2})(\d{2})$/.exec(rfc822) ?? []
  const offsetMs = (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) * 60_000
  return new Date(Date.parse(rfc822) + offsetMs).toUTCString().slice(0, 3)
}

const IDS = ['counter-terrorism', 'security-workshops', 'intelligence-cooperation', 'arrests-raids', 'named-groups']

describe('default watchlists', () => {
  it('ship the five watchlists, named in Arabic', () => {
    expect(watchlists.map((w) => w.id)).toEqual(IDS)
    for (const w of watchlists) expect(w.name).toMatch(/^[\u0600-\u06ff\s]+$/u)
  })

  it('mix Arabic and English terms', () => {
    const queries = watchlists.flatMap((w) => w.terms.map((t) => t.query))
    expect(queries.some((q) => /[\u0600-\u06ff]/u.test(q))).toBe(true)
    expect(queries.some((q) => /\b(ISIS|terrorism)\b/.test(q))).toBe(true)
  })
})

describe('article fixtures', () => {
  it('are well-formed: unique ids, example.com links, RFC 822 dates, known watchlists', () => {
    expect(new Set(articles.map((a) => a.id)).size).toBe(articles.length)
    for (const a of articles) {
      expect(a.title.trim()).not.toBe('')
      expect(a.body.trim()).not.toBe('')
      expect(a.link).toMatch(/^https:\/\/example\.com\//)
      expect(a.pubDate).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$/)
      expect(weekdayAtItsOffset(a.pubDate)).toBe(a.pubDate.slice(0, 3))
      for (const id of a.expected) expect(IDS).toContain(id)
    }
  })

  it('cover unrelated and on-topic news, and the workshop article', () => {
    expect(articles.filter((a) => a.expected.length === 0).length).toBeGreaterThanOrEqual(8)
    expect(articles.filter((a) => a.expected.length > 0 && a.id !== WORKSHOP_ID).length).toBeGreaterThanOrEqual(6)
    const workshop = articles.find((a) => a.id === WORKSHOP_ID)
    expect(workshop?.title).toBe('ورشة عمل في طرابلس الخميس حول تبادل المعلومات وملاحقة خلايا الارهاب')
    expect(workshop?.expected).toEqual(expect.arrayContaining(['counter-terrorism', 'security-workshops', 'intelligence-cooperation']))
  })
})

describe('default watchlists on the article fixtures', () => {
  it.each(articles.map((a) => [a.id, a] as const))('%s hits exactly its expected watchlists', (_id, article) => {
    const hits = matcher.match(article)
    expect(hits.map((h) => h.watchlistId).sort()).toEqual([...article.expected].sort())
    for (const hit of hits) {
      expect(hit.spans.length).toBeGreaterThan(0)
      for (const span of hit.spans) {
        const text = article[span.field]
        expect(span.start).toBeGreaterThanOrEqual(0)
        expect(span.end).toBeLessThanOrEqual(text.length)
        expect(text.slice(span.start, span.end)).toMatch(/^[\p{L}\p{N}]/u)
      }
    }
  })
})

describe('default watchlists on classes of wording', () => {
  const flagged = (body: string): string[] => matcher.match({ title: '', body }).map((h) => h.watchlistId).sort()

  it('a press conference is not a conference: the arrest it announces still counts', () => {
    expect(flagged('وقال قائد الشرطة في مؤتمر صحفي إن القوات اعتقلت خمسة مشتبهين بالانتماء إلى خلية إرهابية.')).toEqual(['arrests-raids', 'counter-terrorism'])
  })

  it('cooperation between two countries\u2019 agencies, said without «تعاون»', () => {
    expect(flagged('اعتقلت الشرطة الإسبانية في سبتة شاباً يشتبه في أنه كان يعد لعملية دهس، بفضل معلومات قدمتها المخابرات المغربية.')).toContain('intelligence-cooperation')
    expect(flagged('سلّمت السلطات التركية إلى العراق ثلاثة مطلوبين بتهم تهريب المخدرات عبر معبر إبراهيم الخليل.')).toContain('intelligence-cooperation')
  })

  it('one country\u2019s police working with its own agencies is not international cooperation', () => {
    expect(flagged('أوقفت الشرطة المصرية في القاهرة، بالتنسيق مع الإدارة العامة لمكافحة المخدرات، ثلاثة تجار.')).not.toContain('intelligence-cooperation')
  })

  it('two armies exchanging fire, or sharing a border, are not cooperating', () => {
    expect(flagged('تبادل الجيشان الباكستاني والأفغاني إطلاق النار عند معبر طورخم، وقالت إسلام آباد إن جنديين قتلا.')).not.toContain('intelligence-cooperation')
    expect(flagged('عززت القوات العراقية انتشارها على الحدود المشتركة مع سوريا بعد تسلل مسلحين.')).not.toContain('intelligence-cooperation')
  })

  it('information relayed by another country\u2019s agencies, and a course for officers of many countries, are cooperation', () => {
    expect(flagged('داهمت الشرطة البلجيكية منازل في أنتويرب واعتقلت أربعة. وأوضحت النيابة أن الملف فُتح بناءً على معطيات نقلتها الأجهزة البريطانية.')).toContain('intelligence-cooperation')
    expect(flagged('اختتمت في القاهرة دورة تدريبية في مكافحة الإرهاب لضباط من 16 دولة أفريقية.')).toContain('intelligence-cooperation')
  })

  it('what a rumour says happened does not flag: a denied arrest told with its rumour', () => {
    expect(flagged('نفت وزارة الداخلية صحة ما تداولته حسابات عن توقيف أحد المشاهير في المطار. وحذر محام من نشر أخبار كاذبة عن توقيف أشخاص.')).not.toContain('arrests-raids')
  })

  it('a time span before a seizure is not setting a clock', () => {
    expect(flagged('وأسفرت الحملات خلال 24 ساعة عن ضبط 13 متهماً في قضايا اتجار غير مشروع بالعملات.')).toContain('arrests-raids')
    expect(flagged('وفي وقت لاحق ضبطت الشرطة المتهم وبحوزته المسروقات.')).toContain('arrests-raids')
    expect(flagged('دعا المدرب اللاعبين إلى ضبط الوقت في الشوط الثاني من المباراة.')).toEqual([])
  })

  it('a club reclaiming a player is a transfer, not a handover', () => {
    expect(flagged('طالب النادي نظيره بتسليم البطاقة الدولية لمهاجمه، مؤكداً أن اللاعب ما زال مطلوباً بعقد ساري المفعول.')).toEqual([])
  })

  it('a word called «الإرهاب» by metaphor is not terrorism', () => {
    expect(flagged('لا أجد كلمة أدق من «الإرهاب» لوصف ما يعيشه المستأجرون كل عام عند تجديد العقود.')).not.toContain('counter-terrorism')
    expect(flagged('وصف رئيس الحي فوضى التوك توك في الشارع بأنها «إرهاب حقيقي للناس».')).not.toContain('counter-terrorism')
  })

  it('a joint naval exercise is one with an adjective between, and its participants are not one', () => {
    expect(flagged('اختتمت فعاليات التمرين البحري المشترك بين البحرية العمانية والبحرية الباكستانية في بحر العرب.')).toContain('intelligence-cooperation')
    expect(flagged('يخضع المشتركون في نوادي اللياقة لتمارين الزحف تحت الحبال بإشراف مدربين عسكريين سابقين.')).toEqual([])
  })

  it('a request or a tip from another country\u2019s police is cooperation', () => {
    expect(flagged('ألقت فرق مكافحة الجريمة المنظمة في إسطنبول القبض على مواطن عراقي مطلوب دولياً بطلب من بغداد بتهمة الاختلاس.')).toContain('intelligence-cooperation')
  })

  it('a coroner in a murder story is not medicine: the arrest keeps its score', () => {
    const arrestScore = (body: string) => matcher.run({ title: '', body }).scores.find((x) => x.watchlistId === 'arrests-raids')?.score
    const arrest = 'أعلنت الشرطة القبض على المشتبه بقتل صاحب محل في الزرقاء.'
    expect(arrestScore(`${arrest} وأحيلت الجثة إلى الطبيب الشرعي لتحديد سبب الوفاة.`)).toBe(arrestScore(`${arrest} وأحيلت الجثة إلى المختصين لتحديد سبب الوفاة.`))
  })

  it('a delivery of boats and an ambassador\u2019s credentials are not security cooperation', () => {
    expect(flagged('وقّعت وزارة الدفاع عقداً مع شركة إيطالية لشراء أربعة زوارق دورية تُسلَّم على مراحل، بحضور وزير الدفاع وسفير إيطاليا.')).toEqual([])
    expect(flagged('تسلّم الرئيس أوراق اعتماد 14 سفيراً جديداً، وأكد حرص القاهرة على تعزيز التعاون مع دولهم ودعم جهود إرساء الأمن والاستقرار.')).toEqual([])
  })

  it('economic crimes and the tourism police are security, not economy or tourism', () => {
    expect(flagged('كشفت التحقيقات المشتركة بين الإدارة العامة لشرطة السياحة والآثار والحرس المدني الإسباني عن شبكة دولية لتهريب القطع الأثرية.')).toContain('intelligence-cooperation')
  })

  it('a course for journalists on covering attacks is a media event, not a security one', () => {
    expect(flagged('نظمت نقابة الصحفيين ورشة عمل للصحفيين حول تغطية الهجمات الإرهابية وأخبار الجماعات المسلحة.')).not.toContain('security-workshops')
  })

  it('an e-sports match\u2019s «terrorists» are roles in a game', () => {
    const body = 'تأهل فريق «فالكونز» للرياضات الإلكترونية إلى ربع النهائي. وتقوم اللعبة على مواجهة بين فريقين من خمسة لاعبين، يتبادلان دور «الإرهابيين» الذين يزرعون قنبلة ودور «مكافحي الإرهاب».'
    expect(flagged(body)).not.toContain('counter-terrorism')
  })

  it('people held «رهن التحقيق» have been arrested', () => {
    expect(flagged('أعلنت الداخلية إحباط إدخال مواد متفجرة عبر ميناء، وأربعة مرتبطين بالمخطط رهن التحقيق.')).toContain('arrests-raids')
  })

  it('a prison sentence is not an arrest; detention pending investigation is', () => {
    expect(flagged('أيدت محكمة التمييز حكم الاستئناف القاضي بحبس أربعة متهمين، بينهم مواطن وثلاثة مقيمين، عشر سنوات مع الشغل.')).not.toContain('arrests-raids')
    expect(flagged('أمرت النيابة العامة بحبس ثلاثة متهمين أربعة أيام على ذمة التحقيقات.')).toContain('arrests-raids')
  })

  it('a garage, a rehabilitation programme and a militant’s training are not security events', () => {
    expect(flagged('وعثرت الشرطة على بندقيتين ومسروقات داخل الورشة التي استأجرها المتهمون في القرية.')).not.toContain('security-workshops')
    expect(flagged('سيخضع العائدون لبرنامج تأهيل نفسي واجتماعي يشرف عليه مختصون بالتعاون مع الأجهزة الأمنية.')).not.toContain('security-workshops')
    expect(flagged('وأسندت النيابة إلى المتهمين تهمة التدرب على استعمال المتفجرات بقصد ارتكاب جرائم إرهابية.')).not.toContain('security-workshops')
    expect(flagged('وحاول سائق القارب المناورة للفرار قبل أن تعترضه دورية خفر السواحل.')).not.toContain('security-workshops')
  })

  it('a defence fair told as business is not a security conference', () => {
    expect(flagged('أسدل معرض ومؤتمر الدفاع البحري ستاره بعد أن استقطب 212 شركة من العارضين، ووقّعت الشركات عقود توريد للقوات البحرية.')).not.toContain('security-workshops')
  })

  it('working «بالاشتراك مع» or «مع الجانب العراقي» another country’s police is cooperation', () => {
    expect(flagged('ضبطت الشرطة 40 كيلوغراماً من الحشيش في عملية نفذتها بالاشتراك مع الشرطة التركية.')).toContain('intelligence-cooperation')
    expect(flagged('وأشارت قيادة الأمن الداخلي إلى أن ضبط الشحنة المخدرة جرى بالتنسيق مع الجانب العراقي.')).toContain('intelligence-cooperation')
  })

  it('countries and capitals from every continent count as parties; the Gulf of Guinea is a sea', () => {
    expect(flagged('عقدت اللجنة الأمنية المشتركة بين بوليفيا والإكوادور اجتماعها لتنسيق ملاحقة عصابات الكوكايين.')).toContain('intelligence-cooperation')
    expect(flagged('نفذت قوات بحرية من نيجيريا تمريناً لمكافحة القرصنة في خليج غينيا.')).not.toContain('intelligence-cooperation')
  })

  it('a conference hall is a venue and a party rally is politics, not a security conference', () => {
    expect(flagged('انطلق هاكاثون لرقمنة خدمات الأحوال المدنية في قاعة المؤتمرات بمقر وزارة الداخلية بحضور قادة الأجهزة الأمنية.')).not.toContain('security-workshops')
    expect(flagged('عقد الحزب مؤتمراً جماهيرياً لتقديم مرشحيه، تحدث فيه الرئيس الأسبق للجنة الدفاع والأمن القومي.')).not.toContain('security-workshops')
  })

  it('officers trained in any person of the verb, a class graduated by a long-named directorate, and a customs course on money laundering are security events', () => {
    expect(flagged('وتدرّبوا خلال البرنامج على مطابقة صور المطلوبين في قواعد بيانات الإنتربول عند المنافذ.')).toContain('security-workshops')
    expect(flagged('خرّجت المديرية العامة لمراكز الإصلاح والتأهيل الدفعة السابعة من حراس السجون.')).toContain('security-workshops')
    expect(flagged('تنظم الجمارك حلقة عمل لمفتشي المنافذ حول كشف غسل الأموال عبر فواتير الشحنات.')).toContain('security-workshops')
  })

  it('a police charity run with a cancer centre is not security cooperation', () => {
    expect(flagged('انطلق الماراثون الخيري الذي تنظمه مديرية الأمن العام بالتعاون مع مركز الحسين للسرطان بمشاركة منتسبي الأجهزة.')).not.toContain('intelligence-cooperation')
  })

  it('a patrol intercepting a boat with its crew is a seizure with suspects; a driver objecting is not', () => {
    expect(flagged('اعترضت دوريات خفر السواحل فجر اليوم قارباً محملاً بمكونات طائرات مسيّرة قبالة المهرة وعلى متنه ستة بحارة.')).toContain('arrests-raids')
    expect(flagged('اعترض سائق سيارة أجرة على المخالفة التي حررتها له دورية المرور وقال إنه كان يحمل ركابا.')).toEqual([])
  })

  it('a forum of ministers from many countries is an event; a panel of their security agencies is cooperation', () => {
    const forum = flagged('افتتح في سنغافورة منتدى للأمن الإقليمي بمشاركة وزراء دفاع من الولايات المتحدة واليابان والفلبين، وسط توتر في بحر الصين الجنوبي.')
    expect(forum).toContain('security-workshops')
    expect(forum).not.toContain('intelligence-cooperation')
    expect(flagged('تستضيف بيروت حلقة نقاشية إقليمية حول أمن الحدود يشارك فيها ممثلون عن أجهزة أمنية من الأردن وقبرص واليونان.')).toContain('intelligence-cooperation')
  })

  it('«epidemic intelligence» is public health, and a security university is security, not academia', () => {
    expect(flagged('اختتمت منظمة الصحة العالمية دورة تدريبية في «الاستخبارات الوبائية» لمسؤولين من 18 دولة أفريقية لرصد التفشيات.')).toEqual([])
    expect(flagged('اختتمت جامعة نايف العربية للعلوم الأمنية برنامجاً تدريبياً في التحقيق المالي بمشاركة ضباط من 14 دولة عربية.')).toContain('intelligence-cooperation')
  })

  it('bacteria’s «sleeper cells» are biology', () => {
    const title = 'البكتيريا تخفي خلايا نائمة تنتظر انسحاب الدواء'
    const body = 'توصل باحثون إلى أن بعض سلالات البكتيريا تنجو من المضادات الحيوية ثم تعاود مهاجمة الجسم بعد توقف العلاج.'
    expect(matcher.match({ title, body })).toEqual([])
  })

  it('information supplied by another country’s agencies, or that came «from abroad», is cooperation', () => {
    expect(flagged('ضبطت إدارة مكافحة المخدرات مليوني حبة كبتاغون، وبيّنت الوزارة أن مسار الشحنة رُصد بفضل معلومات زوّدتها بها الجهات العراقية المختصة.')).toContain('intelligence-cooperation')
    expect(flagged('أحبطت المديرية العامة لمكافحة المخدرات تهريب 3 ملايين قرص. وأوضح المتحدث أن الضبط تم بناءً على معلومات وردت من الخارج.')).toContain('intelligence-cooperation')
  })

  it('teenagers held, and a list of people another country wants extradited on charges', () => {
    expect(flagged('أُوقف في كوبنهاغن فتيان سويديان يُشتبه في أنهما كُلّفا بتنفيذ عملية إطلاق نار.')).toContain('arrests-raids')
    expect(flagged('تسلّمت ستوكهولم من أنقرة قائمة تضم 17 اسماً تطالب تركيا بتسليمهم بتهم تتصل بتمويل الإرهاب.')).toContain('intelligence-cooperation')
  })

  it('a tip or a notice from a named foreign agency, or from another country’s authorities, is cooperation', () => {
    expect(flagged('اعترض خفر السواحل زورقاً محملاً بقطع أسلحة قبالة المكلا، وجاء اعتراضه إثر معلومات من القيادة المركزية الأمريكية.')).toContain('intelligence-cooperation')
    expect(flagged('ضبطت مباحث المنافذ حقيبتين من الهيروين في مطار الخرطوم بناءً على إخطار من إدارة مكافحة المخدرات الأميركية.')).toContain('intelligence-cooperation')
    expect(flagged('ألقت الشرطة القبض على مهرب بشر بعد إشعار من السلطات الإيطالية بوصوله إلى المطار بجواز مزور.')).toContain('intelligence-cooperation')
    expect(flagged('ألقت الشرطة القبض على مهرب بشر بعد بلاغ من أحد المواطنين بوصوله إلى المطار بجواز مزور.')).not.toContain('intelligence-cooperation')
  })

  it('exchanging lists of wanted people, and a two- or three-party exercise, are cooperation', () => {
    expect(flagged('واتفق الوفدان العراقي والسوري على تشكيل لجنة فنية تجتمع دورياً لتبادل قوائم المطلوبين.')).toContain('intelligence-cooperation')
    expect(flagged('نفذت الزوارق الكويتية والبحرينية تمريناً ثنائياً في المياه الإقليمية للتصدي لسفن مشبوهة.')).toContain('intelligence-cooperation')
  })

  it('Oman’s police in Muscat is one country, not Jordan’s capital too (عُمان and عمّان fold alike)', () => {
    expect(flagged('مسقط - نفذت شرطة عُمان السلطانية بالتنسيق مع شركة المطارات تمريناً ميدانياً بمطار مسقط يحاكي هجوماً مسلحاً على صالة المغادرة.')).not.toContain('intelligence-cooperation')
    expect(flagged('ضبطت شرطة عُمان السلطانية بالتنسيق مع شرطة أبوظبي قارباً يحمل مخدرات قبالة مسندم.')).toContain('intelligence-cooperation')
  })

  it('a trip is not a deportation (رحلة folds like رحّله)', () => {
    expect(flagged('أوقفت الشرطة في مطار القاهرة مسافراً قادماً على متن رحلة من أديس أبابا يشتبه في حمله مخدرات.')).not.toContain('intelligence-cooperation')
  })

  it('officers teaching farmers to irrigate wheat is farming; a lecture on mines in farms is security', () => {
    expect(flagged('ضباط من سلاح المهندسين يدرّبون المزارعين على الري المحوري لمحاصيل القمح في توشكى.')).not.toContain('security-workshops')
    expect(flagged('نظمت إدارة الأمن محاضرات ميدانية لأفراد الشرطة حول الألغام المزروعة في الطرقات والمزارع.')).toContain('security-workshops')
  })

  it('a group by its short or official name: «القسام», the Taliban’s «الإمارة الإسلامية»', () => {
    expect(flagged('أعلنت «القسام» أنها أسرت جنديين إسرائيليين شرق خان يونس.')).toContain('named-groups')
    expect(flagged('وصل إلى الدوحة وفد من «الإمارة الإسلامية» قادماً من كابل لبحث ملف المساعدات.')).toContain('named-groups')
    expect(flagged('افتتح المسجد الذي يحمل اسم عز الدين القسام في حي الشيخ رضوان.')).not.toContain('named-groups')
  })

  it('remains handed over through the Red Cross are not a suspect extradited', () => {
    expect(flagged('تسلّمت اللجنة الدولية للصليب الأحمر عند معبر رفح رفات ثلاثة محتجزين إسرائيليين، بوساطة مصرية.')).not.toContain('intelligence-cooperation')
  })

  it('an operation run «بالتوازي مع» another country’s agency is cooperation', () => {
    expect(flagged('أسفرت عملية قادها الحرس المدني الإسباني بالتوازي مع المديرية العامة لمراقبة التراب الوطني المغربية عن توقيف أربعة متطرفين في مليلية.')).toContain('intelligence-cooperation')
  })

  it('«بمشاركة» its own officers and «أراضي الدولة» (one state) name no other party', () => {
    expect(flagged('اختتمت شرطة دبي ورشة في تحليل البيانات بمشاركة 35 من المحققين، بالتعاون مع كلية الإدارة الحكومية.')).not.toContain('intelligence-cooperation')
    expect(flagged('شنّت الأجهزة التنفيذية، بالتنسيق مع مديرية الأمن، حملة لإزالة التعديات على أراضي الدولة.')).not.toContain('intelligence-cooperation')
    expect(flagged('بحث وزراء داخلية الدول العربية تعزيز التنسيق الأمني لمواجهة تهريب المخدرات.')).toContain('intelligence-cooperation')
  })

  it('a course named elsewhere in an arrest story weighs less than one the arrest is part of', () => {
    expect(flagged('ضبطت الشرطة ثلاثة متهمين بترويج المخدرات في حي الشعلة. وكان عناصر الدورية قد أنهوا دورة تدريبية في مكافحة المخدرات الشهر الماضي.')).toContain('arrests-raids')
    expect(flagged('نفذت الشرطة تمريناً على مداهمة منزل واعتقال مطلوبين في حي الشعلة.')).not.toContain('arrests-raids')
    expect(flagged('اختتمت أكاديمية الشرطة دورة تدريبية حول إجراءات القبض والتفتيش لمنتسبي المراكز.')).not.toContain('arrests-raids')
  })

  it('a gunman holding hostages is no arrest; the police arresting him is', () => {
    expect(flagged('احتجز مسلح مجهول ثلاثة رهائن داخل صيدلية في حي الحمراء لساعات.')).not.toContain('arrests-raids')
    expect(flagged('احتجز مسلح ثلاثة رهائن داخل صيدلية قبل أن تلقي الشرطة القبض عليه.')).toContain('arrests-raids')
  })

  it('a ceasefire signed between warring parties is not security cooperation; the group is still named', () => {
    const truce = 'وقّعت حكومة الكونغو الديمقراطية وحركة «إم 23» في الدوحة اتفاقاً لوقف إطلاق النار وتبادل الأسرى، يتضمن آلية لمراقبة الهدنة بمشاركة الاتحاد الأفريقي.'
    expect(flagged(truce)).not.toContain('intelligence-cooperation')
    expect(flagged(truce)).toContain('named-groups')
  })

  it('a course in finding and defusing bombs is a security course, not terrorism', () => {
    const course = 'اختتمت مدرسة الهندسة في الجيش دورة تدريبية في كشف العبوات الناسفة وتفكيكها لعناصر من أفواج الحدود.'
    expect(flagged(course)).not.toContain('counter-terrorism')
    expect(flagged(course)).toContain('security-workshops')
  })

  it('an international airport and a country’s airline are not parties to cooperation', () => {
    expect(flagged('أحبطت جمارك مطار القاهرة الدولي، بالتعاون مع شرطة الميناء الجوي، تهريب أقراص مخدرة مع راكب قادم على متن رحلة للخطوط الجوية التركية.')).not.toContain('intelligence-cooperation')
    expect(flagged('سيّرت الشرطة الكينية العاملة ضمن القوة الدولية دوريات مشتركة مع الشرطة الوطنية في حي دلماس.')).toContain('intelligence-cooperation')
  })

  it('the work of a body that exists for states’ security cooperation is cooperation', () => {
    expect(flagged('أعلن مركز استهداف تمويل الإرهاب تصنيف خمسة أفراد مرتبطين بتمويل جماعات مسلحة في اليمن.')).toContain('intelligence-cooperation')
    expect(flagged('افتتح وزير الداخلية أعمال اجتماع للمنتدى العالمي لمكافحة الإرهاب حول تجفيف مصادر تمويل الجماعات المتطرفة.')).toContain('intelligence-cooperation')
  })

  it('a man one country hands to another after arresting him is extradited', () => {
    expect(flagged('وكانت برازيليا قد سلّمته إلى روما إثر توقيفه في ساو باولو العام الماضي.')).toContain('intelligence-cooperation')
  })

  it('a stadium’s ring and telling one’s story are not a series episode or a novel', () => {
    expect(flagged('نفذت الشرطة تمريناً يحاكي هجوماً إرهابياً على الملعب، وقال قائد الشرطة إن التمرين كشف الحاجة إلى تسريع الإخلاء من الحلقة الثالثة للمدرجات.')).toContain('security-workshops')
    expect(flagged('وتنتظر الوحدة افتتاح غرفة مقابلة مجهّزة بكاميرات حتى لا يضطر الطفل إلى رواية قصته أكثر من مرة، بعد أن أنهت شرطيات الوحدة دورة تدريبية في التحقيق مع الضحايا.')).toContain('security-workshops')
  })

  it('lists of wanted people exchanged at a meeting, and a fugitive brought back after being charged, are cooperation', () => {
    expect(flagged('وكشف مصدر أمني أن الجانبين المصري والتركي تبادلا، خلال اجتماع فني عُقد في أنقرة الشهر الماضي، قوائم تضم أسماء مطلوبين.')).toContain('intelligence-cooperation')
    expect(flagged('أعلنت الهيئة استرداد مقيم عربي غادر المملكة قبل ثلاث سنوات إثر اتهامه باختلاس أموال عامة.')).toContain('intelligence-cooperation')
  })

  it('officers’ awareness sessions in schools, and a drill by Egypt’s «مديرية أمن», are security events; dhikr circles are no episode', () => {
    expect(flagged('بدأ ضباط من مكافحة المخدرات جولة من الحصص التوعوية في 60 مدرسة حول مخاطر المؤثرات العقلية.')).toContain('security-workshops')
    expect(flagged('نفّذت مديرية أمن الغربية، فجر اليوم، تجربة فرضية موسّعة بمحيط المسجد استعداداً للاحتفالات.')).toContain('security-workshops')
    expect(flagged('وتواصل الطرق الصوفية إقامة حلقات الذكر في خيامها بمحيط المسجد. ونفذت الشرطة تمريناً على تأمين الحشود.')).toContain('security-workshops')
  })

  it('«the account could not be verified» is no novel; the Egyptian army’s «مشروع … تعبوي» is an exercise; executed warrants are raids', () => {
    expect(flagged('قال المتحدث إن قواتها داهمت مخبأً في ننغرهار فقتلت اثنين من عناصر «ولاية خراسان». ولم يتسنَّ التحقق من الرواية من مصدر مستقل.')).toContain('counter-terrorism')
    expect(flagged('شهد قائد الجيش الثاني الميداني المرحلة الرئيسية لمشروع مراكز القيادة التعبوي الذي نفذته إحدى وحدات الجيش بالذخيرة الحية.')).toContain('security-workshops')
    expect(flagged('نفّذت الشرطة الاتحادية الثلاثاء 58 أمر تفتيش في ثلاث ولايات ضمن عملية تستهدف شبكة لغسل الأموال.')).toContain('arrests-raids')
  })

  it('a drill told as «تجربة طوارئ», or by what it «افترض», is a security exercise', () => {
    expect(flagged('وشاركت الهيئة بخمس وعشرين سيارة في تجربة طوارئ بمحطة مترو العتبة نفذتها الشرطة.')).toContain('security-workshops')
    expect(flagged('ونفذت الشرطة بمحطة المترو سيناريو افترض قيام مسلح بإطلاق النار على الركاب.')).toContain('security-workshops')
  })

  it('«إرهاب الأسعار» is a metaphor; bottles of perfume seized are no contraband, bombs are', () => {
    expect(flagged('«إرهاب الأسعار»: مَن يحمي المستهلك من رفوف المتاجر؟ والإرهاب هنا بمعناه الاقتصادي لا الأمني.')).not.toContain('counter-terrorism')
    expect(flagged('ضبطت مفتشية الجمارك في الميناء عبوات عطور مقلدة داخل حاويتين وأحالتها إلى الإتلاف.')).not.toContain('arrests-raids')
    expect(flagged('ضبطت الشرطة عبوات ناسفة في مخزن مهجور بضواحي المدينة.')).toContain('arrests-raids')
  })

  it('a drill whose injured go to hospital is a drill; a medical course is not a security one', () => {
    expect(flagged('نفذت قوات الأمن تمريناً يحاكي هجوماً على محطة القطارات بمشاركة 400 عنصر. ونُقل المصابون الافتراضيون إلى المستشفى.')).toContain('security-workshops')
    expect(flagged('نظّم المستشفى العسكري دورة تدريبية للضباط الأطباء في علاج المرضى بعد العمليات الجراحية.')).not.toContain('security-workshops')
  })

  it('«الأمن الغذائي» weighs fully against an event on it, and only a little against a drill elsewhere in the story', () => {
    const hits = (title: string, body: string) => matcher.match({ title, body }).map((h) => h.watchlistId)
    const drill = 'الجيش ينفذ تمريناً بالذخيرة الحية لمواجهة هجوم على منشأة حيوية'
    expect(hits(drill, 'نفذت وحدات من الجيش تمريناً بالذخيرة الحية شارك فيه 400 عنصر.\nوفي سياق آخر، أطلقت وزارة الزراعة خطتها لتعزيز الأمن الغذائي.')).toContain('security-workshops')
    expect(hits('ورشة عمل حول الأمن الغذائي بمشاركة خبراء من الجيش', 'اختتمت ورشة العمل أعمالها أمس.')).not.toContain('security-workshops')
  })

  it('«الإرهاب الإلكتروني» is cyber-terrorism, not a metaphor; an Egyptian «مدير أمن» is security forces', () => {
    expect(flagged('أحالت النيابة خلية تابعة لتنظيم داعش إلى المحاكمة بتهمة ممارسة الإرهاب الإلكتروني.')).toContain('counter-terrorism')
    expect(flagged('بحث مدير أمن أسوان مع نظيره السوداني سبل مكافحة تهريب المخدرات عبر الحدود.')).toContain('intelligence-cooperation')
  })

  it('an operation run with another country’s agency is cooperation; with one’s own police it is not', () => {
    expect(flagged('ألقى جهاز الاستخبارات التركي القبض على قيادي في تنظيم داعش في عملية نفذت على الحدود مع الاستخبارات الباكستانية.')).toContain('intelligence-cooperation')
    expect(flagged('نفذت قوات الأمن عملية مداهمة مع الشرطة المصرية في حي شبرا أسفرت عن ضبط تاجر مخدرات.')).not.toContain('intelligence-cooperation')
  })

  it.each([
    // One country named twice, by its people and its capital, is one party.
    ['أعلنت الشرطة البيروفية في ليما تنسيق حملة أمنية لملاحقة عصابات المخدرات.', 'intelligence-cooperation'],
    // Capitals and countries that are Arabic words once inflected: إكراه (أكرا), مجريات (مجري).
    ['وقال المحامي إن الاعترافات انتزعت تحت الإكراه، وبالتنسيق مع الأجهزة الأمنية المصرية جرى التحقيق.', 'intelligence-cooperation'],
    ['تابع وزير الداخلية المصري مجريات التحقيق بالتنسيق مع الأجهزة الأمنية.', 'intelligence-cooperation'],
    // A clash «مع» smugglers is not an operation «مع» another country's police.
    ['وفي عملية أمنية قرب الحدود الليبية، اشتبكت الشرطة المصرية مع مهربين.', 'intelligence-cooperation'],
    // The threads of a crime are the crime page's metaphor, not information from abroad.
    ['كشفت الشرطة المصرية خيوط جريمة قتل مواطن سوداني.', 'intelligence-cooperation'],
    // A research university is not a security one.
    ['أعلنت جامعة الملك عبدالله للعلوم والتقنية تعاونا أمنيا مع مؤسسة بريطانية.', 'intelligence-cooperation'],
    // A case still under investigation is not a person held.
    ['وأسباب الحادث لا تزال رهن التحقيق.', 'arrests-raids'],
    // Prisoners going out are not a class graduating.
    ['خرجت الدفعة الثانية من الأسرى من سجن عوفر وسط انتشار مكثف للشرطة الإسرائيلية.', 'security-workshops'],
  ])('%s: not %s', (body, watchlist) => {
    expect(flagged(body)).not.toContain(watchlist)
  })

  it.each([
    // An age in years is not a prison sentence.
    ['أمرت النيابة بحبس عاطل يبلغ من العمر 30 عاما أربعة أيام على ذمة التحقيقات.', 'arrests-raids'],
    // «للمواطنين من الإرهاب» is not the metaphor «إرهاب للمواطنين».
    ['تعمل الدولة على توفير الحماية للمواطنين من الإرهاب.', 'counter-terrorism'],
    // A research centre holding a conference, a workshop under royal patronage, a course on defusing bombs.
    ['نظم مركز الأبحاث مؤتمرا حول مكافحة الإرهاب.', 'security-workshops'],
    ['نظمت الوزارة ورشة تدريبية برعاية صاحب السمو حول مكافحة الإرهاب.', 'security-workshops'],
    ['نظم الجيش ورشا تدريبية على تفكيك العبوات الناسفة.', 'security-workshops'],
  ])('%s: %s', (body, watchlist) => {
    expect(flagged(body)).toContain(watchlist)
  })

  it('a denied coordination read by several terms does not flag', () => {
    expect(flagged('نفى المتحدث باسم الخارجية وجود أي تنسيق أمني مع واشنطن بشأن الملاحة في المضيق.')).toEqual([])
  })
})
