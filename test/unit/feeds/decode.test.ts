import { describe, expect, it } from 'vitest'
import { decodeFeed, detectEncoding } from '../../../electron/core/feeds/decode'
import { iso88596, windows1256, WORKSHOP } from '../../support/feed-fixtures'

const TITLE = 'مكافحة الإرهاب'
/** windows-1256 bytes of TITLE, built from the code page so the test does not trust the decoder. */
const CP1256: Record<string, number> = { م: 0xe3, ك: 0xdf, ا: 0xc7, ف: 0xdd, ح: 0xcd, ة: 0xc9, ' ': 0x20, ل: 0xe1, إ: 0xc5, ر: 0xd1, ه: 0xe5, ب: 0xc8 }
const cp1256 = (s: string): Uint8Array => Uint8Array.from([...s].map((ch) => CP1256[ch] ?? ch.charCodeAt(0)))
const ascii = (s: string): Uint8Array => Uint8Array.from([...s].map((c) => c.charCodeAt(0)))
const concat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]))

describe('feed decoding', () => {
  it('reads undeclared windows-1256 (invalid as UTF-8) as windows-1256', () => {
    const bytes = concat(ascii('<rss><title>'), cp1256(TITLE), ascii('</title></rss>'))
    const decoded = decodeFeed(bytes, 'text/xml')
    expect(decoded.encoding).toBe('windows-1256')
    expect(decoded.text).toContain(TITLE)
  })

  it('honours the XML declaration', () => {
    const bytes = concat(ascii('<?xml version="1.0" encoding="windows-1256"?><rss>'), cp1256(TITLE))
    expect(decodeFeed(bytes, null).text).toContain(TITLE)
  })

  it('lets the HTTP charset win over the XML declaration', () => {
    const iso = Uint8Array.from([0xe7, 0xc7]) // ISO-8859-6: ه ا
    const bytes = concat(ascii('<?xml version="1.0" encoding="utf-8"?><rss>'), iso)
    expect(detectEncoding(bytes, 'application/rss+xml; charset=ISO-8859-6')).toBe('iso-8859-6')
    expect(decodeFeed(bytes, 'application/rss+xml; charset=ISO-8859-6').text).toContain('ها')
  })

  it('lets a BOM win over everything, and drops it', () => {
    const utf16 = Buffer.from('\uFEFF<rss>' + TITLE + '</rss>', 'utf16le')
    const decoded = decodeFeed(utf16, 'text/xml; charset=windows-1256')
    expect(decoded.encoding).toBe('utf-16le')
    expect(decoded.text).toBe('<rss>' + TITLE + '</rss>')
  })

  it('takes valid UTF-8 as UTF-8 when nothing is declared', () => {
    expect(decodeFeed(Buffer.from(`<rss>${TITLE}</rss>`), null).text).toBe(`<rss>${TITLE}</rss>`)
  })

  it('ignores an unknown declared charset instead of failing', () => {
    expect(decodeFeed(Buffer.from(TITLE), 'text/xml; charset=x-klingon').text).toBe(TITLE)
  })

  it('uses a per-feed override first', () => {
    expect(detectEncoding(Buffer.from('abc'), 'text/xml; charset=utf-8', 'windows-1256')).toBe('windows-1256')
  })

  it('reads windows-1256 served as charset=utf-8 as windows-1256, and says the declaration was passed over', () => {
    const bytes = windows1256(`<rss><title>${TITLE}</title></rss>`)
    expect(decodeFeed(bytes, 'application/rss+xml; charset=utf-8')).toEqual({
      text: `<rss><title>${TITLE}</title></rss>`,
      encoding: 'windows-1256',
      declared: 'utf-8',
      overridden: 'invalid_bytes',
    })
  })

  it('when the HTTP charset lies, the XML declaration is next in the chain', () => {
    const bytes = windows1256(`<?xml version="1.0" encoding="ISO-8859-6"?><rss>${TITLE}</rss>`)
    // Both lie about these bytes (ك is 0xDF, unassigned in ISO-8859-6): the bytes decide.
    expect(decodeFeed(bytes, 'text/xml; charset=utf-8')).toMatchObject({ encoding: 'windows-1256', declared: 'utf-8', overridden: 'invalid_bytes' })
    const honest = iso88596(`<?xml version="1.0" encoding="ISO-8859-6"?><rss>${TITLE}</rss>`)
    expect(decodeFeed(honest, 'text/xml; charset=utf-8')).toMatchObject({ text: expect.stringContaining(TITLE), encoding: 'iso-8859-6', declared: 'utf-8' })
  })

  it('reads UTF-8 served as ISO-8859-1 as UTF-8', () => {
    const decoded = decodeFeed(Buffer.from(`<rss>${TITLE} — «تقرير»</rss>`), 'text/xml; charset=ISO-8859-1')
    expect(decoded).toEqual({ text: `<rss>${TITLE} — «تقرير»</rss>`, encoding: 'utf-8', declared: 'windows-1252', overridden: 'utf8_bytes' })
  })

  it('reads Arabic in windows-1256 labelled windows-1252 as windows-1256, but leaves real Latin-1 alone', () => {
    const arabic = windows1256(`<rss><title>${TITLE}</title><p>تعاون أمني بين البلدين</p></rss>`)
    expect(decodeFeed(arabic, 'text/xml; charset=windows-1252')).toMatchObject({ text: expect.stringContaining(TITLE), encoding: 'windows-1256', overridden: 'arabic_bytes' })
    const french = Buffer.from('<rss><title>Sécurité : la préfecture émet une alerte à Orléans</title></rss>', 'latin1')
    expect(decodeFeed(french, 'text/xml; charset=ISO-8859-1')).toEqual({ text: expect.stringContaining('Sécurité'), encoding: 'windows-1252' })
  })

  it('keeps a declared UTF-8 when one character is broken among many good ones', () => {
    const bytes = concat(Buffer.from(`<rss>${TITLE} `), Uint8Array.of(0xd9), Buffer.from(` ${TITLE}</rss>`))
    const decoded = decodeFeed(bytes, 'text/xml; charset=utf-8')
    expect(decoded).toEqual({ text: `<rss>${TITLE} \uFFFD ${TITLE}</rss>`, encoding: 'utf-8' })
  })

  it('reads windows-1252 punctuation (0x80–0x9F) as windows-1252, not as C1 controls', () => {
    const bytes = concat(ascii('<t>'), Uint8Array.of(0xa3, 0x93), ascii('test'), Uint8Array.of(0x94, 0x85, 0x80), ascii('</t>'))
    expect(decodeFeed(bytes, 'text/xml; charset=windows-1252').text).toBe('<t>£“test”…€</t>')
  })

  it('finds UTF-16 without a BOM by its NULs', () => {
    const bytes = Buffer.from(`<?xml version="1.0" encoding="utf-16"?><rss>${TITLE}</rss>`, 'utf16le')
    expect(decodeFeed(bytes, 'text/xml').text).toBe(`<?xml version="1.0" encoding="utf-16"?><rss>${TITLE}</rss>`)
  })

  describe('UTF-8 with one character cut mid-sequence (a CMS truncating a summary by bytes)', () => {
    const title = 'إحباط محاولة تسلل عبر الحدود الشمالية'
    const summary = Buffer.from('أوقفت وحدة من الجيش فجر اليوم مجموعة حاولت التسلل عبر معبر غير شرعي', 'utf8')
    // The summary cut one byte into its last letter's two: a lead byte with no continuation.
    const cut = (declaration: string): Uint8Array =>
      concat(Buffer.from(`${declaration}<rss><item><title>${title}</title><description>`), summary.subarray(0, summary.length - 1), Buffer.from('…</description></item></rss>'))
    const read = `<rss><item><title>${title}</title><description>${summary.toString('utf8').slice(0, -1)}\uFFFD…</description></item></rss>`

    it('is read as UTF-8 under an HTTP windows-1256, saying the declaration was passed over', () => {
      expect(decodeFeed(cut(''), 'application/rss+xml; charset=windows-1256')).toEqual({ text: read, encoding: 'utf-8', declared: 'windows-1256', overridden: 'utf8_bytes' })
    })

    it('is read as UTF-8 under an XML declaration of windows-1256 or ISO-8859-6', () => {
      for (const label of ['windows-1256', 'ISO-8859-6']) {
        const declaration = `<?xml version="1.0" encoding="${label}"?>`
        expect(decodeFeed(cut(declaration), 'text/xml')).toMatchObject({ text: declaration + read, encoding: 'utf-8', overridden: 'utf8_bytes' })
      }
    })
  })

  describe('UTF-16 without a BOM, after leading whitespace', () => {
    const feed = `\n  <?xml version="1.0" encoding="utf-16"?>\n<rss><channel><title>${TITLE}</title><item><title>${WORKSHOP.paragraphs[2]}</title></item></channel></rss>`
    const le = Buffer.from(feed, 'utf16le')
    const be = Buffer.from(feed, 'utf16le').swap16()

    it('is found by its NULs in either byte order, with nothing declared', () => {
      expect(decodeFeed(le, 'text/xml')).toEqual({ text: feed, encoding: 'utf-16le' })
      expect(decodeFeed(be, 'text/xml')).toEqual({ text: feed, encoding: 'utf-16be' })
    })

    it('honours an HTTP charset=utf-16 in the byte order the bytes show, with no notice', () => {
      expect(decodeFeed(le, 'application/rss+xml; charset=utf-16')).toEqual({ text: feed, encoding: 'utf-16le' })
      expect(decodeFeed(be, 'application/rss+xml; charset=UTF-16')).toEqual({ text: feed, encoding: 'utf-16be' })
    })

    it('is read as UTF-16 under a charset=utf-8 that lies, and says so', () => {
      expect(decodeFeed(be, 'text/xml; charset=utf-8')).toEqual({ text: feed, encoding: 'utf-16be', declared: 'utf-8', overridden: 'utf16_bytes' })
    })

    it('is not taken for UTF-8 or windows-1256 with a few NULs in them', () => {
      const nulled = concat(Buffer.from(`<rss>${TITLE}`), Uint8Array.of(0, 0, 0), Buffer.from('</rss>'))
      expect(decodeFeed(nulled, null)).toEqual({ text: `<rss>${TITLE}</rss>`, encoding: 'utf-8' })
    })
  })

  describe('ISO-8859-6 against windows-1256, when the bytes are Arabic and not UTF-8', () => {
    const text = `<rss><item><title>${WORKSHOP.paragraphs[2]}</title><description>${WORKSHOP.paragraphs[3]}</description></item></rss>`

    it('reads undeclared ISO-8859-6 as ISO-8859-6', () => {
      expect(decodeFeed(iso88596(text), 'text/xml')).toEqual({ text, encoding: 'iso-8859-6' })
    })

    it('reads ISO-8859-6 served as UTF-8 as ISO-8859-6, saying the declaration was passed over', () => {
      expect(decodeFeed(iso88596(text), 'application/rss+xml; charset=utf-8')).toEqual({ text, encoding: 'iso-8859-6', declared: 'utf-8', overridden: 'invalid_bytes' })
    })

    it('still reads windows-1256 as windows-1256, French words with accents and all', () => {
      const bilingual = `<rss><item><title>${WORKSHOP.paragraphs[2]}</title><description>Sécurité à la frontière: réunion élargie</description></item></rss>`
      expect(decodeFeed(windows1256(bilingual), 'text/xml')).toEqual({ text: bilingual, encoding: 'windows-1256' })
      expect(decodeFeed(windows1256(text), 'text/xml; charset=utf-8')).toMatchObject({ text, encoding: 'windows-1256' })
    })
  })

  it('strips characters XML 1.0 forbids', () => {
    expect(decodeFeed(Buffer.from('<t>a\u0001b\u000bc\td</t>'), null).text).toBe('<t>abc\td</t>')
  })
})
