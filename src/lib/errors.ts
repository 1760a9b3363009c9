/**
 * The core reports errors in English one-liners (they are also the CLI's). The analyst reads
 * Arabic: the known ones are said in Arabic here; an unknown one is shown as the core wrote it.
 */

type Rule = readonly [RegExp, (match: RegExpExecArray) => string]

const HTTP_STATUS: Record<string, string> = {
  '400': 'طلب غير صالح',
  '401': 'يتطلب تسجيل الدخول',
  '403': 'الوصول ممنوع',
  '404': 'غير موجودة',
  '429': 'طلبات كثيرة، طلب الخادم الانتظار',
  '500': 'خطأ في الخادم',
  '502': 'بوابة معطلة',
  '503': 'الخدمة غير متاحة مؤقتًا',
  '504': 'انتهت مهلة البوابة',
}

const RULES: readonly Rule[] = [
  [/^the site says this feed is gone for good \(HTTP 410\)/, () => 'أعلن الموقع أن هذه الخلاصة حُذفت نهائيًا (HTTP 410)، فتوقف جلبها'],
  [/^HTTP (\d{3})\b/, (m) => `ردّ الخادم بالرمز ${m[1]}${HTTP_STATUS[m[1]] ? ` (${HTTP_STATUS[m[1]]})` : ''}`],
  [/^timed out after ([\d.]+) s$/, (m) => `انتهت المهلة بعد ${m[1]} ث دون ردّ كامل`],
  [/^connection refused$/, () => 'رفض الخادم الاتصال'],
  [/^connection reset$/, () => 'انقطع الاتصال بالخادم'],
  [/^host not found$/, () => 'لم يُعثر على الخادم (اسم النطاق)'],
  [/^body larger than (.+)$/, (m) => `حجم الخلاصة يتجاوز الحد (${m[1]})`],
  [/^redirect loop/, () => 'تحويلات تدور في حلقة لا تنتهي'],
  [/^more than (\d+) redirects$/, (m) => `تحويلات كثيرة (أكثر من ${m[1]})`],
  [/only http and https/, () => 'يُقبل فقط عنوان يبدأ بـ http أو https'],
  [/http:\/\/ or https:\/\//, () => 'يجب أن يبدأ عنوان الخلاصة بـ http:// أو https://'],
  [/^feed declares DTD entities/, () => 'رُفضت الخلاصة لأنها تعرّف كيانات DTD (خطر أمني)'],
  [/^not a feed/, () => 'المحتوى ليس خلاصة RSS أو Atom'],
  [/^malformed feed/, () => 'خلاصة تالفة لا يمكن قراءتها'],
  [/^this is a web page that links to no RSS or Atom feed$/, () => 'صفحة ويب لا تشير إلى أي خلاصة RSS أو Atom'],
  [/^unknown encoding "(.+?)"/, (m) => `ترميز غير معروف: ${m[1]}`],
  [/^no feed with id (\d+)$/, () => 'لا توجد هذه الخلاصة (ربما حُذفت)'],
  [/^malformed OPML/, () => 'ملف OPML تالف لا يمكن قراءته'],
  [/^not an OPML file/, () => 'الملف ليس بصيغة OPML'],
]

/** The message in Arabic when it is one Marsad knows, else as given. */
export function arabicError(message: string): string {
  for (const [pattern, say] of RULES) {
    const match = pattern.exec(message)
    if (match) return say(match)
  }
  return message
}

/** What to show for a caught error: its message, in Arabic when known. */
export function errorText(err: unknown): string {
  return arabicError(err instanceof Error ? err.message : String(err))
}
