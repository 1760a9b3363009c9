/**
 * The framing cues: what an article is really about when it only names a security word (a film,
 * the past, a drill, a match, medicine, the media, safety, farming, business). Watchlists give
 * them negative weights.
 */
import { q, type TermSets } from './query'

/**
 * A film the forces made about their own work («فيلم تسجيلي أعدته إدارة الشؤون المعنوية», «من إنتاج
 * الشرطة») is part of their seminar or ceremony, not a film to review.
 */
const NOT_MADE_BY_FORCES = ' NOT SENT ((أعدته OR أعدها OR أعدتها OR أنتجته OR أنتجتها OR أنتجها OR إعداد OR إنتاج) NEAR/4 (@security-forces OR المعنوية OR المعنوي))'

export const FRAMING_SETS: TermSets = {
  // --- Framing: a story about a film, a book, an exhibition, a game, a drill or the past is not the event.
  'fiction-culture': [
    q('دار النشر'), q('أدب السيرة'), q('السيرة الذاتية'),
    // A prosecutor's or a lawyer's memoranda («كتابة مذكرات الرد على الدفوع») are no memoir.
    'مذكرات NOT NEAR/1 (توقيف OR تفاهم OR قبض OR اعتقال OR إحضار OR ضبط OR تفتيش OR الرد OR كتابة OR الدفاع OR دفاع OR قانونية) SENT (يروي OR كتاب OR الكتاب OR صدرت OR جائزة OR السيرة)',
    'فيلم' + NOT_MADE_BY_FORCES, 'أفلام' + NOT_MADE_BY_FORCES,
    'مسلسل', 'رواية NOT NEAR/1 (وفق OR حسب OR بحسب OR الرسمية OR الشهود OR شهود OR التحقق OR صحة OR تأكيد OR قصته OR قصتها OR قصتهم OR تفاصيل OR ما OR الأحداث OR الواقعة OR الحادثة OR الأخرى OR المتداولة OR المضادة)',
    'روائي', 'دراما', 'درامي', 'وثائقي' + NOT_MADE_BY_FORCES,
    // A cinema as a place (hostages held «داخل متجر كبير وصالة سينما» in a drill) is no film.
    '(سينما OR السينما) NOT NEAR/1 (صالة OR صالات OR قاعة OR قاعات OR دار OR دور)', 'سينمائي', 'مسرحية', 'كوميديا', 'كوميدي', 'خشبة',
    'معرض SENT (فني OR لوحات OR صور OR أعمال OR الفنان OR التشكيلي OR فوتوغرافي OR الكتاب OR مقتنيات OR يضم OR زواره)',
    'لوحات SENT (فنان OR الفنان OR معرض OR تشكيلي OR رسم OR الرسام OR ألوان OR فنية)',
    // Volunteers, officers and trainers play parts in a drill («أدّى متطوعون دور الرهائن», «المسلح الذي
    // أدّى دوره أحد المدربين»): no stage there.
    '(أدى~ OR جسد~ OR يجسد~ OR تجسيد) NEAR/2 (دور OR دورا OR شخصية) NOT NEAR/2 (الدورة OR دورة OR الدورات OR دورات) NOT SENT (تمرين OR تمرينا OR محاكاة OR فرضية OR سيناريو OR مناورة OR متطوعون OR متطوعين OR متطوعا OR المدربين OR المدربون OR مدرب OR المسلح OR مسلح OR الرهينة OR رهينة OR الرهائن OR الإرهابي OR المهاجم OR الخاطف)',
    '(موسم OR موسمه OR موسمها OR الموسم) NEAR/2 (الأول OR الثاني OR الثالث OR الجديد) SENT (مسلسل OR المسلسل OR حلقات OR حلقة OR المشاهدين OR المشاهدون)',
    q('حفل توقيع'), 'روايته', 'روايتها', 'الناشر', 'فنان', 'تشكيلي',
    // Not video games as a recruiters' channel («التجنيد الرقمي وألعاب الفيديو التي يُستدرج عبرها المراهقون»).
    '(' + q('لعبة فيديو') + ' OR ' + q('ألعاب الفيديو') + ') NOT SENT (تجنيد OR التجنيد OR استدراج OR يستدرج~ OR يستدرجون OR الاستقطاب OR المتطرفين OR المجندين OR مجندون)', 'نتفليكس',
    // An actor, not a representative: «الممثلة العليا للشؤون الخارجية», «الممثل الخاص للأمين العام».
    '(الممثل OR الممثلين) NOT NEAR/1 (العليا OR الأعلى OR الخاص OR الخاصة OR الدائم OR الدائمة OR الدائمين OR الشخصي OR الشخصية OR الأممي OR الأممية OR المقيم OR المقيمة OR الرسمي OR القانوني OR الوحيد OR الشرعي)',
    'بطولة SENT (مسلسل OR فيلم OR الممثل)',
    // Not a school's cycle («الحلقة الأولى» of the Gulf's grades) nor a network's link («آخر حلقاتها»),
    // nor a Gulf workshop («حلقة عمل») referred back to: «وتتناول الحلقة …», «في ختام الحلقة», «أيام الحلقة».
    '(الحلقة OR حلقة) NOT NEAR/2 (المدرجات OR للمدرجات OR مدرجات OR الملعب OR للملعب) NOT NEAR/3 (طلبة OR طلاب OR الطلبة OR الطلاب OR المدارس OR مدرسة OR الدراسية OR التعليم OR التعليمية OR التلاميذ OR تلاميذ OR الصفوف OR حصة OR المعلمين) NOT NEAR/1 (الذكر OR الإنشاد OR نقاشية OR نقاش OR عمل OR علمية OR علمي OR دراسية OR بحثية OR حوارية OR وصل OR الوصل OR الأضعف OR آخر OR مفرغة OR مغلقة OR سرية) NOT NEAR/3 (تتناول OR تناولت OR ستتناول OR ختام OR تنظيم OR أيام OR المشاركون OR المشاركين OR توصيات OR أوصى OR مخرجات OR التمرين OR تستمر OR استمرت OR سيحاضر OR حاضر OR محاضرات OR تأتي OR تخرج OR وفد OR وفدي OR الوفود OR ممثلون OR ممثلين OR ممثلو OR ممثلي)' +
      // … nor the workshop the story named before («حلقة بحثية مغلقة … وانطلقت الحلقة من …»).
      ' AND NOT ((حلقة OR الحلقة OR حلقات) NEAR/1 (نقاشية OR نقاش OR النقاش OR عمل OR العمل OR بحثية OR علمية OR دراسية OR حوارية))',
    q('تدور أحداث'), 'أحداثها SENT (تدور OR تروي OR قصة OR حكاية)', 'لعبة SENT (مبيعات OR أحداثها OR إصدار OR الفيديو OR اللاعبين OR منصات)',
  ],
  // An anniversary that reports the case today (a trial, a verdict) is news, not history.
  history: [
    // Nor a religious occasion's («ذكرى الهجرة النبوية»، «ذكرى المولد»): a season, not a history feature.
    '(ذكرى OR الذكرى) NOT SENT (محاكمة OR المحاكمة OR حكم OR الحكم OR المتهم OR المتهمين OR متهمين OR الجنايات OR التحقيق OR التحقيقات) NOT NEAR/2 (الهجرة OR المولد OR الإسراء OR النبوية OR النبوي OR عاشوراء)', 'يستذكر~',
    '(يستعيد~ OR استعادة OR استعاد~) NEAR/3 (ذكريات OR الذكريات OR ذكرى OR تاريخ OR التاريخ OR الماضي OR حقبة OR أيام)', 'تاريخية', 'المؤرخ', 'مؤرخين',
    q('القرن الماضي'), q('القرن العشرين'), q('في مثل هذا اليوم'),
    // A course's or a delegation's visit to a museum is an outing, not a history feature.
    '(متحف OR المتحف OR متحفا) NOT NEAR/3 (زيارة OR زيارات OR جولة OR جولات OR زار~)', 'الأربعينيات', 'الخمسينيات', 'الستينيات', 'السبعينيات',
    // «سبعون عاماً على حلف وارسو», «34 عاماً على معاهدة …»: an anniversary feature.
    '(عاما OR أعوام OR سنة OR سنوات) NEAR/1 على SENT (معاهدة OR اتفاقية OR حلف OR تأسيس OR توقيع OR سقوط OR رحيل) NOT SENT (محاكمة OR المحاكمة OR حكم OR الحكم OR المتهم OR المتهمين OR التحقيق)',
  ],
  simulation: [
    'يحاكي', 'تحاكي', 'محاكاة', 'افتراضي', 'افتراضية', 'سيناريو', q('مشروع تكتيكي'), q('تمرين تعبوي'), q('خطة افتراضية'),
  ],
  sport: [
    q('الرياضات الإلكترونية'), q('الألعاب الإلكترونية') + ' SENT (بطولة OR فريق OR لاعبين OR الجولة)', 'اللعبة SENT (فريقين OR لاعبين OR الجولة OR البطولة)',
    // «مباراة الالتحاق» is an entrance exam in the Maghreb's usage, not a match.
    '(مباراة OR مباريات) NOT NEAR/2 (الالتحاق OR للالتحاق OR ولوج OR لولوج OR التوظيف OR لتوظيف OR توظيف)', 'لاعب', 'لاعبين', 'الدوري SENT (مباراة OR فريق OR نادي OR لاعب OR الجولة OR كرة OR المدرب OR هدف OR أهداف OR الموسم OR بطولة OR كأس)',
    'المنتخب', // A course's or a drill's trainers («وزّع المدربون أجزاء القضية على فرق من دول مختلفة») coach no team.
    '(المدرب SENT (مباراة OR فريق OR الفريق OR نادي OR النادي OR لاعب OR لاعبين OR المنتخب OR الدوري OR كرة OR الملعب OR الموسم)) NOT SENT (@training-words NOT SENT (مباراة OR مباريات OR الدوري OR المنتخب OR لاعب OR لاعبين OR الملعب))', 'الملعب',
    'الحكم SENT (مباراة OR الدوري OR لاعب)', 'الفيفا', 'الاتحاد SENT (كرة OR لاعب OR الدوري OR الرياضي)',
    'بطولة SENT (كأس OR الدوري OR لاعب OR المنتخب OR مباراة)', 'الهدف SENT (مباراة OR الدقيقة)', 'ركلة', 'الموسم SENT (الدوري OR لاعب)',
  ],
  // A victim taken to hospital is crime news: an arrest story keeps its weight (medical-care has no hospital).
  'medical-care': [
    'البعوض', 'الحشرات', 'اللقاحات', 'التطعيم', 'جراحية', 'جراحي', 'طبيب NOT NEAR/1 (الشرعي OR شرعي)', 'الأطباء NOT NEAR/1 (الشرعيين OR الشرعي)', 'المريض',
    'مرضى', 'سرطانية', 'الأورام', q('قلب مفتوح'), 'علاج',
  ],
  medicine: [
    // Taken to hospital in a drill or a transfer («نقل النزلاء إلى المحاكم والمستشفيات») is no medicine,
    // nor is a hospital an attack or a gang targets («عصابة ابتزاز استهدفت مستشفيات»).
    // Conditions and specialties an event can be about («ندوة حول اضطراب طيف التوحد»).
    'التوحد', q('الطب النفسي'), q('طب الأطفال'), 'التخاطب', 'السكري', 'الزهايمر',
    'البعوض', 'الحشرات', 'اللقاحات', 'التطعيم', 'جراحية', 'جراحي', '(مستشفى OR المستشفى) NOT NEAR/4 (نقل OR لنقل OR نقلهم OR نقلت OR نقله OR أسعف~ OR إسعاف OR مصابين OR المصابين OR مصابا OR الجرحى OR جرحى) NOT NEAR/3 (استهدف~ OR استهداف OR هجوم OR هجمات OR اختراق OR ابتزاز OR قصف OR عصابة OR فدية)', 'طبيب', 'الأطباء', 'المريض', 'مرضى', 'سرطانية', 'الأورام',
    q('قلب مفتوح'), 'علاج',
  ],
  // What a course teaches when it is no security subject, though police or soldiers take it:
  // languages, literacy, computing, photography, hospitality, business, crafts, the arts (not first aid: security
  // courses teach it beside their own subjects).
  'civil-skills': [
    q('اللغة الإنجليزية'), q('اللغة الانجليزية'), q('اللغة الفرنسية'), q('اللغة العربية'), 'اللغات', q('محو الأمية'), q('الأمية الرقمية'), 'الحاسوب',
    q('الحاسب الآلي'), q('برامج الأوفيس'), 'التصوير', q('صناعة المحتوى'), 'المونتاج', q('التصميم الجرافيكي'), 'الضيافة', 'الإتيكيت',
    q('ريادة الأعمال'), q('المشاريع الصغيرة'), 'المقاولات', 'مقاولاتهن', 'الطبخ', 'الخياطة', 'التطريز', q('الحرف اليدوية'),
    'التغذية', q('تحفيظ القرآن'), 'التجويد', 'السباحة', '@music', 'الرسم', 'التمثيل', 'الغناء',
    'البيئة', 'البيئية', 'التشجير', 'المحاسبة', q('الصيرفة الإسلامية'), q('التخطيط الاستراتيجي'), q('إدارة الجودة'), 'الشعر', 'الشعرية', q('الموارد البشرية'),
    q('التنمية البشرية'), q('الصحة النفسية'), q('اللياقة البدنية'),
    // Religious lectures and seasons at military and police academies.
    q('جهاد النفس'), q('مجاهدة النفس'), q('الموسم الديني'), q('السيرة النبوية'), 'الوعظ',
    // Administration and service skills police and soldiers are taught too: sign language, archiving,
    // customer service, institutional excellence, protocol.
    q('لغة الإشارة'), 'الأرشفة', q('الأرشيف الإلكتروني'), q('خدمة العملاء'), q('خدمة المتعاملين'), q('إسعاد المتعاملين'), q('التميز المؤسسي'),
    q('الاتصال المؤسسي'), q('جودة الحياة'), 'البروتوكول', q('المراسم'), q('إدارة الوقت'), q('الجداول الإلكترونية'),
    // Leadership and soft skills, finance and procurement, health care: what a ministry's training sector
    // also teaches its officers, and what a conference at a prison may be about.
    q('مهارات القيادة'), q('الذكاء العاطفي'), q('إدارة الضغوط'), q('فن الإلقاء'), q('مهارات الإلقاء'),
    q('الشؤون المالية'), q('الإدارة المالية'), 'المشتريات', q('الرعاية الصحية'), q('عن الصحة'), q('حول الصحة'),
    // The rest of an administration's curriculum, by kind: office work, finance, soft skills, health,
    // the environment, family life and commercial law.
    q('إدارة المشاريع'), q('المراسلات الإدارية'), q('الكتابة الإدارية'), 'السكرتارية', q('التدقيق اللغوي'), q('المهارات الإدارية'), q('المهارات السلوكية'),
    'الرواتب', q('المالية العامة'), q('التدقيق المالي'), q('التفكير الإبداعي'), q('بناء الفريق'), q('العمل الجماعي'), q('التخطيط المالي'),
    'السكري', q('ضغط الدم'), q('مكافحة العدوى'), 'التمريض', q('إعادة التدوير'), q('ترشيد الاستهلاك'), q('الإرشاد الأسري'), q('التربية الأسرية'),
    q('القانون التجاري'), q('التحكيم التجاري'), q('قانون العمل'),
    // Trades taught to mechanics, electricians and inmates («دورة تدريبية لـ28 ميكانيكياً», «التدريب المهني في النجارة»).
    q('التدريب المهني'), q('صيانة السيارات'), 'ميكانيكيا', 'ميكانيكيين', 'الميكانيكيين', 'كهربائيا', 'النجارة', 'السباكة', q('التبريد والتكييف'),
  ],
  // A band's rehearsals («موسيقى الجيش تكثف تمارينها») are music, though the players are soldiers.
  music: [
    'موسيقى', 'الموسيقى', 'موسيقية', 'الموسيقية', 'موسيقي', 'الموسيقي', 'موسيقات', 'الموسيقات', 'العزف', 'العازفين', 'العازفون', 'عازفي', 'عازفو',
  ],
  // Courses and forums for journalists (covering elections, terrorism, conflict) are media events, not security ones.
  'media-event': [
    // Not what an official «قال للصحفيين» (told reporters).
    '(للصحفيين OR للصحافيين) NOT NEAR/8 (قال~ OR أكد~ OR صرح~ OR أوضح~ OR أضاف~ OR أعلن~ OR تحدث~)', 'للإعلاميين', q('التغطية الإعلامية'), q('التغطية الصحفية'), q('نقابة الصحفيين'), q('حرية الصحافة'), q('غرف الأخبار'), 'المراسلين', 'للمراسلين',
  ],
  'civil-safety': [
    'المناخ', 'للمناخ', 'المناخي', 'المناخية', q('الطيران المدني'), q('السلامة المرورية'), q('أسبوع المرور'), q('الحوادث المرورية'), q('الأمن والسلامة'),
    q('حريق افتراضي'), q('الحريق الافتراضي'), q('مخارج الطوارئ'), 'طفايات',
    // Earthquake and tsunami drills (schools, hospitals, towns) are civil protection, not security.
    'زلزال', 'زلزالا', 'الزلازل', 'زلازل', 'تسونامي', 'التسونامي',
  ],
  metaphor: [
    '(لوصف OR أسميه OR أسميها OR نسميه OR نسميها OR تسميته OR مجازا OR مجازي OR استعارة OR أدق OR أبلغ) NEAR/4 @terror-word',
    // «إرهاب الأسعار», «الإرهاب الفكري», «إرهاب الطرقات»: terror said of prices, ideas, roads.
    '(إرهاب OR الإرهاب) NEAR/1 (الأسعار OR الأسواق OR الغلاء OR التجار OR الطرقات OR الطرق OR المرور OR فكري OR الفكري OR بيئي OR البيئي OR اقتصادي OR الاقتصادي OR نفسي OR النفسي)',
  ],
  // Farming taught or discussed (three of its words in a sentence): an army's engineers training farmers is agriculture.
  farming: [
    'المزارعين', 'مزارعي', 'مزارعا', 'المزارع', 'الفلاحين', 'فلاحي', 'الري', 'للري', 'القمح', 'المحاصيل', 'محاصيل', 'الحصاد', 'الزراعية', 'زراعية', 'الزراعي',
    'زراعي', 'التربة', 'البذور', 'الأسمدة', 'الماشية', 'الثروة الحيوانية', 'الدواجن',
  ],
  commerce: [
    q('قواعد المنافسة'), 'الاحتكار', 'العارضين', 'عارضين', q('شركات ناشئة'), q('الشركات الناشئة'),
    // One start-up, its name between («شركة «درع للحلول الرقمية» العمانية الناشئة»): 0 of 36 labeled items where it holds are on a topic.
    '(شركة OR الشركة OR لشركة) NEAR/5 (الناشئة OR ناشئة)', q('معرض الدفاع'), 'منتجاتها',
    'عملائها NOT SENT (احتيال OR الاحتيال OR انتحال OR النصب OR سرقة OR ابتزاز OR الضحايا)', 'الاكتتاب', 'البورصة', q('الطرح العام'), q('حصة سوقية'),
    q('الحصة السوقية'), '(عارض OR عارضا) NEAR/3 (معرض OR المعرض OR مشاركة OR بمشاركة OR دولة)',
    'صفقات SENT (مليار OR مليارات OR بمليارات OR مليون OR ملايين OR بقيمة)',
  ],
  finance: [
    'البورصة', 'التداول', 'تداولات', 'الأسهم', q('سوق المال'), 'المستثمرين', 'الاستحواذ', q('صفقة استحواذ'), 'الأسعار', 'التضخم',
  ],
}
