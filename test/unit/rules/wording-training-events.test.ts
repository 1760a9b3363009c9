import { describe, expect, it } from 'vitest'
import { defaultMatcher, flagged } from '../../support/default-watchlists'

const WS = 'security-workshops'
const workshopScore = (body: string) => defaultMatcher.run({ title: '', body }).scores.find((s) => s.watchlistId === WS)?.score

/** Drills, courses, graduations and rehearsals the default watchlists read as security events, or not: each pinned when a class of them was fixed. */
describe('default watchlists on wording: drills, courses and their look-alikes', () => {
  it('a drill that plays out a hostage taking or a storming is a security drill', () => {
    expect(flagged('ونفذ الخريجون في المرحلة الأخيرة تمريناً ميدانياً حاكى اقتحام مبنى حكومي لتحرير محتجزين.')).toContain(WS)
    expect(flagged('وتضمنت المناورات تمارين على التعامل مع مطلق نار داخل مدرسة.')).toContain(WS)
  })

  it('a drill that plays out a terrorist attack is about terrorism too, though the story is about a port', () => {
    // A long story on the port: the drill is told once, in its last paragraph (a passing mention).
    const port = [
      'تفقد وزير الداخلية صباح اليوم الميناء الرئيسي يرافقه وكيل الوزارة ومدير عام الجمارك ومدير عام مؤسسة الموانئ، واطلع على سير العمل في ساحات التخليص الجمركي ومنطقة فحص الحاويات.',
      'واستمع الوزير إلى شرح عن أجهزة الفحص بالأشعة التي ركبت أخيراً عند البوابتين الثالثة والرابعة، والتي خفضت متوسط زمن فحص الحاوية من أربعين دقيقة إلى إحدى عشرة دقيقة، ووجه بتسريع الربط الإلكتروني بين أنظمة المنافذ والجمارك والموانئ بما يتيح تبادل بيانات الشحنات والسائقين بشكل فوري.',
      'وأوضح مدير عام مؤسسة الموانئ أن الميناء استقبل منذ بداية العام أكثر من ثلاثمئة وعشرة آلاف حاوية، وأن مشروع توسعة الرصيف الجنوبي سيدخل الخدمة خلال الربع الثاني من العام المقبل، بما يرفع الطاقة الاستيعابية للميناء بنحو عشرين في المئة ويخفف ازدحام الشاحنات على الطرق المؤدية إليه.',
      'وأشار إلى أن المؤسسة تعمل مع شركات الشحن على جدولة مواعيد وصول الشاحنات إلكترونياً، وعلى توسيع ساحات الانتظار، وتدريب موظفي البوابات على الأنظمة الجديدة قبل نهاية العام.',
      'وفي ختام الجولة حضر الوزير تمريناً نفذه خفر السواحل حاكى سيطرة مجموعة إرهابية على سفينة راسية والتهديد بتفجيرها.',
    ].join('\n')
    expect(flagged(port, 'وزير الداخلية يتفقد الميناء ويوجه بتسريع الربط الإلكتروني مع الجمارك')).toContain('counter-terrorism')
  })

  it('a drill’s «فرضية» of an armed man holding people weighs as an attack drill; the armed forces’ rehearsal is no attack', () => {
    // An attack drill holds beside the event itself (2 + 2): what outweighs a festival's or a film's framing.
    const drill = 'نفذت مديرية الأمن فرضية في ساحة المهرجان تضمنت قيام شخص مسلح باحتجاز عدد من الزوار.'
    expect(workshopScore(drill)).toBe(4)
    expect(workshopScore('وتواصل وحدات من القوات المسلحة تمارينها على العرض العسكري في ساحة الاحتفالات.')).toBe(2)
  })

  it('what an Egyptian «تجربة» assumed is its scenario: an attack drill outweighs the evacuation it includes', () => {
    const body =
      'وشهد مدير الأمن تجربة نفذتها الأجهزة المعنية بأحد الفنادق، افترضت قيام عناصر إرهابية مسلحة باحتجاز عدد من النزلاء. ' +
      'وجرى الدفع بالقوات وإخلاء النزلاء عبر مخارج الطوارئ قبل تحرير المحتجزين.'
    expect(flagged(body)).toContain(WS)
  })

  it('an investigation’s «الفرضية الإرهابية», and an analyst’s scenario of a storming, are no drills', () => {
    expect(flagged('وأعلنت النيابة أن التحقيقات تستبعد الفرضية الإرهابية في حريق المستودع.')).not.toContain(WS)
    expect(flagged('ويرجح المحققون فرضية العمل الإرهابي في انفجار السيارة.')).not.toContain(WS)
    expect(flagged('ويرى محللون أن سيناريو اقتحام المدينة بات أقرب من أي وقت مضى.')).not.toContain(WS)
  })

  it('a representative is no actor: the EU’s «الممثلة العليا» does not make a course fiction', () => {
    expect(flagged('وقالت الممثلة العليا للاتحاد الأوروبي إن البعثة أنهت دورة تدريبية لضباط الشرطة على مكافحة الإرهاب.')).toContain(WS)
    expect(flagged('وقال الممثل الخاص للأمين العام إن ورشة العمل تناولت أمن الحدود.')).toContain(WS)
    // The actor himself still frames the story.
    expect(flagged('وقال الممثل إن ورشة العمل التي حضرها في الأكاديمية ساعدته على أداء دور ضابط الحدود في المسلسل.')).not.toContain(WS)
  })

  it('an earthquake or tsunami evacuation drill is civil protection, though the army and police take part', () => {
    expect(flagged('نفذت المدرسة بمشاركة الدفاع المدني والشرطة تمريناً لإخلاء الطالبات في حال وقوع زلزال.')).not.toContain(WS)
    expect(flagged('وشاركت وحدات من الجيش في تمرين وطني يحاكي وصول أمواج تسونامي إلى الساحل.')).not.toContain(WS)
  })

  it('a graduation of officers who completed a programme is a security course', () => {
    expect(flagged('احتفلت أكاديمية العلوم الشرطية بتخريج 54 ضابطاً أتموا برنامج القائد الميداني في إدارة الحوادث الأمنية.')).toContain(WS)
  })

  it('a forum that closes its annual session is a forum, not a course that trains one country’s officers with another’s', () => {
    const found = flagged('اختتم منتدى الأمن الدولي دورته السنوية بمشاركة وزراء دفاع وخبراء من كندا وأوكرانيا واليابان.')
    expect(found).toContain(WS)
    expect(found).not.toContain('intelligence-cooperation')
  })

  it('football’s Conference League is no conference: the fans arrested at its final were arrested', () => {
    const body = 'وقالت المتحدثة باسم الشرطة إن 14 شخصاً أوقفوا بعد اشتباكات بين المشجعين عشية نهائي دوري المؤتمر الأوروبي.'
    expect(flagged(body)).toContain('arrests-raids')
  })

  it('a military band’s rehearsals are music', () => {
    expect(flagged('يخضع العازفون من ضباط الجيش يومياً لتمارين على النشيد الوطني.', 'موسيقى الجيش تكثف تمارينها استعداداً لعيد الاستقلال')).not.toContain(WS)
  })

  it('a course told by what its officers were taught is a course', () => {
    expect(flagged('وكانت الكلية قد احتضنت برنامجاً لستين ضابطاً تلقوا خلاله معارف في تأمين المقرات الأمنية من الهجمات بالسيارات المفخخة.')).toContain(WS)
  })

  it('leadership skills, accounting and health care are no security subjects, though ministries teach them to officers', () => {
    expect(flagged('نظم قطاع التدريب بوزارة الداخلية برنامجاً تدريبياً في مهارات القيادة لعدد من ضباط الرتب الوسطى من مديريات الأمن.')).not.toContain(WS)
    expect(flagged('بدأت وزارة الداخلية برنامجاً تدريبياً لضباط الشؤون المالية في قوات الحدود على المحاسبة بنظام الاستحقاق.')).not.toContain(WS)
    expect(flagged('افتتح وزير العدل المؤتمر الوطني الأول عن الرعاية الصحية في السجون بحضور ضباط من إدارة السجون.')).not.toContain(WS)
  })

  it('emergency exits in a sentence about gunmen or a suspicious object are a security course’s, not a fire drill’s', () => {
    expect(flagged('كما تدرب عناصر الشرطة على رصد من يصورون المداخل ومخارج الطوارئ، وعلى التعامل مع شخص مسلح داخل المجمع.')).toContain(WS)
    expect(flagged('نفذ الدفاع المدني مع الشرطة تمريناً على إخلاء المبنى عبر مخارج الطوارئ في حال نشوب حريق.')).not.toContain(WS)
  })

  it('the rest of an administration’s curriculum is no security subject either', () => {
    for (const subject of ['إدارة المشاريع', 'المراسلات الإدارية', 'التدقيق المالي', 'التفكير الإبداعي', 'مكافحة العدوى', 'إعادة التدوير', 'الإرشاد الأسري', 'القانون التجاري']) {
      expect(flagged(`نظمت أكاديمية الشرطة دورة تدريبية في ${subject} لعدد من الضباط والأفراد.`)).not.toContain(WS)
    }
  })

  it('a drill’s cinema hall, the trainer who played its gunman and what its commander told reporters frame no film, play or media event', () => {
    const drill =
      'ونفذت قوات الشرطة تمريناً حاكى هجوماً إرهابياً على مجمع تجاري احتجز فيه المهاجمون رهائن داخل صالة السينما. ' +
      'وأدار فريق التفاوض الاتصال مع المسلح الذي أدى دوره أحد المدربين. ' +
      'وقال قائد الشرطة في المحافظة للصحفيين إن المحاكاة صممت على ضوء هجمات سابقة.'
    expect(flagged(drill)).toContain(WS)
  })

  it('a trade taught to mechanics or inmates, a bank’s «خطوط الدفاع» and a planetary «الدفاع الكوكبي» are no security subjects', () => {
    expect(flagged('اختتمت في مشغل الآليات التابع لقوى الأمن الداخلي دورة تدريبية لـ28 ميكانيكياً من عناصر قسم الآليات.')).not.toContain(WS)
    expect(flagged('وتنفذ المديرية العامة للسجون برامج التدريب المهني في الكهرباء والنجارة للنزلاء.')).not.toContain(WS)
    expect(flagged('وتناولت الورشة نموذج خطوط الدفاع الثلاثة في إدارة مخاطر المصارف.')).not.toContain(WS)
    expect(flagged('أنهى علماء ووكالات فضاء تمريناً افتراضياً للدفاع الكوكبي حاكى اقتراب كويكب من الأرض.')).not.toContain(WS)
  })

  it('an Egyptian «مشروع تدريبي» that plays out an attack by «عناصر تكفيرية» is a security drill about terrorism', () => {
    const found = flagged('ونفذت عناصر من القوات البحرية مشروعاً تدريبياً بنطاق المجرى الملاحي حاكى محاولة عناصر تكفيرية استهداف سفينة عابرة.')
    expect(found).toContain(WS)
    expect(found).toContain('counter-terrorism')
  })

  it('a course told by what investigators learned to do is a course; a cell learning to make bombs is not', () => {
    expect(flagged('أمضى عشرون محققاً من مكتب مكافحة الجرائم المعلوماتية ثلاثة أسابيع في معهد قوى الأمن يتعلمون كيف يقتفى أثر العملة المشفرة كدليل أمام المحاكم.')).toContain(WS)
    expect(flagged('واعترف المتهمون بأنهم اجتمعوا لمشاهدة إصدارات التنظيم وتعلم طرق تصنيع المتفجرات.')).not.toContain(WS)
  })

  it('a drill to secure a tournament is a security event, though the story around it is about football', () => {
    const story = [
      'تستضيف المدينة نهائي البطولة القارية الأربعاء بحضور 40 ألف مشجع، ويدير المباراة طاقم تحكيم إيطالي، فيما يغيب عن الفريقين ثلاثة لاعبين بسبب الإصابة.',
      'ونفذت الشرطة تمريناً في محيط الملعب للتصدي للطائرات المسيرة غير المرخصة.',
      'ويحصل الفائز بالمباراة على جائزة مالية قياسية، ويتأهل إلى كأس السوبر، في حين يلتقي الفريقان مجدداً في الدوري الشهر المقبل.',
    ].join('\n')
    expect(flagged(story)).toContain(WS)
  })

  it('hospitals a gang targeted are the case a course studies, not medicine', () => {
    const body = 'ونظمت الشرطة دورة تدريبية للمحققين في تتبع العملات المشفرة. وتضمنت الدورة التدريبية ملفاً لعصابة ابتزاز استهدفت مستشفيات في وسط أوروبا.'
    expect(flagged(body)).toContain(WS)
  })

  it('a course told once past the lead is reported when it says who took part or for how long; named in passing it is not', () => {
    // A long story on a station's new building; the course is one sentence of its fourth paragraph.
    const story = (course: string) =>
      [
        'افتتح مدير الشرطة صباح اليوم المبنى الجديد لمركز شرطة المدينة الشمالية، بحضور المحافظ ورؤساء البلديات المجاورة وعدد من وجهاء المنطقة، بعد عامين من العمل في المبنى المستأجر السابق الذي ضاق بالموظفين والمراجعين على حد سواء.',
        'ويضم المبنى الجديد ثلاثة طوابق وقاعة لاستقبال المراجعين تعمل على مدار الساعة، وقسماً خاصاً بشكاوى الأسرة والطفل، ومواقف تتسع لمئتي مركبة، إضافة إلى غرفة عمليات مرتبطة بكاميرات الطرق الرئيسية في المدينة، وعيادة صغيرة للإسعافات الأولية، ومصلى وكافتيريا للعاملين.',
        'وأوضح مدير الشرطة أن المبنى شيد بتمويل من موازنة الوزارة وبلغت كلفته نحو أربعة ملايين دينار، وأن العمل فيه سيبدأ بصورة تدريجية حتى نهاية الشهر المقبل دون أن تتأثر الخدمات المقدمة للمواطنين.',
        course,
        'وأكد المحافظ في كلمته أن المبنى يأتي ضمن خطة لتحديث مراكز الخدمة العامة في المحافظة خلال العامين المقبلين، وأن مبنيين مماثلين سيفتتحان في الجنوب والغرب قبل نهاية العام، وشكر العاملين في المشروع من مهندسين وفنيين وعمال على إنجازه في موعده.',
      ].join('\n')
    const title = 'افتتاح المبنى الجديد لمركز شرطة المدينة الشمالية'
    expect(flagged(story('وتزامناً مع الافتتاح، تابع 30 محققاً من المركز دورة متخصصة في التحقيق بالجرائم الإلكترونية استمرت ثلاثة أسابيع.'), title)).toContain(WS)
    expect(flagged(story('وفي قاعة المبنى تختتم غداً دورة متخصصة في التحقيق بالجرائم الإلكترونية يشارك فيها ضباط من مراكز المحافظة.'), title)).toContain(WS)
    expect(flagged(story('وفي ختام الزيارة شهد المدير مرحلة من مشروع تكتيكي بالذخيرة الحية نفذته قوات المهام الخاصة في ساحة التدريب.'), title)).toContain(WS)
    // A career's courses and conferences, and a course named without its details, stay passing mentions.
    expect(flagged(story('وكان مدير المركز الجديد قد حصل على دورات عدة في التحقيق بالجرائم الإلكترونية، وشارك في مؤتمرات داخل البلاد وخارجها.'), title)).not.toContain(WS)
    expect(flagged(story('وستستضيف قاعة المبنى لاحقاً دورة متخصصة في التحقيق بالجرائم الإلكترونية.'), title)).not.toContain(WS)
  })

  it('a course’s trainers coach no team, and «الرواية الأخرى» is an account, not a novel', () => {
    const finalDrill = 'وفي التمرين الختامي وزع المدربون على المشاركين أجزاء قضية من الجرائم الإلكترونية ليعملوا عليها كفريق واحد.'
    expect(flagged(finalDrill)).toContain(WS)
    const workshop =
      'نظمت مديرية الشرطة ورشة عمل حول مكافحة المخدرات في المدارس لمدة يومين. ' +
      'وقال أحد المشاركين إن الورشة هي المكان الذي يجب أن يسمع فيه الطالب الرواية الأخرى.'
    expect(flagged(workshop)).toContain(WS)
    // A coach with his players is still sport: a match's security plan told in a team's practice is no security event.
    expect(flagged('ووزع المدرب على لاعبي الفريق خطة المباراة في التمرين الأخير قبل الدوري.')).not.toContain(WS)
  })

  it('a course on investigating crime and its evidence, on crowds or on vital sites is a security course, whoever takes it', () => {
    expect(flagged('اختتم المعهد القضائي برنامجاً تأهيلياً للمدعين العامين تناول جمع الدليل الرقمي في قضايا الابتزاز الإلكتروني.')).toContain(WS)
    expect(flagged('ونظمت النيابة العامة ورشة عمل لأعضائها حول إدارة مسرح الجريمة وحفظ الأدلة الجنائية.')).toContain(WS)
    // Guarding crowds and what a state cannot lose is a security subject too.
    expect(flagged('واختتمت في الأكاديمية ورشة عمل حول حماية المنشآت الحيوية وأمن المطارات.')).toContain(WS)
    expect(flagged('وتلقى المشاركون دورة متخصصة في إدارة الحشود ومكافحة الشغب.')).toContain(WS)
  })

  it('sessions officers give are events, named by who gives them', () => {
    expect(flagged('وباشرت إدارة مكافحة الجرائم الإلكترونية سلسلة لقاءات يقدمها ضباط مختصون لطلبة المدارس عن الابتزاز الإلكتروني.')).toContain(WS)
  })

  it('a course on suspects, suspicious parcels or police dogs is a security course', () => {
    expect(flagged('وتدرب المشاركون في الدورة على التعامل مع الطرود المشبوهة في صالات المطار.')).toContain(WS)
    expect(flagged('وتناولت ورشة العمل طرق التعامل مع المشتبه بهم عند نقاط التفتيش.')).toContain(WS)
    expect(flagged('واختتمت دورة تدريبية لمدربي الكلاب البوليسية في الكشف عن المواد.')).toContain(WS)
  })

  it('a course or an exercise told by its end is an event: certificates, its final phase, live-fire shooting', () => {
    expect(flagged('وفي الختام وزع مدير الشرطة الشهادات على الضباط المشاركين.')).toContain(WS)
    expect(flagged('وشهد قائد القوات المرحلة الختامية بمشاركة وحدات من الجيش.')).toContain(WS)
    expect(flagged('ونفذت عناصر القوات الخاصة رمايات بالذخيرة الحية على أهداف متحركة.')).toContain(WS)
  })

  it('a film the forces made, shown at their seminar, is part of the seminar; a film reviewed after a screening still frames it', () => {
    const seminar =
      'نظمت وزارة الدفاع ندوة توعوية في كلية حربية بعنوان «الحدود من خط الحراسة إلى خط التنمية». ' +
      'واستهلت الندوة بفيلم وثائقي أعدته إدارة التوجيه المعنوي عن جهود حرس الحدود في مواجهة الخلايا الإرهابية ومحاولات التسلل.'
    expect(flagged(seminar)).toContain(WS)
    const screening = 'وقالت المخرجة في الندوة التي أعقبت عرض فيلمها الوثائقي عن حرس الحدود إنها عملت عليه أربع سنوات.'
    expect(flagged(screening)).not.toContain(WS)
  })

  it('a workshop referred back to by who took part in it («وشارك في الحلقة ممثلون») is no television episode', () => {
    const workshop = 'اختتمت في الرياض حلقة نقاش لأجهزة مكافحة المخدرات حول أساليب التهريب عبر الحدود. وشارك في الحلقة ممثلون عن حرس الحدود والجمارك من البلدين.'
    expect(flagged(workshop)).toContain(WS)
    expect(flagged('وتروي الحلقة الثالثة من المسلسل قصة ضابط في حرس الحدود يطارد المهربين.')).not.toContain(WS)
  })

  it('a graduation of «منتسبين» and a specialised programme («برنامجاً تخصصياً») are events; programmes an agreement plans are not yet', () => {
    expect(flagged('احتفلت أكاديمية الشرطة أمس بتخريج 40 منتسباً من إدارة المباحث ووحدة التحريات المالية.')).toContain(WS)
    expect(flagged('وأنهى محققو المباحث برنامجاً تخصصياً امتد ستة أسابيع في أكاديمية الشرطة.')).toContain(WS)
    expect(flagged('وتشمل المذكرة إيفاد ضباط الشرطة في برامج تخصصية.')).not.toContain(WS)
    expect(flagged('واحتفل النادي بتخريج 40 منتسباً من دورة السباحة.')).not.toContain(WS)
  })

  it('a programme told with how long it ran or who took part is a course; a festival’s or a broadcast’s is not', () => {
    expect(flagged('أسدل قطاع الجوازات الستار على برنامج امتد سبعة أيام في أكاديمية الشرطة حول تقدير مؤشرات الخطورة في المنافذ.')).toContain(WS)
    expect(flagged('ويتضمن البرنامج خمسة أيام من الدروس، يشارك فيها ضباط من جهاز أمن الدولة وأئمة السجون.')).toContain(WS)
    expect(flagged('ويستمر برنامج المهرجان عشرة أيام بمشاركة فرق من الشرطة الموسيقية.')).not.toContain(WS)
    expect(flagged('وبث التلفزيون برنامجاً استمر ساعتين عن تاريخ الشرطة.')).not.toContain(WS)
  })

  it('trainees’ practical work after «الدورة» plays no role, and prosecutors’ memoranda are no memoir', () => {
    expect(workshopScore('اختتمت أكاديمية الأوقاف دورة لتفكيك خطاب الجماعات المتطرفة. وفي ختام الدورة، أدى الأئمة تطبيقات عملية في إلقاء خطب قصيرة.')).toBe(2)
    expect(workshopScore('وتدرب وكلاء النيابة في الدورة على كتابة مذكرات الرد على دفوع البطلان بشأن الأدلة الجنائية.')).toBe(2)
    // An actor's part, and a memoir, still frame the story.
    expect(workshopScore('وأدى الممثل دور ضابط مخابرات في فيلم عن الجماعات المتطرفة.')).toBeLessThan(0)
    expect(flagged('وصدرت مذكرات الضابط السابق في كتاب يروي دورات التدريب على مكافحة الإرهاب.')).not.toContain(WS)
  })

  it('a bank’s business-continuity exercise is no security drill; a police drill of an attack on a bank is', () => {
    expect(flagged('نفذ المصرف تمريناً مكتبياً لاختبار خطة استمرارية الأعمال حاكى انقطاعاً شاملاً لأنظمته. وأكد أن السيناريو لم يتضمن أي اختراق أو هجوم خارجي.')).not.toContain(WS)
    expect(flagged('نفذت الشرطة تمريناً حاكى هجوماً مسلحاً على فرع مصرف في وسط المدينة.')).toContain(WS)
    // A plant's drill of gunmen from the sea names its business-continuity plan too.
    expect(flagged('نفذ جهاز حماية المنشآت تمريناً ميدانياً في محطة التحلية حاكى محاولة تسلل مسلحين عبر البحر. وتدربت فرق التشغيل على دورها في التمرين ضمن خطة استمرارية الأعمال.')).toContain(WS)
  })

  it('a research circle («حلقة بحثية») is a forum, and «الحلقة» after it is that circle, not an episode', () => {
    expect(flagged('استضاف معهد دراسات الأمن حلقة بحثية مغلقة بعنوان «إدارة مخاطر العود لدى المدانين في قضايا الإرهاب». وانطلقت الحلقة من معطى رقمي عرضه مدير المشروع.')).toContain(WS)
    expect(workshopScore('وتروي الحلقة الثالثة من المسلسل قصة ضابط يطارد خلية إرهابية.')).toBeLessThan(0)
  })

  it('«الفكر المتشدد» is extremism, and video games recruiters lure teenagers through frame no game story', () => {
    const course = 'اختتمت جمعية أهلية برنامجاً تدريبياً لأئمة المساجد حول إشارات الاستقطاب نحو الفكر المتشدد العنيف. وتناول البرنامج أساليب التجنيد الرقمي وألعاب الفيديو التي يستدرج عبرها المراهقون.'
    expect(flagged(course)).toEqual(expect.arrayContaining([WS, 'counter-terrorism']))
    expect(workshopScore('وأطلقت الشركة لعبة فيديو جديدة عن وحدة لمكافحة الإرهاب تطارد خلية متطرفة.')).toBeLessThan(0)
    expect(flagged('وتمسك المفاوض بموقف متشدد من شروط القرض في الجولة الأخيرة.')).toEqual([])
  })

  it('a seminar announced to be about a medical condition is medicine, though the police academy holds it for officers’ families', () => {
    const seminar = 'عقدت أكاديمية الشرطة ندوة موسعة حول اضطراب طيف التوحد لأسر الضباط والعاملين بوزارة الداخلية، بمشاركة أساتذة طب الأطفال والطب النفسي.'
    expect(flagged(seminar)).not.toContain(WS)
    // A drill's injured taken to hospital still frame nothing.
    expect(flagged('نفذت الشرطة تمريناً حاكى هجوماً إرهابياً على مركز تجاري ونقل المصابين إلى المستشفى.')).toContain(WS)
  })

  it('an awareness meeting («لقاءً توعوياً») or a dialogue session is an event', () => {
    expect(flagged('نظمت مديرية الأمن لقاءً توعوياً لطلبة الجامعة حول مخاطر المخدرات.')).toContain(WS)
    expect(flagged('وفي الجلسة الحوارية التي تلت العرض، سأل المرشدون الضابط عن مؤشرات التجنيد لدى الجماعات المسلحة.')).toContain(WS)
  })

  it('a deradicalisation programme («المراجعات الفكرية») a ministry runs is a policy, not a course, however many inmates it counts', () => {
    const hearing = 'وتستمع اللجنة إلى حصاد برنامج المراجعات الفكرية الذي تنفذه الوزارة في مراكز الإصلاح بمشاركة 312 نزيلاً من المدانين في قضايا الإرهاب.'
    expect(flagged(hearing)).toContain('counter-terrorism')
    expect(flagged(hearing)).not.toContain(WS)
  })

  it('a drill of hostile drones on a gas plant is a security drill, its fire and the hospital receiving its wounded aside; a school’s fire drill is not', () => {
    expect(flagged('نفذت قوات أمن المنشآت تمريناً افترض اقتراب مسيرات معادية من معمل للغاز واندلاع حريق في خزانين، وشارك مستشفى الشركة باستقبال عشرة مصابين افتراضيين.')).toContain(WS)
    expect(flagged('نفذ الدفاع المدني تمرين إخلاء افترض اندلاع حريق في مبنى المدرسة، وشارك مستشفى المدينة باستقبال مصابين افتراضيين.')).not.toContain(WS)
  })

  it('a company’s call with its analysts and the internet’s forums where stolen data is sold are no events', () => {
    expect(flagged('وقالت المديرة المالية للشركة في مؤتمر مع المحللين إنها قدمت لضباط المباحث سجلات التحويلات.')).not.toContain(WS)
    expect(flagged('وباع المتهمون بيانات المساهمين على منتديات في الإنترنت بعد اختراق موقع الجمعية، بحسب الشرطة.')).not.toContain(WS)
    expect(flagged('وعقدت الشرطة مؤتمراً حول مكافحة الاحتيال المالي بمشاركة المحققين.')).toContain(WS)
  })

  it('students’ model of the Security Council («نموذج المحاكاة») is no simulation exercise', () => {
    expect(flagged('طلاب نموذج المحاكاة في الجامعة يناقشون قراراً في مجلس الأمن حول الأنهار.')).not.toContain(WS)
    expect(flagged('ونفذت قوات الأمن محاكاة لهجوم مسلح على مجمع تجاري.')).toContain(WS)
  })

  it('«الغلو» is extremism in a seminar’s title; exaggerated dowries are not', () => {
    expect(flagged('نظم مرصد الأزهر ندوة في الجامعة بعنوان «كيف تتسلل أفكار الغلو إلى الشباب؟».')).toEqual(expect.arrayContaining([WS, 'counter-terrorism']))
    expect(flagged('وحذر الخطيب من الغلو في المهور وتكاليف الأعراس.')).toEqual([])
  })
})
