/** Events (courses, drills, exercises, forums, summits), split into training and forums. */
import { q, type TermSets } from './query'

/**
 * A programme that rehabilitates inmates, addicts or extremists («برنامج المناصحة»، «المراجعات
 * الفكرية»، إعادة الإدماج) is a policy, not a course.
 */
const NOT_REHABILITATION = ' NOT NEAR/3 (إعادة OR نزلاء OR المحكومين OR السجناء OR المدمنين) NOT NEAR/6 (النفسي OR نفسي OR المناصحة OR للمناصحة OR الإدماج OR دمج OR المراجعات OR مراجعات)'

/** Every event, before the split below: `event-words` itself becomes the union of the two parts. */
const EVENT_WORDS: readonly string[] = [
  '(ورشة OR ورش) NOT NEAR/3 (تصليح OR صيانة OR إصلاح OR نجارة OR حدادة OR سيارات OR تصنيع OR لتصنيع OR السلاح OR أسلحة OR الأسلحة OR مرخصة OR محل OR محال OR لتفكيك OR المسروقة OR المسروقات OR مسروقة OR إعمار OR الإعمار OR ترميم OR الترميم OR مرائب OR الغيار) NOT NEAR/1 (' +
    ['صاحب', 'أصحاب', 'مالك'].flatMap((a) => ['ورشة', 'الورشة', 'الورش'].map((b) => q(a + ' ' + b))).join(' OR ') +
    // A chop shop («ورش تفكيك» of stolen cars), not a workshop on dismantling bombs or cells.
    ') NOT NEAR/1 (تفكيك NOT NEAR/2 (العبوات OR عبوات OR المتفجرات OR متفجرات OR الألغام OR ألغام OR القنابل OR خلايا OR الخلايا OR شبكات OR الشبكات))',
  q('ورشة عمل'), q('حلقة عمل'), q('دورة تدريبية'), q('دورة تكوينية'), q('دورة متخصصة'), q('دورة إقليمية'),
  'دورة NEAR/1 (متقدمة OR تخصصية OR تأهيلية OR تنشيطية OR مكثفة)',
  // Not a forum's or a fair's annual session («اختتم منتدى هاليفاكس … دورته السنوية»): that one is a forum.
  '(اختتام OR اختتم~ OR أنهى~ OR تخريج OR تخرج~ OR محاور) NEAR/8 (دورة OR الدورة) NOT NEAR/2 (اجتماعات OR اجتماع OR للجنة OR اللجنة OR العادية OR البرلمانية OR الانعقاد OR التشريعية OR المجلس OR لمجلس) NOT NEAR/3 (منتدى OR المنتدى OR ملتقى OR الملتقى OR مؤتمر OR المؤتمر OR معرض OR المعرض OR مهرجان OR المهرجان OR قمة OR القمة)',
  'دورة SENT (تدريب OR تأهيل OR ضباط OR لعناصر OR لضباط OR متدربين OR المشاركين)', 'ندوة', 'سمنار', 'سيمنار', 'محاضرة', 'ملتقى',
  // Not the internet's forums where stolen data is sold («عرضها للبيع على منتديات في الإنترنت»).
  'منتدى NOT NEAR/3 (الإنترنت OR الانترنت OR إلكترونية OR الإلكترونية OR المظلم OR الويب OR للبيع)',
  // Not a press conference, a rally, nor football's Conference League («دوري المؤتمر الأوروبي»).
  '(مؤتمر OR مؤتمرا OR مؤتمرات) NOT NEAR/1 (صحفي OR صحافي OR صحفيا OR صحافيا OR صحفية OR جماهيري OR انتخابي OR حزبي OR دوري OR الدوري) NOT NEAR/1 (' +
    ['قاعة', 'مركز', 'قصر', 'صالة'].map((v) => q(v + ' المؤتمرات')).join(' OR ') +
    // … nor a company's call with its analysts or investors.
    ') NOT NEAR/2 (المحللين OR محللين OR المستثمرين OR للمستثمرين)',
  q('حلقة نقاشية'), q('حلقة علمية'), q('حلقات علمية'), q('حلقة بحثية'), q('حلقة دراسية'), q('حلقة حوارية'), q('ندوة علمية'), q('حلقة نقاش'), q('جلسة نقاشية'), q('أمسية نقاشية'), q('يوم دراسي'), q('يوما دراسيا'),
  q('لقاء تواصلي'), q('لقاء حواري'), 'تخريج NEAR/3 (دفعة OR الدفعة)',
  // A graduation of officers or recruits who completed a programme: «بتخريج 54 ضابطاً».
  'تخريج NEAR/3 (ضباط OR ضابطا OR الضباط OR متدربين OR المتدربين OR متدربا OR مجندين OR المجندين OR مجندا OR منتسبي OR منتسبا OR منتسبين OR المنتسبين OR أفراد OR عناصر)',
  'خرج~ NEAR/8 (دفعة OR الدفعة) SENT (ضباط OR متدربين OR مرتبات OR منتسبي OR طلبة OR كلية OR أكاديمية OR معهد OR مدرسة OR دورة OR حراس OR أفراد OR عناصر OR مجندين)',
  '(درب~ OR تدرب~) NOT SENT (تهم OR تهمة OR بتهمة OR اتهام OR المتهمين OR متهمين OR أسندت OR المحكمة)',
  '(فعاليات OR بدء OR انطلاق OR اختتام OR تخريج OR ختام) NEAR/2 فرقة', q('المجلس الرمضاني'), 'جلسة NEAR/1 بعنوان', q('اللقاء الحواري'), q('بيان عملي'),
  q('البيان العملي'), 'تجربة NEAR/2 (افتراضية OR وهمية)',
  '(فرضية OR فرضيات OR الفرضية OR فرضيتي) SENT (تمرين OR تجربة OR جاهزية OR محاكاة OR افترض~ OR نفذ~ OR تنفيذ OR بمشاركة OR الاستجابة)',
  '(اختبار OR الاختبار) NEAR/1 (ميداني OR الميداني)', 'برنامج NEAR/2 (مكثف OR علمي OR تدريبي OR تأهيلي OR تثقيفي)', '(=برنامج OR =برنامجا OR =البرنامج) NEAR/2 (تخصصي OR تخصصيا OR متخصص OR متخصصا)', 'مساق', 'المساق', q('ندوة تحسيسية'),
  // A course or an exercise told by its end: certificates handed to its trainees, its final or main
  // phase, its live-fire shooting («وزّع الشهادات على المشاركين», «المرحلة الختامية», «رمايات بالذخيرة الحية»).
  '(توزيع OR وزع~ OR سلم~ OR تسليم) NEAR/3 (الشهادات OR شهادات)', '(المرحلة OR المراحل) NEAR/1 (الختامية OR الرئيسية)',
  '(رماية OR رمايات OR الرماية) NEAR/2 (بالذخيرة OR الحية)',
  // Sessions someone gives: «سلسلة لقاءات يقدّمها ضباط مختصون», «جلسات أدارها خبراء».
  '(لقاء OR لقاءات OR جلسات OR جلسة OR حصة OR حصص OR حلقات) NEAR/3 (يقدمها OR يقدمه OR قدمها OR قدمه OR ألقاها OR ألقاه OR يلقيها OR تقدمها OR يديرها OR أدارها)',
  // Officers' awareness sessions and lectures, in schools too: «حصصاً توعوية», «محاضرات تثقيفية».
  '(حصة OR حصص OR حصصا OR الحصص OR محاضرات OR ندوات OR لقاءات) NEAR/1 (توعوية OR التوعوية OR توعية OR تثقيفية OR التثقيفية OR إرشادية)',
  // An awareness meeting or a dialogue session: «لقاءً توعوياً», «الجلسة الحوارية».
  '(=لقاء OR =لقاءا OR =اللقاء) NEAR/1 (توعوي OR توعويا OR التوعوي OR تثقيفي OR تثقيفيا OR التثقيفي)', '(جلسة OR الجلسة OR جلسات) NEAR/1 (حوارية OR الحوارية OR توعوية OR التوعوية)',
  '(تمرين OR تمارين OR مناورات OR مناورة) NOT NEAR/1 (سياسية OR انتخابية OR إعلامية OR دبلوماسية OR رياضية OR بدنية OR اللياقة OR محاولة OR هامش OR مساحة OR قدرة OR للهروب OR للفرار)',
  'تدريب NEAR/2 (مشترك OR ثلاثي OR ثنائي OR عسكري OR ميداني) NOT NEAR/2 (تلقوا OR تلقى OR تلقي OR تلقت OR تلقيهم OR معسكرات)', q('التدريب المشترك'),
  q('تدريب مشترك'), q('برنامج تدريبي'), q('برنامجا تدريبيا'), q('الدورة التدريبية'),
  // Not students' model of a UN body («طلاب نموذج المحاكاة» of the Security Council).
  'محاكاة NOT NEAR/2 (نموذج OR نماذج OR النموذج)', q('مشروع تكتيكي'), 'مشروع NEAR/4 (تعبوي OR التعبوي OR تكتيكي OR التكتيكي)', 'مشروع NEAR/1 (تدريبي OR التدريبي OR تدريبيا)',  // the Egyptian army's word for an exercise
  // A programme told with how long it ran or who took part («برنامج … امتد سبعة أيام», «شارك فيه 40
  // ضابطاً») is a course, whatever its title calls it.
  '(=برنامج OR =برنامجا OR =البرنامج)' + NOT_REHABILITATION + ' SENT @event-details',
  // A drill as the press words it: «تجربة طوارئ», «تجربة إخلاء», and what it «افترضت».
  'تجربة NEAR/1 (طوارئ OR الطوارئ OR ميدانية OR إخلاء OR الإخلاء OR وهمية)', 'افترض~ SENT (تجربة OR التجربة OR تمرين OR التمرين OR سيناريو OR السيناريو)',
  'برنامج SENT (تدريبي OR تأهيل OR تكوين OR تدريب)' + NOT_REHABILITATION,
  'قمة NEAR/5 (الأمن OR أمنية OR الناتو OR الدفاع OR الأمني OR الإرهاب)', q('الجمعية العامة للإنتربول'), q('حوار المنامة'), q('حوار شانغريلا'),
  q('مؤتمر ميونخ للأمن'), 'workshop', 'seminar', 'conference', 'exercise',
  // A course told by what its trainees were taught: «تلقوا خلاله معارف في …»,
  '(تلقى OR تلقوا OR تلقت OR يتلقون OR يتلقى OR تتلقى) NEAR/2 (معارف OR مهارات OR محاضرات OR دروسا)',
  // …and by what they learned to do: «يتعلّمون كيف يُقتفى أثر …» (not a cell learning to make bombs).
  '(تعلم~ OR يتعلم~) NEAR/3 (كيف OR كيفية OR أساليب OR تقنيات OR مهارات OR أسس OR طرق) NOT SENT (تهم OR تهمة OR بتهمة OR اتهام OR المتهمين OR متهمين OR أسندت OR التنظيم OR إصدارات)',
  // Regional words for training: the Maghreb's «رسكلة» (refresher), Iraq's «ممارسة تعبوية», Sudan's «كورس».
  'رسكلة', 'الرسكلة', '(ممارسة OR الممارسة) NEAR/1 (تعبوية OR التعبوية)', 'كورس NOT NEAR/2 (غنائي OR الغنائي OR موسيقي OR الموسيقي)',
]

/** How a forum's entry starts (quotes and brackets aside); every other event is training. */
const FORUM: readonly string[] = [
  'ندوة', 'سمنار', 'سيمنار', 'محاضرة', 'ملتقى', 'منتدى', 'مؤتمر', 'حلقة نقاش', 'حلقة علمية', 'حلقات علمية', 'حلقة بحثية', 'حلقة دراسية', 'حلقة حوارية', 'جلسة', 'أمسية', 'يوم دراسي',
  'يوما دراسيا', 'لقاء', 'اللقاء', 'المجلس الرمضاني', 'قمة', 'الجمعية العامة', 'حوار', 'seminar', 'conference',
]
// Courses, drills and exercises: the events that train one country's officers with another's.
const TRAINING_WORDS = EVENT_WORDS.filter((e) => !FORUM.some((f) => e.replaceAll('"', '').replaceAll('(', '').startsWith(f)))
const FORUM_WORDS = EVENT_WORDS.filter((e) => !TRAINING_WORDS.includes(e))

/**
 * What a report of an event gives and a word in passing does not: who took part, how many, for how
 * long («شارك فيه 25 ضابطاً», «استمر أسبوعين», «على مدى ثلاثة أيام»).
 */
const EVENT_DETAILS: readonly string[] = [
  // Taking part in this one («شارك فيه», «يشارك فيها», «بمشاركة»), not in «مؤتمرات» in general.
  '(شارك OR وشارك OR شاركت OR وشاركت OR شارك~ OR يشارك~ OR تشارك OR ويشارك OR وتشارك) NEAR/1 (فيه OR فيها OR فيهما)', 'بمشاركة',
  // Counted trainees: «40 محققاً», «25 ضابطاً» (the accusative a number from eleven on takes).
  // Who carried it out and with what: «الذي نفذته إحدى وحدات …», «بالذخيرة الحية».
  '(نفذته OR نفذتها OR ونفذته OR ونفذتها OR ينفذه OR تنفذه OR ينفذها OR تنفذها)', '(بالذخيرة OR الذخيرة) NEAR/1 (الحية OR الحي)',
  'ضابطا', 'متدربا', 'متدربة', 'مشاركا', 'مشاركة NEAR/1 (من OR و)', 'عنصرا', 'منتسبا', 'محققا', 'خبيرا', 'مفتشا', 'فردا', 'موظفا', 'شرطيا', 'جنديا',
  '(استمر~ OR يستمر OR تستمر OR يستمران OR امتد~ OR يمتد OR تمتد OR لمدة OR مدته OR مدتها OR ' + q('على مدى') + ') NEAR/3 (يوم OR يوما OR يومين OR أيام OR أسبوع OR أسبوعا OR أسبوعين OR أسابيع OR شهر OR شهرا OR شهرين OR أشهر OR ساعات)',
]

export const EVENT_SETS: TermSets = {
  'event-details': EVENT_DETAILS,
  // One list of events, evaluated once per article, whichever of the three sets a query names.
  'event-words': ['@training-words', '@forum-words'],
  'training-words': TRAINING_WORDS,
  'forum-words': FORUM_WORDS,
}
