import { describe, expect, it } from 'vitest'
import type { ErrorDetail } from '../../../electron/core/errors/problems'
import { MarsadCallError } from '../../../src/api/client'
import { arabicErrorText, errorText } from '../../../src/lib/errors'
import { ERROR_SAMPLES } from '../../support/error-samples'

/** Latin words the Arabic UI may show: names of formats, protocols and the query language's operators. */
const ALLOWED_LATIN = /\b(HTTP|https?|RSS|Atom|OPML|DTD|JSON|TLS|SQLite|xmlUrl|NEAR|NOT|OR|AND|npm start|query|weight)\b/g

/** The parameter values a detail carries (URLs, labels, system codes…): shown as given, not words of ours. */
function parameterValues(detail: ErrorDetail): string[] {
  return Object.entries(detail)
    .filter(([key, value]) => key !== 'code' && typeof value === 'string')
    .map(([, value]) => value as string)
}

describe('errors said in Arabic', () => {
  it.each(Object.values(ERROR_SAMPLES).map((d) => [d.code, d] as const))('%s is worded in Arabic, with no English of ours', (_code, detail) => {
    let text = arabicErrorText(detail)
    expect(text).toMatch(/[\u0621-\u064A]/)
    for (const value of parameterValues(detail)) text = text.split(value).join('')
    expect(text.replace(ALLOWED_LATIN, '')).not.toMatch(/[A-Za-z]{2,}/)
  })

  it.each<[ErrorDetail, string]>([
    [{ code: 'feed.http_status', status: 404 }, 'ردّ الخادم بالرمز 404 (غير موجودة)'],
    [{ code: 'feed.http_status', status: 418 }, 'ردّ الخادم بالرمز 418'],
    [{ code: 'feed.timeout', seconds: 1.5 }, 'انتهت المهلة بعد 1.5 ث دون ردّ كامل'],
    [{ code: 'feed.connection_refused' }, 'رفض الخادم الاتصال'],
    [{ code: 'feed.too_large', limitBytes: 10 * 1024 * 1024 }, 'حجم الخلاصة يتجاوز الحد (10 ميغابايت)'],
    [{ code: 'feed.not_a_feed' }, 'المحتوى ليس خلاصة RSS أو Atom'],
    [{ code: 'feed.gone' }, 'أعلن الموقع أن هذه الخلاصة حُذفت نهائيًا (HTTP 410)، فتوقف جلبها'],
    [{ code: 'input.invalid', operation: 'addFeed', field: 'url', problem: 'not_http_url' }, 'يجب أن يبدأ عنوان الخلاصة بـ http:// أو https://'],
    [
      { code: 'query.syntax', query: '"مكافحة الإرهاب', position: 0, problem: 'unbalanced_quote', watchlist: 'ct' },
      'القائمة «ct»: علامة اقتباس بلا إغلاق عند الموضع 0 في الاستعلام «"مكافحة الإرهاب»',
    ],
    [{ code: 'watchlists.invalid', path: 'watchlists.1.terms.0', problem: 'empty_term' }, 'ملف قوائم المراقبة غير صالح — القائمة 2، المصطلح 1: مصطلح فارغ'],
    [{ code: 'watchlists.invalid', path: '', problem: 'unrecognized_keys', value: 'version' }, 'ملف قوائم المراقبة غير صالح — الملف: مفاتيح غير معروفة: version'],
    [
      { code: 'watchlists.invalid', path: 'watchlists.10', problem: 'set_too_many_queries', limit: 5000 },
      'ملف قوائم المراقبة غير صالح — القائمة 11: مجموع المصطلحات والاستثناءات في القوائم كلها أكثر من اللازم (5000 على الأكثر)',
    ],
    [
      { code: 'watchlists.invalid', path: 'watchlists.55', problem: 'set_too_large', limit: 500000 },
      'ملف قوائم المراقبة غير صالح — القائمة 56: مجموع نصوص الاستعلامات في القوائم كلها أطول من اللازم (500000 حرف على الأكثر)',
    ],
    [{ code: 'feed.malformed', line: 12, column: 4, detail: 'Unexpected close tag' }, 'خلاصة تالفة لا يمكن قراءتها (السطر 12، العمود 4)'],
  ])('%j → %s', (detail, arabic) => {
    expect(arabicErrorText(detail)).toBe(arabic)
  })

  it('names a code it does not know (a newer core) instead of showing nothing', () => {
    expect(arabicErrorText({ code: 'feed.from_the_future' } as unknown as ErrorDetail)).toBe('تعذّر إتمام العملية (رمز الخطأ: feed.from_the_future)')
  })

  it("words a failed call's code, and shows the renderer's own Arabic errors as they are", () => {
    expect(errorText(new MarsadCallError({ code: 'feed.http_status', status: 503 }))).toBe('ردّ الخادم بالرمز 503 (الخدمة غير متاحة مؤقتًا)')
    expect(errorText(new Error('الملف ليس JSON صالحًا'))).toBe('الملف ليس JSON صالحًا')
    expect(errorText('plain')).toBe('plain')
  })
})

describe('Latin snippets inside Arabic messages', () => {
  const LRM = '\u200e'
  it('keep their own direction: a set name and @set{n} sit between marks, which arabicErrorText keeps', () => {
    const unknown = arabicErrorText({ code: 'query.syntax', query: '@armed-groups', position: 0, problem: 'unknown_set', termSet: 'armed-groups' })
    expect(unknown).toContain(`${LRM}@armed-groups${LRM}`)
    const count = arabicErrorText({ code: 'query.syntax', query: '@countries{1}', position: 10, problem: 'distinct_count', limit: 9 })
    expect(count).toContain(`${LRM}@set{n}${LRM} من 2 إلى 9`)
    const over = arabicErrorText({ code: 'query.syntax', query: '@countries{5}', position: 10, problem: 'distinct_over_members', limit: 4 })
    expect(over).toContain(`${LRM}@set{n}${LRM} أكبر من عدد أعضاء المجموعة (4)`)
    const inSet = arabicErrorText({ code: 'query.syntax', query: '(', position: 0, problem: 'unbalanced_open', termSet: 'countries' })
    expect(inSet).toContain(`مجموعة المصطلحات ${LRM}@countries${LRM}:`)
  })
})
