/**
 * The pieces errors.ts assembles: where in a watchlist file (or a call's input) a problem is, and
 * the problem itself, in Arabic. Query operators (AND, OR, NOT, NEAR) stay as the analyst types them.
 */
import type { QueryProblem, QuerySyntax } from '../../electron/core/errors/problems'

/**
 * A left-to-right snippet (`@armed-groups`, `@set{2}`) inside Arabic text, between two LRMs: left
 * to the paragraph's direction, its leading @ and closing brace would be placed and mirrored as
 * Arabic. Marks, not isolates: displaySafe (rightly) strips isolates from every message it shows.
 */
export const ltr = (snippet: string): string => `\u200e${snippet}\u200e`

const QUERY_PROBLEMS: { readonly [P in QueryProblem]: (d: QuerySyntax) => string } = {
  empty_query: () => 'استعلام فارغ',
  unbalanced_open: () => 'قوس «(» بلا إغلاق',
  unbalanced_close: () => 'قوس «)» بلا فتح',
  unbalanced_quote: () => 'علامة اقتباس بلا إغلاق',
  empty_parentheses: () => 'قوسان فارغان',
  unexpected_term: () => 'مصطلح في غير موضعه',
  missing_term: () => 'ينقص مصطلح',
  operator_without_term: (d) => `المعامل ${d.operator ?? ''} بلا مصطلح`,
  needs_positive_term: () => 'يحتاج الاستعلام إلى مصطلح غير منفي',
  or_needs_positive_term: () => 'كل بديل في OR يحتاج إلى مصطلح غير منفي',
  near_operand_not: () => 'يحتاج NEAR إلى مصطلح على كل جانب، لا NOT',
  near_needs_positive_term: () => 'يحتاج NEAR وSENT إلى مصطلح غير منفي على كل جانب',
  near_distance: (d) => `مسافة NEAR من 1 إلى ${d.limit ?? 50}، وتُكتب هكذا: NEAR/5`,
  too_deep: (d) => `الاستعلام متداخل أكثر من اللازم (الأقواس وNOT وروابط NEAR معًا: ${d.limit ?? 64} على الأكثر)`,
  too_long: (d) => `الاستعلام أطول من اللازم (${d.limit ?? 10000} حرف على الأكثر)`,
  too_many_terms: (d) => `في الاستعلام كلمات أكثر من اللازم (${d.limit ?? 500} على الأكثر)`,
  no_letters: () => 'مصطلح بلا حروف ولا أرقام',
  word_after_equals: () => 'تلزم كلمة بعد =',
  wildcard_not_at_end: () => 'لا تأتي النجمة * إلا في آخر الكلمة',
  letters_before_star: () => 'تلزم حروف قبل النجمة *',
  prefix_multiword: () => 'البادئة مع * كلمة واحدة فقط',
  prefix_too_short: (d) => `البادئة مع * تحتاج إلى ${d.limit ?? 2} أحرف على الأقل`,
  unknown_set: (d) => `لا توجد مجموعة مصطلحات باسم ${ltr(`@${d.termSet ?? ''}`)}`,
  set_cycle: (d) => `مجموعة المصطلحات ${ltr(`@${d.termSet ?? ''}`)} تحيل إلى نفسها`,
  bad_set_name: () => 'اسم مجموعة المصطلحات بعد @ حروف لاتينية صغيرة وأرقام و- و_',
  distinct_count: (d) => `العدد في ${ltr('@set{n}')} من 2 إلى ${d.limit ?? 9}، ويُكتب هكذا: ${ltr('@set{2}')}`,
  distinct_over_members: (d) => `العدد في ${ltr('@set{n}')} أكبر من عدد أعضاء المجموعة (${d.limit ?? 0})`,
  verb_multiword: () => 'الفعل مع ~ كلمة واحدة فقط',
  verb_not_plain: () => 'الفعل مع ~ كلمة مجردة، بلا = ولا *',
}

export function arabicQueryProblem(detail: QuerySyntax): string {
  return QUERY_PROBLEMS[detail.problem]?.(detail) ?? 'استعلام غير صالح'
}

const SHAPE_PROBLEMS: Readonly<Record<string, (d: { limit?: number; value?: string }) => string>> = {
  empty_term: () => 'مصطلح فارغ',
  bad_term: () => 'المصطلح إما نص استعلام وإما {"query": …, "weight": رقم}',
  bad_id: () => 'المعرّف حروف لاتينية صغيرة وأرقام و- و_ فقط',
  empty_name: () => 'اسم فارغ',
  no_terms: () => 'تحتاج القائمة إلى مصطلح واحد على الأقل',
  zero_weight: () => 'وزن المصطلح عدد من ‎-100 إلى 100، غير الصفر',
  bad_color: () => 'اللون يُكتب بالصيغة ‎#rrggbb',
  bad_set_name: () => 'اسم مجموعة المصطلحات حروف لاتينية صغيرة وأرقام و- و_',
  invalid_key: () => 'اسم مجموعة المصطلحات حروف لاتينية صغيرة وأرقام و- و_',
  duplicate_id: (d) => `معرّف مكرر «${d.value ?? ''}»`,
  set_too_many_queries: (d) => `مجموع المصطلحات والاستثناءات في القوائم كلها أكثر من اللازم (${d.limit ?? '?'} على الأكثر)`,
  set_too_large: (d) => `مجموع نصوص الاستعلامات في القوائم كلها أطول من اللازم (${d.limit ?? '?'} حرف على الأكثر)`,
  not_http_url: () => 'يجب أن يبدأ عنوان الخلاصة بـ http:// أو https://',
  url_too_long: () => 'العنوان أطول من اللازم',
  unknown_time_zone: () => 'منطقة زمنية غير معروفة',
  empty_quiet_hours: () => 'يجب أن تبدأ ساعات الهدوء وتنتهي في وقتين مختلفين',
  text_too_large: () => 'النص أكبر من الحد المسموح',
  invalid_type: () => 'نوع القيمة غير صحيح',
  unrecognized_keys: (d) => `مفاتيح غير معروفة: ${d.value ?? ''}`,
  too_small: (d) => (d.limit === undefined ? 'القيمة أصغر من المسموح' : `القيمة أصغر من المسموح (الحد: ${d.limit})`),
  not_above: (d) => `يجب أن تكون القيمة أكبر من ${d.limit ?? 0}`,
  not_below: (d) => `يجب أن تكون القيمة أصغر من ${d.limit ?? 0}`,
  too_big: (d) => (d.limit === undefined ? 'القيمة أكبر من المسموح' : `القيمة أكبر من المسموح (الحد: ${d.limit})`),
  invalid_value: () => 'قيمة غير مسموح بها',
}

export function arabicShapeProblem(problem: string, detail: { limit?: number; value?: string }): string {
  return SHAPE_PROBLEMS[problem]?.(detail) ?? 'قيمة غير صالحة'
}

/** Names of the fields a watchlist file or a call has; a key the analyst invented is shown as written. */
const FIELDS: Readonly<Record<string, string>> = {
  id: 'المعرّف',
  name: 'الاسم',
  query: 'الاستعلام',
  weight: 'الوزن',
  threshold: 'العتبة',
  notify: 'الإشعارات',
  url: 'العنوان',
  text: 'النص',
  limit: 'العدد',
  intervalMinutes: 'الفاصل الزمني',
  encoding: 'الترميز',
  timeZone: 'المنطقة الزمنية',
  watchlists: 'قوائم المراقبة',
  terms: 'المصطلحات',
  exclude: 'الاستثناءات',
}

const NUMBERED: Readonly<Record<string, string>> = {
  watchlists: 'القائمة',
  terms: 'المصطلح',
  exclude: 'الاستثناء',
}

/** `watchlists.2.terms.0.weight` → «القائمة 3، المصطلح 1، الوزن»; the root is «الملف». */
export function arabicPath(path: string): string {
  if (path === '') return 'الملف'
  const parts = path.split('.')
  const words: string[] = []
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    const next = parts[i + 1]
    if (NUMBERED[part] && next !== undefined && /^\d+$/.test(next)) {
      words.push(`${NUMBERED[part]} ${Number(next) + 1}`)
      i++
    } else words.push(FIELDS[part] ?? part)
  }
  return words.join('، ')
}
