/**
 * The core's errors said in Arabic. Errors arrive as codes with parameters (ErrorDetail); this is
 * the UI's wording of each, typed so that a new code cannot ship without one. A code this build
 * does not know (a newer core) still says that something failed, and which code it was.
 */
import type { CharsetOverride, DetailOf, ErrorCode, ErrorDetail, RepairReason } from '../../electron/core/errors/problems'
import { queryExcerpt } from '../../electron/core/errors/problems'
import { displaySafe } from '../../electron/core/text/controls'
import { MarsadCallError } from '../api/client'
import { arabicPath, arabicQueryProblem, arabicShapeProblem, ltr } from './error-parts'

type Wordings = { readonly [C in ErrorCode]: (detail: DetailOf<C>) => string }

const HTTP_STATUS: Readonly<Record<number, string>> = {
  400: 'طلب غير صالح',
  401: 'يتطلب تسجيل الدخول',
  403: 'الوصول ممنوع',
  404: 'غير موجودة',
  429: 'طلبات كثيرة، طلب الخادم الانتظار',
  500: 'خطأ في الخادم',
  502: 'بوابة معطلة',
  503: 'الخدمة غير متاحة مؤقتًا',
  504: 'انتهت مهلة البوابة',
}

/** Who holds a database's poll lease. */
const POLLERS: Readonly<Record<string, string>> = {
  app: 'تطبيق مرصد',
  cli: 'أمر الجلب في سطر الأوامر',
  serve: 'خادم مرصد',
}

const NETWORK_REASONS = {
  unreachable: 'تعذّر الوصول إلى الخادم عبر الشبكة',
  tls: 'فشل الاتصال الآمن (شهادة الموقع غير صالحة أو غير موثوقة)',
  protocol: 'ردّ الخادم بما لا يوافق بروتوكول HTTP',
  other: 'خطأ في الشبكة',
} as const

/** Sizes in Arabic units: 10 ميغابايت, 512 كيلوبايت. */
export function arabicBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Number((bytes / 1024 / 1024).toFixed(1))} ميغابايت` : `${Math.round(bytes / 1024)} كيلوبايت`
}

/** Why a feed needed the tolerant parser (a notice on the feed, not a failure). */
const REPAIR_REASONS: { readonly [R in RepairReason]: string } = {
  bare_ampersand: 'رمز & غير مهرَّب في نصها أو روابطها',
  unclosed_tag: 'وسم لم يُغلق أو أُغلق في غير موضعه',
  truncated: 'المستند مقطوع قبل نهايته',
  missing_version: 'وسم RSS بلا رقم إصدار',
  too_deep: 'وسوم متداخلة بعمق يتجاوز 256 مستوى',
  other: 'بنيتها غير سليمة',
}

const CHARSET_OVERRIDES: { readonly [R in CharsetOverride]: string } = {
  invalid_bytes: 'بايتاتها غير صالحة في الترميز المعلن',
  utf8_bytes: 'بايتاتها بترميز يونيكود',
  utf16_bytes: 'بايتاتها بترميز UTF-16',
  arabic_bytes: 'بايتاتها حروف عربية بترميز ويندوز 1256',
}

const WORDINGS: Wordings = {
  'feed.http_status': (d) => `ردّ الخادم بالرمز ${d.status}${HTTP_STATUS[d.status] ? ` (${HTTP_STATUS[d.status]})` : ''}`,
  'feed.timeout': (d) => `انتهت المهلة بعد ${d.seconds} ث دون ردّ كامل`,
  'feed.connection_refused': () => 'رفض الخادم الاتصال',
  'feed.connection_reset': () => 'انقطع الاتصال بالخادم',
  'feed.host_not_found': () => 'لم يُعثر على الخادم (اسم النطاق)',
  // The system code (EHOSTUNREACH, CERT_HAS_EXPIRED…) is an identifier, kept for whoever helps the analyst.
  'feed.network': (d) => `${NETWORK_REASONS[d.reason] ?? NETWORK_REASONS.other}${d.system ? ` (${d.system})` : ''}`,
  'feed.too_large': (d) => `حجم الخلاصة يتجاوز الحد (${arabicBytes(d.limitBytes)})`,
  'feed.redirect_loop': () => 'تحويلات تدور في حلقة لا تنتهي',
  'feed.too_many_redirects': (d) => `تحويلات كثيرة (أكثر من ${d.max})`,
  'feed.bad_scheme': () => 'يُقبل فقط عنوان يبدأ بـ http أو https',
  'feed.private_address': (d) => `رُفض ${d.host}: عنوان في شبكة محلية أو خاصة، لا يُطلب إلا من مصدر أُضيف بهذا العنوان نفسه`,
  'feed.unexpected_not_modified': () => 'ردّ الخادم بأن لا جديد (304) على أول طلب، فلا محتوى يُقرأ',
  'feed.dtd_entities': () => 'رُفضت الخلاصة لأنها تعرّف كيانات DTD (خطر أمني)',
  'feed.not_a_feed': () => 'المحتوى ليس خلاصة RSS أو Atom',
  'feed.malformed': (d) => `خلاصة تالفة لا يمكن قراءتها${d.line ? ` (السطر ${d.line}${d.column ? `، العمود ${d.column}` : ''})` : ''}`,
  'feed.page_without_feed': () => 'صفحة ويب لا تشير إلى أي خلاصة RSS أو Atom',
  'feed.gone': () => 'أعلن الموقع أن هذه الخلاصة حُذفت نهائيًا (HTTP 410)، فتوقف جلبها',
  'feed.repaired': (d) => `أُصلحت الخلاصة: ${REPAIR_REASONS[d.reason] ?? REPAIR_REASONS.other}${d.line ? ` (السطر ${d.line})` : ''}`,
  'feed.charset_overridden': (d) => `أعلنت الخلاصة الترميز ${d.declared} وقُرئت بالترميز ${d.used} (${CHARSET_OVERRIDES[d.reason] ?? 'البايتات لا توافق المعلن'})`,
  'feed.not_found': () => 'لا توجد هذه الخلاصة (ربما حُذفت)',
  'feed.unknown_encoding': (d) => `ترميز غير معروف: ${d.label}`,
  'opml.too_large': (d) => `ملف OPML أكبر من الحد (عدد الأحرف: ${d.length}، والحد: ${d.limit})`,
  'opml.dtd_entities': () => 'رُفض ملف OPML لأنه يعرّف كيانات DTD (خطر أمني)',
  'opml.not_opml': () => 'الملف ليس بصيغة OPML',
  'opml.malformed': () => 'ملف OPML تالف لا يمكن قراءته',
  'labeled.invalid': (d) =>
    d.problem === 'empty'
      ? 'لا نصوص موسومة في الملف'
      : `مجموعة النصوص الموسومة، السطر ${d.line}: ${d.problem === 'not_json' ? 'ليس JSON صالحًا' : 'يلزم كائن فيه النص وقائمة معرّفات القوائم'}`,
  'query.syntax': (d) =>
    `${d.watchlist ? `القائمة «${d.watchlist}»: ` : d.termSet && d.problem !== 'unknown_set' && d.problem !== 'set_cycle' ? `مجموعة المصطلحات ${ltr(`@${d.termSet}`)}: ` : ''}${arabicQueryProblem(d)} عند الموضع ${d.position} في الاستعلام «${queryExcerpt(d.query)}»`,
  'watchlists.invalid': (d) => `ملف قوائم المراقبة غير صالح — ${arabicPath(d.path)}: ${arabicShapeProblem(d.problem, d)}`,
  'watchlists.not_json': (d) => `ملف قوائم المراقبة ليس JSON صالحًا${d.position !== undefined ? ` (عند الموضع ${d.position})` : ''}`,
  'input.unknown_operation': (d) => `عملية غير معروفة: ${d.operation}`,
  'input.invalid': (d) => (d.problem === 'not_http_url' ? arabicShapeProblem(d.problem, d) : `مدخلات غير صالحة — ${arabicPath(d.field)}: ${arabicShapeProblem(d.problem, d)}`),
  'input.body_too_large': (d) => `الطلب أكبر من الحد المسموح (${arabicBytes(d.limitBytes)})`,
  'input.bad_json': () => 'الطلب ليس JSON صالحًا',
  'input.not_allowed': () => 'جهة غير مسموح لها بالطلب',
  'article.not_found': () => 'لم يعد هذا الخبر موجوداً',
  'watchlist.not_found': (d) => `لا توجد قائمة مراقبة بالمعرّف «${d.id}»`,
  'search.invalid': (d) =>
    d.problem === 'empty'
      ? 'لا شيء يُبحث عنه: اكتب كلمة'
      : d.problem === 'only_excluded'
        ? 'يحتاج البحث كلمة يجدها، لا كلمات مستبعدة (-) فقط'
        : `كلمات البحث أكثر من اللازم (الحد ${d.limit})`,
  'server.unreachable': () => 'تعذّر الاتصال بخادم مرصد',
  'server.bad_response': (d) => `ردّ غير متوقع من خادم مرصد (HTTP ${d.status})`,
  'db.newer_schema': (d) => `قاعدة البيانات من إصدار أحدث من مرصد هذا (المخطط ${d.version}، والمدعوم ${d.supported})؛ حدّث مرصد`,
  'db.native_module_missing': () => 'وحدة SQLite المبنية لهذا التطبيق غير موجودة (في نسخة المصدر يجهّزها الأمر npm start، وإلا فأعد تثبيت مرصد)',
  'db.open_failed': (d) => `تعذّر فتح قاعدة البيانات ${d.path}`,
  'core.stopped': () => 'توقّف محرك مرصد على نحو غير متوقع',
  'poll.busy': (d) => `${POLLERS[d.kind] ?? 'نسخة أخرى من مرصد'} يجلب المصادر إلى قاعدة البيانات هذه الآن (العملية ${d.pid})؛ أعد المحاولة بعد انتهائه`,
  legacy: () => 'فشلت آخر محاولة جلب (سُجّل الخطأ قبل تحديث مرصد)',
  internal: () => 'خطأ داخلي غير متوقع',
}

/**
 * The error in Arabic; a code this build does not know still names itself. Display-safe: it
 * quotes what feeds and files sent (a charset label, a watchlist name, a query).
 */
export function arabicErrorText(detail: ErrorDetail): string {
  const word = WORDINGS[detail.code] as ((d: ErrorDetail) => string) | undefined
  return displaySafe(word ? word(detail) : `تعذّر إتمام العملية (رمز الخطأ: ${String(detail.code)})`)
}

/**
 * What to show for a caught error: a call's error in Arabic; the renderer's own errors (already
 * Arabic) as they are.
 */
export function errorText(err: unknown): string {
  if (err instanceof MarsadCallError) return arabicErrorText(err.detail)
  return err instanceof Error ? err.message : String(err)
}
