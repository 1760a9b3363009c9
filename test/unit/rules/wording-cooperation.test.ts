import { describe, expect, it } from 'vitest'
import { defaultMatcher, flagged } from '../../support/default-watchlists'

/** Wordings the default watchlists read as security cooperation between states, or not: each pinned when a class of them was fixed. */
describe('default watchlists on wording: cooperation', () => {
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

  it('a club reclaiming a player is a transfer, not a handover', () => {
    expect(flagged('طالب النادي نظيره بتسليم البطاقة الدولية لمهاجمه، مؤكداً أن اللاعب ما زال مطلوباً بعقد ساري المفعول.')).toEqual([])
  })

  it('a joint naval exercise is one with an adjective between, and its participants are not one', () => {
    expect(flagged('اختتمت فعاليات التمرين البحري المشترك بين البحرية العمانية والبحرية الباكستانية في بحر العرب.')).toContain('intelligence-cooperation')
    expect(flagged('يخضع المشتركون في نوادي اللياقة لتمارين الزحف تحت الحبال بإشراف مدربين عسكريين سابقين.')).toEqual([])
  })

  it('a request or a tip from another country\u2019s police is cooperation', () => {
    expect(flagged('ألقت فرق مكافحة الجريمة المنظمة في إسطنبول القبض على مواطن عراقي مطلوب دولياً بطلب من بغداد بتهمة الاختلاس.')).toContain('intelligence-cooperation')
  })

  it('a delivery of boats and an ambassador\u2019s credentials are not security cooperation', () => {
    expect(flagged('وقّعت وزارة الدفاع عقداً مع شركة إيطالية لشراء أربعة زوارق دورية تُسلَّم على مراحل، بحضور وزير الدفاع وسفير إيطاليا.')).toEqual([])
    expect(flagged('تسلّم الرئيس أوراق اعتماد 14 سفيراً جديداً، وأكد حرص القاهرة على تعزيز التعاون مع دولهم ودعم جهود إرساء الأمن والاستقرار.')).toEqual([])
  })

  it('economic crimes and the tourism police are security, not economy or tourism', () => {
    expect(flagged('كشفت التحقيقات المشتركة بين الإدارة العامة لشرطة السياحة والآثار والحرس المدني الإسباني عن شبكة دولية لتهريب القطع الأثرية.')).toContain('intelligence-cooperation')
  })

  it('working «بالاشتراك مع» or «مع الجانب العراقي» another country’s police is cooperation', () => {
    expect(flagged('ضبطت الشرطة 40 كيلوغراماً من الحشيش في عملية نفذتها بالاشتراك مع الشرطة التركية.')).toContain('intelligence-cooperation')
    expect(flagged('وأشارت قيادة الأمن الداخلي إلى أن ضبط الشحنة المخدرة جرى بالتنسيق مع الجانب العراقي.')).toContain('intelligence-cooperation')
  })

  it('countries and capitals from every continent count as parties; the Gulf of Guinea is a sea', () => {
    expect(flagged('عقدت اللجنة الأمنية المشتركة بين بوليفيا والإكوادور اجتماعها لتنسيق ملاحقة عصابات الكوكايين.')).toContain('intelligence-cooperation')
    expect(flagged('نفذت قوات بحرية من نيجيريا تمريناً لمكافحة القرصنة في خليج غينيا.')).not.toContain('intelligence-cooperation')
  })

  it('a police charity run with a cancer centre is not security cooperation', () => {
    expect(flagged('انطلق الماراثون الخيري الذي تنظمه مديرية الأمن العام بالتعاون مع مركز الحسين للسرطان بمشاركة منتسبي الأجهزة.')).not.toContain('intelligence-cooperation')
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

  it('a ceasefire signed between warring parties is not security cooperation; the group is still named', () => {
    const truce = 'وقّعت حكومة الكونغو الديمقراطية وحركة «إم 23» في الدوحة اتفاقاً لوقف إطلاق النار وتبادل الأسرى، يتضمن آلية لمراقبة الهدنة بمشاركة الاتحاد الأفريقي.'
    expect(flagged(truce)).not.toContain('intelligence-cooperation')
    expect(flagged(truce)).toContain('named-groups')
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

  it('lists of wanted people exchanged at a meeting, and a fugitive brought back after being charged, are cooperation', () => {
    expect(flagged('وكشف مصدر أمني أن الجانبين المصري والتركي تبادلا، خلال اجتماع فني عُقد في أنقرة الشهر الماضي، قوائم تضم أسماء مطلوبين.')).toContain('intelligence-cooperation')
    expect(flagged('أعلنت الهيئة استرداد مقيم عربي غادر المملكة قبل ثلاث سنوات إثر اتهامه باختلاس أموال عامة.')).toContain('intelligence-cooperation')
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

  it('a denied coordination read by several terms does not flag', () => {
    expect(flagged('نفى المتحدث باسم الخارجية وجود أي تنسيق أمني مع واشنطن بشأن الملاحة في المضيق.')).toEqual([])
  })

  it('a request to hand someone over to another country is cooperation; a handover to one\u2019s own prosecutor is not', () => {
    expect(flagged('وينتظر أن تبت المحكمة الوطنية في مدريد في طلب تسليمه إلى لندن خلال أسابيع.')).toContain('intelligence-cooperation')
    expect(flagged('ألقت الشرطة القبض على مطلوب خطير بعد أن تحصن داخل منزله، قبل تسليمه إلى الجهات المختصة.')).not.toContain('intelligence-cooperation')
  })

  it('a foreign agency named by its acronym or its Arabic name is another party', () => {
    expect(flagged('أوقفت الشرطة مهرب كوكايين بالتنسيق مع الوكالة الوطنية لمكافحة الجريمة.')).toContain('intelligence-cooperation')
    expect(flagged('أوقفت الشرطة مهرب كوكايين بالتنسيق مع NCA.')).toContain('intelligence-cooperation')
  })

  it('a man held on another country\u2019s warrant, circulated abroad, with his extradition asked, is cooperation', () => {
    expect(flagged('أوقفت دورية المدعو (ج. ف.) المطلوب بموجب مذكرة توقيف صادرة عن القضاء البلجيكي ومعممة دوليا.')).toContain('intelligence-cooperation')
    expect(flagged('وأحيل الموقوف إلى النيابة العامة للنظر في طلب استرداده.')).toContain('intelligence-cooperation')
  })

  it('a bilateral committee of two states\u2019 police on smuggling is cooperation', () => {
    expect(flagged('اجتمعت اللجنة الثنائية للحدود بين البلدين بمشاركة قادة الشرطة وبحثت تهريب الوقود والكوكايين.')).toContain('intelligence-cooperation')
  })

  it('a drill of one country\u2019s own forces is no joint exercise: not the joint chiefs, not its civil defence taking part', () => {
    expect(flagged('نفذت إحدى تشكيلات المنطقة العسكرية الشمالية، بحضور رئيس هيئة الأركان المشتركة، تمريناً بالذخيرة الحية.')).not.toContain('intelligence-cooperation')
    expect(flagged('نفذت الشرطة تمريناً ميدانياً بمشاركة هيئة الدفاع المدني والجهات العسكرية والأمنية.')).not.toContain('intelligence-cooperation')
    expect(flagged('نفذت القوات البحرية تمريناً بمشاركة وحدات من البحرية الفرنسية والقوات الأمريكية.')).toContain('intelligence-cooperation')
  })

  it('two states\u2019 interior ministers on a call about a wanted man are cooperating; on pilgrims\u2019 transport they are not', () => {
    expect(flagged('تلقى وزير الداخلية اتصالاً هاتفياً من وزير الداخلية بدولة الإمارات بحثا خلاله ملف المطلوب الذي فر باتجاه الحدود.')).toContain('intelligence-cooperation')
    expect(flagged('تلقى وزير الداخلية اتصالاً هاتفياً من وزير الداخلية بدولة الإمارات بحثا خلاله تنظيم نقل الحجاج.')).not.toContain('intelligence-cooperation')
  })

  it('another country\u2019s investigators joining the local inquiry are cooperation; a local team is not', () => {
    expect(flagged('وصل إلى الغردقة ثلاثة محققين من شرطة مقاطعة يوركشاير البريطانية، انضموا إلى فريق النيابة العامة في معاينة الغرفة.')).toContain('intelligence-cooperation')
    expect(flagged('انضم فريق من البحث الجنائي إلى النيابة العامة في معاينة الغرفة.')).not.toContain('intelligence-cooperation')
  })

  it('an anniversary feature on an old alliance is history, not cooperation', () => {
    const title = 'سبعون عاما على حلف وارسو: تحالف ولد في أسبوع ومات بصمت'
    const body = 'وتكشف الأرشيفات أن التعاون داخل الحلف شمل شبكة واسعة لتبادل المعلومات الاستخباراتية بين جهاز كي جي بي السوفياتي والشتازي الألماني الشرقي.'
    expect(flagged(body, title)).not.toContain('intelligence-cooperation')
  })

  it('coordination between one\u2019s own agencies, in a sentence that names a country, is no cooperation evidence at all', () => {
    const body = 'نفذت الشرطة بالتنسيق مع الدفاع المدني تمرينا في مطار مسقط، وشارك فيه ضباط من الأجهزة الأمنية بالتعاون مع سلطات المطار في مسقط.'
    expect(defaultMatcher.run({ title: '', body }).scores.find((s) => s.watchlistId === 'intelligence-cooperation')).toBeUndefined()
  })

  it('intelligence chiefs\u2019 meeting told by its noun, and wanted men returned to the other country\u2019s side, are cooperation', () => {
    expect(flagged('وعقد رئيسا جهازي المخابرات في البلدين اجتماعاً مغلقاً في القاهرة.')).toContain('intelligence-cooperation')
    expect(flagged('ناقش الباحثون الاجتماعيون دور المخابرات في الدول الأعضاء.')).not.toContain('intelligence-cooperation')
    expect(flagged('ضبطت الأجهزة الأمنية الليبية ثلاثة متهمين هاربين وأعادتهم إلى الجانب المصري عبر منفذ السلوم.')).toContain('intelligence-cooperation')
    expect(flagged('أعادت السلطات الليبية مئتي مهاجر إلى الجانب المصري بعد انتهاء إقاماتهم.')).not.toContain('intelligence-cooperation')
  })

  it('a regional police body (Ameripol), a foreign security delegation received, contacts between two services and foreign investigators joining are cooperation', () => {
    expect(flagged('أعلنت منظمة «أمريبول» أن عملية شاركت فيها أجهزة الشرطة في 12 بلداً أفضت إلى توقيف 1240 شخصاً.')).toContain('intelligence-cooperation')
    expect(flagged('التقى رئيس الأركان وفداً عسكرياً ليبياً في القاهرة وبحثا الأوضاع على الحدود الغربية.')).toContain('intelligence-cooperation')
    expect(flagged('استقبل المحافظ وفداً أمنياً من مديرية الأمن لبحث خطة المرور في الأعياد.')).not.toContain('intelligence-cooperation')
    expect(flagged('وقال مصدر أمني إن ضبط شبكة التهريب جاء ثمرة اتصالات بين الجهازين خلال الأسابيع الماضية.')).toContain('intelligence-cooperation')
    expect(flagged('وصل فريق من المحققين الأتراك إلى منبج للانضمام إلى التحقيق في التفجير.')).toContain('intelligence-cooperation')
  })

  it('police forces cooperating on sport are no security cooperation; securing sport events is', () => {
    expect(flagged('وأكد رئيس اللجنة المنظمة أن البطولة تجسد روح التعاون بين أجهزة الشرطة الخليجية وتفتح المجال لتبادل الخبرات الرياضية.')).not.toContain('intelligence-cooperation')
    expect(flagged('اختتمت في الدوحة ورشة حول حماية الفعاليات الرياضية الكبرى من التهديدات الإرهابية في إطار الشراكة بين قطر ومكتب الأمم المتحدة لمكافحة الإرهاب.')).toContain('intelligence-cooperation')
  })

  it('memoranda signed at an arms fair between companies are business, not security cooperation', () => {
    const fair = 'أسدل معرض الدفاع والأمن البري الستار على دورته بعد مشاركة أكثر من 2000 عارض من 60 دولة، وتوقيع عقود ومذكرات تفاهم في الدفاع تقدر بمليارات اليوروهات.'
    expect(flagged(fair, 'صفقات بمليارات اليوروهات في معرض الدفاع')).not.toContain('intelligence-cooperation')
  })

  it('detainees transferred to the country that wants them are cooperation; a transfer within one country is not', () => {
    expect(flagged('نقلت الحكومة المكسيكية إلى الولايات المتحدة على متن طائرة عسكرية 26 موقوفاً من كبار مسؤولي شبكات التهريب.')).toContain('intelligence-cooperation')
    expect(flagged('نقلت السلطات العراقية المحتجزين إلى سجن جديد في بغداد.')).not.toContain('intelligence-cooperation')
  })

  it('an international arrest request, foreign boats joining a patrol and trainers from a named foreign police are cooperation; a judge\u2019s warrant is not', () => {
    expect(flagged('وكان المتهم فاراً منذ تسع سنوات بموجب طلب توقيف دولي في قضايا اتجار بالكوكايين.')).toContain('intelligence-cooperation')
    expect(flagged('أصدر القاضي أمر توقيف بحق المتهم في قضية الاحتيال.')).not.toContain('intelligence-cooperation')
    expect(flagged('سيّرت قيادة خفر السواحل البحرينية، بمشاركة زوارق من حرس الحدود في المملكة العربية السعودية، دورية بحرية في المياه بين البلدين لمنع التهريب.')).toContain('intelligence-cooperation')
    expect(flagged('اختتم مدربون من الشرطة الاتحادية الألمانية برنامجاً لعشرين من مرتبات إدارة الحدود في كشف الجوازات المزورة.')).toContain('intelligence-cooperation')
    // Experts and officers of one's own country named as such are not trainers from abroad.
    expect(flagged('نظمت كلية الدفاع الوطني ندوة عن التحولات الأمنية حاضر فيها خبراء عسكريون ومسؤولون سابقون في الأجهزة الأمنية الأردنية.')).not.toContain('intelligence-cooperation')
  })

  it('search and rescue beside suspicious ships is security cooperation; a rescue drill alone is not', () => {
    expect(flagged('أجرى خفر السواحل في اليابان والفلبين والولايات المتحدة تدريبا ثلاثيا شمل التصدي لسفن مشبوهة وعمليات البحث والإنقاذ.')).toContain('intelligence-cooperation')
    expect(flagged('أجرى خفر السواحل في البلدين تمريناً مشتركاً على عمليات البحث والإنقاذ في البحر.')).not.toContain('intelligence-cooperation')
  })

  it('where a traveller flew from is no party to a cooperation; a foreign police named near a company is still one', () => {
    expect(flagged('تمكّن رجال جمرك مطار القاهرة، بالتنسيق مع الإدارة العامة لمكافحة المخدرات، من ضبط راكب قادم على متن رحلة من أديس أبابا بحوزته كبسولات هيروين.')).not.toContain('intelligence-cooperation')
    expect(flagged('ضبطت مكافحة المخدرات حاوية كوكايين بناءً على معلومات وردت من الشرطة الإسبانية بشأن الشحنة والشركة المستوردة.')).toContain('intelligence-cooperation')
  })

  it('customs data for valuation («قيم الفواتير») is revenue cooperation; fake invoices in a handed-over embezzler\u2019s case are crime', () => {
    expect(flagged('وقّعت هيئة الجمارك وشرطة المنافذ في البلدين مذكرة تفاهم للربط الإلكتروني بما يتيح التبادل الآني لبيانات الشحنات وقيم الفواتير.')).not.toContain('intelligence-cooperation')
    expect(flagged('استرد البلدان مديراً مالياً متهماً باختلاس 37 مليون ريال عبر فواتير وهمية بعد أن سلمته سلطات الدولة التي فر إليها.')).toContain('intelligence-cooperation')
  })

  it('coast guards of three states rescuing a ferry’s passengers together is a rescue; together against smugglers it is security', () => {
    expect(flagged('وقال خفر السواحل الإيطالي إن مركز الإنقاذ البحري تلقى نداء الاستغاثة، فأدار العملية بالتنسيق مع نظيريه في اليونان وألبانيا.')).not.toContain('intelligence-cooperation')
    expect(flagged('وقال خفر السواحل الإيطالي إنه اعترض قارب تهريب بالتنسيق مع نظيريه في اليونان وألبانيا.')).toContain('intelligence-cooperation')
  })

  it('states coordinating on science, scholarships, archaeology, railways or visas cooperate outside security; on forged visas, inside it', () => {
    for (const subject of ['البحث العلمي', 'المنح الدراسية', 'التنقيب الأثري', 'السكك الحديدية', 'التأشيرات']) {
      expect(flagged(`وبحث وزيرا الداخلية في مصر والأردن تعزيز التنسيق في مجال ${subject} بين البلدين.`)).not.toContain('intelligence-cooperation')
    }
    expect(flagged('ودرب خبراء من الشرطة الألمانية ضباط الجوازات المصريين على كشف التأشيرات المزورة.')).toContain('intelligence-cooperation')
  })

  it('coordinates another country’s forces handed over to the local command are intelligence shared; a map of a trade fair’s halls is not', () => {
    expect(flagged('وأطاحت الشرطة بخلية من ستة عناصر بعد مراقبة استندت إلى إحداثيات سلمتها القوات الرواندية لقيادة العمليات.')).toContain('intelligence-cooperation')
    expect(flagged('وداهمت الشرطة مخبأ الخلية استناداً إلى إحداثيات قدمتها القوات الرواندية.')).toContain('intelligence-cooperation')
    expect(flagged('وسلمت الشركة الفرنسية إحداثيات أجنحة المعرض إلى المنظمين المصريين قبل الافتتاح.')).not.toContain('intelligence-cooperation')
  })

  it('the Saudi customs authority’s name and storms smugglers use are no tax or weather cooperation', () => {
    expect(flagged('وناقش الجانبان التنسيق الأمني لمكافحة التهريب بمشاركة هيئة الزكاة والضريبة والجمارك.')).toContain('intelligence-cooperation')
    expect(flagged('وناقش الجانبان التنسيق في مجال الضريبة والرسوم بين البلدين.')).not.toContain('intelligence-cooperation')
    expect(flagged('وتوصل الجانبان إلى تبادل المعلومات الأمنية حول المهربين الذين يستغلون العواصف الترابية للعبور.')).toContain('intelligence-cooperation')
    expect(flagged('واتفق البلدان على تبادل المعلومات حول العواصف الترابية وتنسيق الإنذار المبكر.')).not.toContain('intelligence-cooperation')
  })

  it('a seizure made on information a counterpart body in a brotherly state supplied is cooperation; prices set on consumers’ information are not', () => {
    expect(flagged('وذكر بيان مشترك أن الضبط تم في ضوء معلومات وفرتها جهة نظيرة في دولة شقيقة تتبعت الحاوية منذ تحميلها.')).toContain('intelligence-cooperation')
    expect(flagged('وأعلنت الهيئة ضبط الأسعار في ضوء معلومات من جمعيات المستهلكين في دولة شقيقة.')).not.toContain('intelligence-cooperation')
  })

  it('officers of «أمن الدولة» at a course are one state’s; officers of twelve states are cooperation', () => {
    expect(flagged('اختتمت دورة تدريبية شارك فيها ضباط من جهاز أمن الدولة حول مكافحة التطرف في السجون.')).not.toContain('intelligence-cooperation')
    expect(flagged('اختتمت دورة تدريبية شارك فيها ضباط من 12 دولة أفريقية حول مكافحة التطرف في السجون.')).toContain('intelligence-cooperation')
  })

  it('a start-up launching a product with a partner is business: «شركة … الناشئة» frames it as «الشركات الناشئة» does', () => {
    const launch = (company: string) =>
      defaultMatcher.run({ title: '', body: `أطلقت ${company} منصة للأمن السيبراني موجهة للمؤسسات الصغيرة، بالشراكة مع مزود عالمي لبرمجيات الحماية، في حفل حضره ممثلون عن غرفة تجارة وصناعة عمان.` })
        .scores.find((s) => s.watchlistId === 'intelligence-cooperation')?.score ?? 0
    expect(launch('شركة «درع للحلول الرقمية» العمانية الناشئة')).toBe(launch('شركة «درع للحلول الرقمية» العمانية') - 2)
  })

  it('a course for officers of many states that includes a museum visit is still cooperation; a museum’s history of training frames it', () => {
    expect(flagged('استقبلت أكاديمية الشرطة 35 ضابطاً من 12 دولة أفريقية للمشاركة في برنامج تدريبي حول الجرائم العابرة للحدود، يتضمن زيارات ثقافية للمتحف المصري الكبير.')).toContain('intelligence-cooperation')
    expect(flagged('وفي المتحف الحربي تروي القاعات تاريخ تدريب الشرطة منذ الأربعينيات.')).toEqual([])
  })

  it('Tripoli beside the Lebanese army is Lebanon’s city, not a second country; Tripoli in Libya still is', () => {
    expect(flagged('نظم فرع مخابرات الجيش اللبناني بالتعاون مع المنطقة التربوية لقاء في طرابلس حول الفكر التكفيري.')).not.toContain('intelligence-cooperation')
    expect(flagged('وصل وفد أمني لبناني إلى طرابلس الليبية لبحث التنسيق الأمني في مكافحة الإرهاب.')).toContain('intelligence-cooperation')
  })

  it('the seized goods and the accused handed over to «الجهات المختصة» stay at home; a man handed over to another state’s authorities does not', () => {
    expect(flagged('وأضاف البيان أنه جرى تسليم المضبوطات والمتهمين إلى الجهات المختصة لاتخاذ الإجراءات القانونية.')).not.toContain('intelligence-cooperation')
    expect(flagged('وجرى تسليم المتهم إلى السلطات الأردنية بموجب اتفاقية تسليم المجرمين.')).toContain('intelligence-cooperation')
  })

  it('armies’ sports bodies exchanging coaches cooperate in sport; police securing a championship together cooperate in security', () => {
    expect(flagged('ووقعت هيئات الرياضة العسكرية في البلدين اتفاقية لتبادل المدربين وتنظيم معسكرات مشتركة للجيشين.')).not.toContain('intelligence-cooperation')
    expect(flagged('واتفقت الشرطة في البلدين على التنسيق الأمني لتأمين البطولة الرياضية وتبادل المعلومات عن مثيري الشغب.')).toContain('intelligence-cooperation')
  })

  it('a message «من رقم صديق» is from a friend; information «من جهاز أمني صديق» is from a friendly agency', () => {
    expect(flagged('وجاء في بلاغ صادر عن المديرية العامة لقوى الأمن الداخلي أن الضحايا تلقوا رسالة من رقم صديق يطلب رمز التفعيل.')).not.toContain('intelligence-cooperation')
    expect(flagged('وجاء في بلاغ لقوى الأمن الداخلي أن العملية تمت بناء على معلومات من جهاز أمني صديق.')).toContain('intelligence-cooperation')
  })
})
