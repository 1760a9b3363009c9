/**
 * The five default watchlists: each term a query (often naming a set of scripts/watchlists/) and
 * its weight. An article is on a watchlist when its terms' weights reach the threshold.
 */
import { OR, q, term, type WatchlistSource } from './query'

/** Cooperation on trade, health, floods or a match, whatever else the sentence says, is not security cooperation. */
const NOT_SECURITY_COOPERATION = ' NOT SENT (@non-security-cooperation OR @sport)'

/** An operation run «مع» another country's agency, or with its officers or investigators taking part. */
const OPERATION_WITH_FOREIGN_AGENCY = '(عملية OR عمليات OR حملة OR مداهمة OR دورية OR دوريات OR @arrest-words OR @raid-words) SENT (("مع الاستخبارات" OR "مع المخابرات" OR "مع الشرطة" OR "مع شرطة" OR "مع جهاز" OR "مع أجهزة" OR "مع الأجهزة" OR "مع محققين" OR "مع ضباط" OR "مع قوات" OR "مع القوات" OR "مع الأمن" OR (شارك~ OR بمشاركة) NEAR/4 (محققين OR محققون OR ضباط OR عناصر OR خبراء OR أجهزة OR جهاز OR الشرطة OR قوات OR زوارق OR وحدات OR سفن)) NEAR/3 @countries)'

/** A meeting or a visit, by its verb or its noun (exact nouns: «الاجتماعيين» is no meeting). */
const MEETING = '(استقبل~ OR التقى~ OR اجتمع~ OR =اجتماع OR =اجتماعا OR =الاجتماع OR زيارة OR لقاء OR مباحثات OR محادثات)'

/** «Security» in other senses, a company's products and its business continuity: what a security workshop is not about. */
const OTHER_SECURITY = OR(
  // A business-continuity plan, unless the story plays out an attack (a plant's drill of gunmen from the sea names its plan too).
  '(' + q('استمرارية الأعمال') + ' OR ' + q('استمرارية العمل') + ') AND NOT (مسلح OR مسلحين OR مسلحون OR إرهابي OR إرهابية OR إرهابيين OR تسلل OR اقتحام OR رهائن OR متفجرات OR مفخخة)',
  q('الأمن الغذائي'), q('الأمن المائي'), q('أمن الطاقة'), q('السلامة المهنية'), q('الأمن الصحي'), q('الأمن الدوائي'), q('أمن المعلومات') + ' SENT (شركة OR منتج OR حلول)', 'منتجات NOT NEAR/1 (البترولية OR النفطية OR المهربة OR المقلدة OR المسروقة)', 'حلول SENT شركة', 'عملاء SENT شركة')

/**
 * A drill that plays out an attack (not a cyber attack, nor a market's «هجوم مضاربي»), a hostage
 * taking or a storming is a security drill, whatever else the story is about. A scenario word alone
 * («سيناريو اقتحام رفح» in an analysis) takes only attacks; «الفرضية الإرهابية» that prosecutors
 * rule out is an investigation's hypothesis, not a drill's.
 */
const DRILL = '(تمرين OR تمارين OR محاكاة OR يحاكي OR تحاكي OR حاكى~ OR (افترضت OR افترض) SENT (تجربة OR التجربة OR تمرين OR التمرين))'
const SCENARIO = '((فرضية OR فرضيات) NOT NEAR/1 (الإرهابية OR إرهابية OR الإرهاب OR العمل OR الاعتداء OR الجنائية OR الجنائي) NOT NEAR/2 (استبعاد OR استبعد~ OR تستبعد OR يستبعد OR ترجيح OR رجح~ OR ترجح OR يرجح) OR سيناريو)'
const ATTACK = '((هجوم OR هجمات OR هجوما) NOT NEAR/2 (سيبراني OR السيبراني OR سيبرانية OR السيبرانية OR إلكتروني OR الإلكتروني OR إلكترونية OR الإلكترونية OR قرصنة OR فدية OR مضاربي OR المضاربة) OR تفجير OR إرهابي OR إرهابية OR مسلحين OR مسلحون OR (مسلح NOT NEAR/1 (القوات OR قوات OR نزاع OR النزاع OR الكفاح OR صراع OR الصراع)) OR رهائن OR اختطاف OR تكفيرية OR تكفيريين OR تكفيري)'
const HOSTAGES_OR_STORMING = '(اقتحام OR محتجزين OR المحتجزين OR احتجاز OR "مطلق نار" OR "مطلقي النار" OR انتحاري)'
/** Not a market's «attack» nor a film's or a novel's scenario. */
const NOT_STAGED = ' NOT SENT (@finance OR @fiction-culture)'
/** A drill's «فرضية» (not an analyst's «سيناريو») that plays out a hostage taking or a storming. */
const DRILL_SCENARIO = '(فرضية OR فرضيات OR الفرضية) NOT NEAR/1 (الإرهابية OR إرهابية OR الإرهاب OR العمل OR الاعتداء OR الجنائية OR الجنائي)'
const ATTACK_DRILL = `((${DRILL} OR ${SCENARIO}) SENT ${ATTACK} OR (${DRILL} OR ${DRILL_SCENARIO}) SENT ${HOSTAGES_OR_STORMING})` + NOT_STAGED
/** A drill that plays out a terrorist attack is about terrorism too (every such development and validation item is labeled so). */
const TERROR_DRILL = `(${DRILL} OR ${SCENARIO}) SENT (إرهابي OR إرهابية OR إرهابيين OR تفجير OR انتحاري OR تكفيرية OR تكفيريين OR تكفيري)` + NOT_STAGED

export const WATCHLISTS: readonly WatchlistSource[] = [
  {
    id: 'counter-terrorism',
    name: 'مكافحة الإرهاب',
    color: '#b91c1c',
    threshold: 2,
    terms: [
      term('@terror-word', 2),
      term(OR('تكفيري', 'جهادي', 'جهاديين', '@extremism-word', q('التطرف العنيف'), 'الدواعش'), 2),
      term(OR('(مفخخة OR مفخخات OR "عبوة ناسفة") NOT SENT @training-words', q('حزام ناسف'), q('عبوة لاصقة'), 'انتحاري SENT (تفجير OR هجوم OR عملية OR حزام OR مهاجم)', q('هجوم انتحاري'), '((' + q('ذئب منفرد') + ' OR ' + q('ذئاب منفردة') + ') AND NOT (محمية OR حيوان OR الطبيعة OR الرعاة OR البرية OR الحيوان))', '(' + q('خلية نائمة') + ' OR ' + q('خلايا نائمة') + ') NOT SENT (سرطانية OR مناعية OR @medicine) AND NOT (بكتيريا OR البكتيريا OR الجرثومية OR الفيروس OR الفيروسات OR المضادات OR الخلايا OR مناعة OR سرطانية)'), 2),
      term(q('خلاف أحكام القانون') + ' SENT (جماعة OR الانضمام OR تأسيس OR تنظيم)', 2),
      // Financing armed or extremist groups is terrorism financing, told without «تمويل الإرهاب» (every
      // labeled item where it holds is labeled so: 27 of 27 development, variant and validation items).
      term('(تمويل OR لتمويل OR تمويل~ OR تمويلها) NEAR/3 ((جماعات OR جماعة OR تنظيمات OR تنظيم OR الجماعات) NEAR/2 (مسلحة OR متطرفة OR إرهابية OR المسلحة OR المتطرفة OR الإرهابية))', 2),
      // The Gulf's and Levant's charge of a banned group: «إدارة جماعة محظورة الغرض منها … استخدام القوة، والانضمام إليها، وتمويلها».
      term('(جماعة OR تنظيم OR جماعات OR تنظيمات) NEAR/1 (محظورة OR محظور) SENT (القوة OR تعطيل OR الانضمام OR تمويل~ OR تمويلها OR أسست OR إدارة)', 2),
      term('@jihadist-groups', 2),
      term(TERROR_DRILL, 2),
      term(OR(q('مكافحة الإرهاب'), q('تمويل الإرهاب'), q('الفكر المتطرف'), q('نزع التطرف'), 'التجنيد SENT (متطرف OR إرهاب OR داعش)', q('العائدين من مناطق النزاع'), q('مخيم الهول'), 'تبنى~ SENT (هجوم OR تفجير OR عملية)'), 1),
      term('terrorism OR terrorist OR counterterrorism OR counter-terrorism OR extremism OR jihadist OR GCTF OR ' + q('المنتدى العالمي لمكافحة الإرهاب'), 2),
      term('@fiction-culture', -1.5), term('@fiction-culture{2}', -2), term('@history', -2), term('@commerce', -2), term('@metaphor', -4), term('@sport{2}', -2),
    ],
  },
  {
    id: 'security-workshops',
    name: 'ورش ومؤتمرات أمنية',
    color: '#1d4ed8',
    threshold: 2,
    terms: [
      term('@event-words SENT @event-topic', 2),
      // An event told with its participants or its length is reported, not named in passing: the
      // details are a statement of their own beside the event's (term-strength.ts).
      term('@event-details SENT @event-words SENT @event-topic', 0.7),
      term(OR(q('تمرين مشترك'), q('التمرين المشترك'), q('مناورات مشتركة'), q('المناورات المشتركة'), q('التدريب المشترك'), q('تمرين تعبوي'), q('تمرين عسكري'), q('مناورات عسكرية'), q('مناورات بحرية'), q('تمرين بحري')), 2),
      term(ATTACK_DRILL, 2),
      // Securing a tournament («تمرين لتأمين المباريات», «خطة أمن البطولة», a drill «في محيط الملعب») is a security event though the
      // story is about sport: weighed to outweigh the story's sport framing (every development and
      // validation text where it holds is labeled so: 11 of 11).
      term('(تأمين OR لتأمين OR حماية OR أمن OR الأمنية OR الأمني OR خطة OR محيط OR اقتحام) NEAR/3 (البطولة OR المباريات OR المباراة OR الملاعب OR الملعب OR الجماهير OR المشجعين OR كأس OR المونديال) SENT @event-words', 4),
      term(OR(q('حوار المنامة'), q('حوار شانغريلا'), q('مؤتمر ميونخ للأمن'), q('الجمعية العامة للإنتربول'), q('قمة الناتو'), 'Flintlock'), 2),
      // Medicine frames an event when it is the story's subject (two medical words in a sentence) or
      // the event's own; one medical word elsewhere (a drill's injured taken to hospital) does not.
      term('@fiction-culture', -1.5), term('@fiction-culture{2}', -2), term('@history', -2), term('@sport NOT SENT @security-forces', -2), term('@sport{2}', -2), term('@medicine{2} NOT SENT @security-forces', -2), term('@medicine SENT @event-words NOT SENT @security-forces', -2),
      // … and wherever medicine is what the event is announced to be about («ندوة حول اضطراب التوحد لأسر الضباط»).
      term('@medicine NEAR/4 (حول OR بعنوان OR موضوع OR تناولت OR تتناول) SENT @event-words', -2), term('@civil-safety NOT SENT (مسلح OR مسلحين OR مسلحة OR إرهابي OR إرهابية OR إرهابيين OR المتفجرات OR متفجرات OR المشبوه OR رهائن OR الرهائن OR اقتحام OR انتحاري OR مسيرات OR المسيرات OR مسيرة OR معادية OR الدفاع NEAR/1 الجوي)', -2), term('@media-event', -2), term('@commerce', -2), term('@farming{3}', -2),
      // A course on a skill of no security subject (languages, photography, hospitality) is not a
      // security course, though police take it: -2 when it is what the course is in («دورة في التصوير»).
      term('@civil-skills NEAR/4 @event-words SENT @event-words', -2),
      term('@music NEAR/3 @training-words', -2),
      // An event on «security» in another sense (food, water, energy, a vendor's products) is not a
      // security event: -4 in the event's sentence (both terms), only -1 elsewhere in the story.
      term(OTHER_SECURITY + ' SENT @event-words', -3),
      term(OTHER_SECURITY, -1),
    ],
  },
  {
    id: 'intelligence-cooperation',
    name: 'التعاون الأمني والاستخباراتي',
    color: '#047857',
    threshold: 2,
    terms: [
      term(OR(q('تنسيق أمني'), q('تعاون أمني'), q('شراكة أمنية'), q('اتفاق أمني'), q('اتفاقية أمنية'), q('تنسيق استخباراتي'), q('تعاون استخباراتي'), q('تنسيق مخابراتي'), q('تعاون مخابراتي'), q('تنسيق استخباري'), q('تعاون استخباري'), q('التعاون الأمني'), q('التنسيق الأمني'), q('مذكرة تفاهم') + ' SENT (أمني OR الأمن OR الإرهاب OR الجريمة OR الشرطة OR الدفاع OR العسكري)'), 2),
      term(OR(q('تبادل المعلومات'), q('تبادل المعطيات'), q('تقاسم المعلومات'), q('تبادل البيانات')) + ' SENT @security-topic NOT SENT @non-security-cooperation', 2),
      term(OR('@police-networks', q('نشرة حمراء'), q('النشرة الحمراء'), q('مذكرة توقيف دولية'), q('تسليم المطلوبين'), q('تسليم مطلوبين'), '(تبادل OR لتبادل OR تبادل~) SENT ((قوائم OR قائمة OR أسماء OR بيانات OR ملفات) NEAR/3 (المطلوبين OR مطلوبين))', 'تسليم~ NOT NEAR/6 (المختصة OR النيابة OR للنيابة OR القضاء OR المحكمة OR ذويه OR أسرته) SENT (مطلوب OR المطلوبين OR متهم) NOT SENT @non-security-cooperation', '(سلم~ OR تسلم~) NOT NEAR/1 @received-papers SENT (مطلوب OR متهم OR مطلوبا)') + ' NOT SENT @sport', 2),
      term('@cooperation-words SENT @security-context SENT @other-party' + NOT_SECURITY_COOPERATION, 2),
      // An operation run with another country's agency, or with its investigators taking part.
      // (One country named may be the reporting country's own police: two make it cooperation.)
      term(OPERATION_WITH_FOREIGN_AGENCY + NOT_SECURITY_COOPERATION, 1),
      term(OPERATION_WITH_FOREIGN_AGENCY + ' SENT @countries{2}' + NOT_SECURITY_COOPERATION, 1),
      // Coordination in a sentence naming one country is as often between one's own agencies there
      // («بالتنسيق مع الدفاع المدني … في مسقط»): only two countries count.
      term('@cooperation-words SENT @security-context SENT @countries{2}' + NOT_SECURITY_COOPERATION, 2),
      term('@foreign-security SENT @security-context' + NOT_SECURITY_COOPERATION, 1),
      // A request to hand someone over to another country: «طلب تسليمه إلى لندن», «طلب استرداده»
      // of a man held; a warrant circulated abroad («مذكرة توقيف … معمّمة دولياً»).
      term('(طلب OR طلبا OR بطلب) NEAR/1 (تسليم OR تسليمه OR تسليمها OR تسليمهم OR ترحيله OR استرداده OR استردادهم) NEAR/4 (@countries OR بلاده OR بلده)', 2),
      term('(طلب OR طلبا OR بطلب OR طلبات) NEAR/1 (تسليمه OR تسليمها OR تسليمهم OR استرداده OR استردادها OR استردادهم) SENT (@suspects OR @arrest-words OR مطلوب OR المطلوب OR الموقوف OR المتهم OR مذكرة)', 2),
      term('((معممة OR معمم OR عممت OR عممتها OR عممها OR عممته OR عممتهم) NEAR/1 (دوليا OR دولية OR الدولية) SENT (مذكرة OR مذكرات OR مطلوب OR المطلوب OR أمر OR بحث)) OR ((طلب OR أمر) NEAR/1 توقيف NEAR/1 (دولي OR دوليا))', 2),
      // Another country's investigators come to work beside the local ones: «وصل … محققون من شرطة
      // يوركشاير البريطانية، انضموا إلى فريق النيابة».
      term('(محققين OR محققون OR محققو OR محققي OR خبراء OR فريق) NEAR/8 @countries SENT (@security-forces OR النيابة OR نيابة OR التحقيق OR التحقيقات) SENT (انضم~ OR انضمام OR الانضمام OR لمساندة OR مساندة OR جانب OR بتكليف)' + NOT_SECURITY_COOPERATION, 2),
      // Two states' interior ministers (or police chiefs) on a call or in a meeting about a case: a wanted
      // man, smuggling, terrorism.
      term('(اتصال OR اتصالا OR هاتفي OR هاتفيا OR مباحثات OR محادثات OR استقبل~ OR التقى~ OR اجتمع~ OR بحث~) SENT (وزير OR وزيري OR وزيرا) NEAR/1 الداخلية SENT (نظيره OR @countries{2} OR بدولة OR (وزير NEAR/1 الداخلية) NEAR/4 @countries) SENT (مطلوب OR المطلوب OR المطلوبين OR متهم OR فار OR الفار OR تهريب OR التهريب OR المخدرات OR مخدرات OR الإرهاب OR إرهابي OR الجريمة OR جرائم OR المتسللين)' + NOT_SECURITY_COOPERATION, 2),
      // Bodies whose whole work is security cooperation between states.
      term('(TFTC OR "مركز استهداف تمويل الإرهاب" OR "مجلس وزراء الداخلية العرب" OR GCTF OR "المنتدى العالمي لمكافحة الإرهاب" OR "مكتب الأمم المتحدة المعني بالمخدرات والجريمة" OR "مكتب الأمم المتحدة لمكافحة الإرهاب" OR "الهيئة الإقليمية لمكافحة الإرهاب") SENT @security-context', 1),
      term('(سلم~ OR تسلم~ OR ترحيل OR رحل~ OR تسليم OR استرداد OR استرد~ OR إبعاد OR أبعد~ OR (أعاد~ OR إعادة OR أعيد~) NEAR/3 (الجانب OR للجانب OR بلاده OR بلده OR موطنه)) NOT SENT (رفات OR جثامين OR جثث OR "الصليب الأحمر") SENT (@countries{2} OR بلاده OR بلده OR موطنه OR (دولة OR دول) NEAR/2 (شقيقة OR صديقة OR عربية OR خليجية OR أجنبية OR أفريقية OR أوروبية OR آسيوية)) SENT (@suspects OR @arrest-words OR يشتبه OR بتهم OR بتهمة OR المتهمين OR المحتجزين OR محتجزين OR مطلوب OR المطلوبين OR متهم OR قادة OR قيادي OR الفار OR الهارب OR هارب OR فارين OR ' + q('مذكرة توقيف') + ') NOT SENT (@sport OR عقد OR عقدا OR صفقة OR شراء OR توريد OR معدات OR زوارق OR طائرات)', 2),
      // Detainees or wanted men transferred to another country («نقلت الحكومة المكسيكية إلى الولايات المتحدة 18 موقوفاً تطالب بهم محاكم أميركية»).
      term('(نقل~ OR ينقل~ OR تنقل~ OR نقلت OR نقلهم OR نقل) SENT (موقوفا OR موقوفين OR الموقوفين OR مطلوبين OR المطلوبين OR المحكومين OR محكومين OR المحتجزين OR محتجزين OR المعتقلين OR معتقلين) SENT @countries{2}' + NOT_SECURITY_COOPERATION, 2),
      term('(استرداد OR استرد~ OR استعاد~) SENT (اتهام OR اتهامه OR متهم OR المتهم OR المتهمين OR مطلوب OR هارب OR الهارب OR فر~ OR الفارين OR المحكوم OR محكوم OR محكوما OR مدان OR مدانا OR @police-networks OR ' + q('رجل أعمال') + ') NOT SENT @sport', 2),
      term('(' + MEETING + ' OR يلتقي~ OR =اجتماعات OR هاتفي OR هاتفيا OR =اتصالا) SENT @intel-agencies SENT @other-party' + NOT_SECURITY_COOPERATION, 2),
      // A foreign security delegation received («استقبل … وفداً أمنياً ليبياً»): the country named beside the delegation is the other party.
      term(MEETING + ' SENT (((وفد OR وفدا OR الوفد) NEAR/1 (أمني OR أمنيا OR الأمني OR عسكري OR عسكريا OR العسكري OR شرطي OR شرطيا)) NEAR/2 @countries)' + NOT_SECURITY_COOPERATION, 2),
      // A forum, a summit or a dialogue of many countries is an event, not cooperation; a course or an
      // exercise for another country's officers is.
      term('@training-words SENT @security-context SENT @countries{2}' + NOT_SECURITY_COOPERATION, 2),
      // … unless the forum is one of security agencies and officers, not of ministers and experts.
      term('@forum-words SENT ((أجهزة OR الأجهزة OR ضباط OR محققين OR مسؤولي OR ممثلين) NEAR/4 (أمنية OR الأمنية OR الشرطة OR مكافحة OR الاستخبارات OR المخابرات OR الحدود)) SENT @countries{2}' + NOT_SECURITY_COOPERATION, 2),
      term('@event-words SENT ((ضباط OR لضباط OR ضابطا OR عناصر OR كوادر OR منتسبي OR متدربين) NEAR/5 ((دولة OR دول) NOT NEAR/1 أمن)) SENT @security-context' + NOT_SECURITY_COOPERATION, 2),
      term('(بإسناد OR بدعم OR بمساندة OR بغطاء) NEAR/6 (@foreign-security OR الأشقاء OR الحلفاء OR التحالف) SENT @security-context', 2),
      term('(@event-words OR مدرب OR مدربون OR مدربين OR مدربو OR خبراء) SENT @foreign-police', 2),
      // Trainers from a force the sentence ties to a country («مدربون من الشرطة الاتحادية الألمانية»): the reporting country's own go unnamed.
      term('(@training-words OR برنامج OR برنامجا OR دورة OR اختتم~ OR درب~) SENT ((مدرب OR مدربون OR مدربين OR مدربو) NEAR/2 ((@security-forces OR @intel-agencies) NEAR/2 @countries))' + NOT_SECURITY_COOPERATION, 2),
      term('@info-words SENT (@intel-agencies OR @security-forces) SENT (@countries{2} OR @foreign-security OR (أجنبي OR أجنبية OR شقيق OR شقيقة OR صديق OR صديقة) NEAR/2 (دولة OR دول OR بلد OR جهاز OR أجهزة OR جهة OR جهات OR سلطات OR شرطة) OR الأشقاء)', 2),
      term('@info-words NEAR/8 (@countries NEAR/4 (ورد~ OR وصل~ OR تلقى~ OR وفر~ OR قدم~ OR مرر~ OR أرسل~ OR نقل~ OR زود~ OR سلم~) OR (ورد~ OR وصل~ OR جاء~) NEAR/2 (الخارج OR الخارجي) OR الأشقاء OR صديق OR شقيق OR نظير OR نظيرة OR نظرائها OR نظرائهم OR شركاء OR الشركاء) SENT (@security-context OR تهريب OR مخدر OR @arrest-words OR (الضبط OR ضبط~) NOT NEAR/1 @not-seized OR الأجهزة OR أجهزة OR النيابة)', 2),
      term('(@intel-agencies OR @security-forces OR @foreign-security) NEAR/8 (نظيره OR نظيرته OR نظيرها OR نظرائه OR نظرائها OR نظرائهم OR نظيريه OR نظيرتها) SENT @security-topic' + NOT_SECURITY_COOPERATION, 2),
      term('(أبلغ~ OR أخطر~ OR نبه~ OR زود~ OR أطلع~) SENT (نظيرتها OR نظيره OR نظيرها OR نظرائها OR نظرائه OR نظراءه OR نظرائهم) SENT @security-context' + NOT_SECURITY_COOPERATION, 2),
      term('(@info-words OR إخطار OR بإخطار) NEAR/4 (@foreign-police OR @foreign-security OR من NEAR/1 ((السلطات OR الشرطة OR الأجهزة OR الاستخبارات OR المخابرات OR سلطات OR شرطة) NEAR/1 @countries)) SENT @security-context' + NOT_SECURITY_COOPERATION, 2),
      term('(بطلب OR طلب OR استجابة OR بمساعدة OR مساعدة OR بتزويد OR تزويدها OR تزويده) NEAR/4 (@foreign-police OR @police-networks OR (السلطات OR الشرطة OR الأجهزة OR الاستخبارات OR المخابرات) NEAR/1 @countries OR من NEAR/3 @countries) SENT @security-context' + NOT_SECURITY_COOPERATION, 2),
      term('(@intel-agencies OR @security-forces) SENT (نظيرتها OR نظيره OR نظيرها OR نظرائها OR نظرائه OR نظرائهم) SENT @security-topic' + NOT_SECURITY_COOPERATION, 2),
      term('(عاد~ OR وصل~ OR أعيد~ OR إعادة) SENT (الهارب OR الهاربين OR المطلوب OR المحكوم OR الفار) SENT (مأمورية OR برفقة OR @police-networks)', 2),
      term('(' + q('مكتب الارتباط') + ' OR ' + q('مكتب ارتباط') + ' OR ' + q('ضابط ارتباط') + ' OR ' + q('ضابط اتصال') + ' OR ' + q('ضباط ارتباط') + ' OR ' + q('ضباط اتصال') + ') SENT (@countries{2} OR @other-party)', 2),
      // Joint exercises, «التمرين البحري المشترك» too (not «المشتركين في التمرين», the participants,
      // nor «هيئة الأركان المشتركة», the joint chiefs); a drill «بمشاركة» another country's forces,
      // not one's own civil defence; civil aviation authorities' crash drills are not security.
      term(OR('((تمرين OR التمرين) NEAR/1 (مشترك OR المشترك) OR (مناورات OR المناورات) NEAR/1 (مشتركة OR المشتركة) OR (تدريب OR التدريب OR تدريبا OR تمرينا OR مناورات) NEAR/1 (مشترك OR المشترك OR ثلاثي OR ثلاثيا OR ثنائي OR ثنائيا OR رباعي OR رباعيا)) NOT NEAR/3 (المشتركون OR المشتركين OR مشتركون OR مشتركين OR الأركان OR أركان)', 'مناورات SENT (دول OR بمشاركة OR الحلف OR الناتو OR البلدين)', 'تمرين SENT (البلدين OR دول OR بمشاركة NEAR/5 (@countries OR دول OR @foreign-security)) SENT (عسكري OR القوات OR الشرطة OR الأمن)') + ' NOT SENT (' + q('الطيران المدني') + ' OR ' + q('سلطات الطيران') + ' OR ' + q('هيئة الطيران') + ')', 2),
      term('@fiction-culture', -1.5), term('@fiction-culture{2}', -2), term('@history', -2), term('@non-security-cooperation', -1), term('@commerce', -2),
    ],
  },
  {
    id: 'arrests-raids',
    name: 'اعتقالات ومداهمات',
    color: '#b45309',
    threshold: 2,
    terms: [
      term('@arrest-words', 2),
      term('@raid-words', 2),
      term('(@arrest-words OR @raid-words) SENT @security-forces', 1),
      term('@event-words SENT (@arrest-words OR @raid-words)', -2), term('@event-words NEAR/3 (@arrest-words OR @raid-words)', -2), term('@event-words', -1),
      term(OR(q('مذكرة توقيف'), q('مذكرات توقيف'), 'السجن SENT (قضت OR حكم OR المحكمة)', 'مطلوب', 'المطلوبين', 'فار', 'ملاحقة'), 0.5),
      term('@fiction-culture', -2.5), term('@fiction-culture{2}', -3), term('@history', -2), term('@simulation', -3), term('@sport', -2), term('@sport{2}', -2), term('@medical-care', -1), term('@commerce', -2),
    ],
  },
  {
    id: 'named-groups',
    name: 'تنظيمات مسمّاة',
    color: '#7c3aed',
    threshold: 2,
    terms: [
      // Any mention of a group is what this list is for, a passing or a denied one too: 4 × 0.75 and 4 × 0.5 still reach 2.
      term('@armed-groups', 4),
      // A review of a film or a novel names a group as its plot's: the cue (-2, -1.5 in passing) takes a passing mention (3) under 2.
      term('@fiction-culture', -2),
    ],
  },
]
