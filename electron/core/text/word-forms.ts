/**
 * Word forms no ending rule produces: broken plurals (خلية / خلايا، حزام / أحزمة) as shipped lists,
 * not a stemmer, so a watchlist word written in one form finds the others and nothing else. Each
 * group lists the forms of one word; a word of the group matches each other form with clitics and
 * a pronoun (خلايا → والخلايا، خلاياها), never with an ending that makes another word (دول → دولي).
 */
import { words } from './tokenize'

const GROUPS: readonly (readonly string[])[] = [
  ['خلية', 'خلايا'], ['ورشة', 'ورش'], ['حزام', 'أحزمة'], ['عنصر', 'عناصر'], ['سجن', 'سجون'],
  ['سلاح', 'أسلحة'], ['جهاز', 'أجهزة'], ['قائد', 'قادة'], ['عميل', 'عملاء'], ['فصيل', 'فصائل'],
  ['مركز', 'مراكز'], ['مخبأ', 'مخابئ'], ['وكر', 'أوكار'], ['ضابط', 'ضباط'], ['جندي', 'جنود'],
  ['رهينة', 'رهائن'], ['قنبلة', 'قنابل'], ['صاروخ', 'صواريخ'], ['لغم', 'ألغام'], ['سجين', 'سجناء'],
  ['أسير', 'أسرى'], ['تاجر', 'تجار'], ['لص', 'لصوص'], ['زعيم', 'زعماء'],
  ['أمير', 'أمراء'], ['خطة', 'خطط'], ['ذخيرة', 'ذخائر'], ['ميناء', 'موانئ'], ['منفذ', 'منافذ'],
  ['حاجز', 'حواجز'], ['كمين', 'كمائن'], ['فرقة', 'فرق'], ['لواء', 'ألوية'], ['كتيبة', 'كتائب'],
  ['سرية', 'سرايا'], ['جيش', 'جيوش'], ['مخفر', 'مخافر'], ['مذكرة', 'مذكرات'], ['حكم', 'أحكام'],
  ['قاض', 'قضاة'], ['محكمة', 'محاكم'], ['تهمة', 'تهم'], ['جريمة', 'جرائم'], ['وثيقة', 'وثائق'],
  ['خبير', 'خبراء'], ['وزير', 'وزراء'], ['مدير', 'مدراء'], ['وفد', 'وفود'], ['دولة', 'دول'],
  ['برنامج', 'برامج'], ['تمرين', 'تمارين'], ['درس', 'دروس'], ['خطر', 'أخطار', 'مخاطر'],
  // A feminine plural of a word not written with ة: no ending rule turns ا into ات.
  ['مليشيا', 'مليشيات'], ['ميليشيا', 'ميليشيات'],
]

const formsByWord = new Map<string, readonly string[]>()
for (const group of GROUPS) {
  const forms = group.map((form) => words(form).join(' '))
  for (const form of forms) formsByWord.set(form, forms.filter((f) => f !== form))
}

/** The other forms of a normalized word (without the article), or none. */
export function otherForms(word: string): readonly string[] {
  return formsByWord.get(word) ?? []
}
