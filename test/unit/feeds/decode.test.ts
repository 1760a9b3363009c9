import { describe, expect, it } from 'vitest'
import { decodeFeed, detectEncoding } from '../../../electron/core/feeds/decode'

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

  it('strips characters XML 1.0 forbids', () => {
    expect(decodeFeed(Buffer.from('<t>a\u0001b\u000bc\td</t>'), null).text).toBe('<t>abc\td</t>')
  })
})
