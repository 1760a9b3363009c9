import { describe, expect, it } from 'vitest'
import { arabicError, errorText } from '../../../src/lib/errors'

describe('core errors said in Arabic', () => {
  it.each([
    ['HTTP 404 Not Found', 'ردّ الخادم بالرمز 404 (غير موجودة)'],
    ['HTTP 418', 'ردّ الخادم بالرمز 418'],
    ['timed out after 1.5 s', 'انتهت المهلة بعد 1.5 ث دون ردّ كامل'],
    ['connection refused', 'رفض الخادم الاتصال'],
    ['body larger than 10 MiB', 'حجم الخلاصة يتجاوز الحد (10 MiB)'],
    ['not a feed: no <rss>, <feed> or <rdf:RDF> element', 'المحتوى ليس خلاصة RSS أو Atom'],
    ['the site says this feed is gone for good (HTTP 410); it is no longer polled', 'أعلن الموقع أن هذه الخلاصة حُذفت نهائيًا (HTTP 410)، فتوقف جلبها'],
    ['addFeed: url: feed URL must be an http:// or https:// address', 'يجب أن يبدأ عنوان الخلاصة بـ http:// أو https://'],
  ])('%s', (english, arabic) => {
    expect(arabicError(english)).toBe(arabic)
  })

  it('shows an unknown message as the core wrote it', () => {
    expect(arabicError('disk I/O error')).toBe('disk I/O error')
    expect(errorText(new Error('HTTP 503 Service Unavailable'))).toBe('ردّ الخادم بالرمز 503 (الخدمة غير متاحة مؤقتًا)')
    expect(errorText('plain')).toBe('plain')
  })
})
