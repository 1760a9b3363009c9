/**
 * Turns feed bytes into text. Arabic sites still serve windows-1256 and ISO-8859-6, often without
 * saying so, and often saying something else; a wrong guess shows the analyst ????.
 * Order: the per-feed override, BOM, then each declaration (HTTP charset, XML declaration, HTML
 * <meta>) that fits the bytes (./charset-check.ts), else UTF-16 by its NULs, UTF-8 when the bytes
 * look like it, else windows-1256 or ISO-8859-6, whichever reads as Arabic (./arabic-charset.ts).
 * When a declaration did not fit, the result says which and why, for the feed's notice.
 */
import type { CharsetOverride } from '../errors/problems'
import { arabicSingleByte } from './arabic-charset'
import { checkDeclared, looksUtf8, utf16Pattern, utf8Census, type Sniffed, type Utf8Census } from './charset-check'
import { c1AsWindows1252 } from './windows-1252'

export interface Decoded {
  readonly text: string
  readonly encoding: string
  /** The first charset declared (HTTP or XML) that the bytes were not read in… */
  readonly declared?: string
  /** …and why it was passed over. */
  readonly overridden?: CharsetOverride
}

type Choice = Omit<Decoded, 'text'>

function fromBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return undefined
}

function fromContentType(contentType: string | null): string | undefined {
  return contentType ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1] : undefined
}

function fromXmlDeclaration(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1')
  return /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1]
}

/** <meta charset="…"> or <meta http-equiv="Content-Type" content="…; charset=…"> of an HTML page. */
function fromHtmlMeta(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1')
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1]
}

/** `utf-16` names no byte order (TextDecoder would take little-endian): the bytes give it. */
const UNORDERED_UTF16 = /^(utf-?16|unicode|ucs-?2|iso-10646-ucs-2)$/i

function supported(label: string | undefined, utf16?: string): string | undefined {
  if (!label) return undefined
  if (utf16 && UNORDERED_UTF16.test(label)) return utf16
  try {
    return new TextDecoder(label).encoding
  } catch {
    return undefined
  }
}

/** Picks the encoding; `override` (a per-feed setting) wins over everything. */
export function detectEncoding(bytes: Uint8Array, contentType: string | null, override?: string): string {
  return chooseEncoding(bytes, contentType, override).encoding
}

function chooseEncoding(bytes: Uint8Array, contentType: string | null, override?: string): Choice {
  const forced = supported(override) ?? fromBom(bytes)
  if (forced) return { encoding: forced }
  let census: Utf8Census | undefined
  const sniffed: Sniffed = { census: () => (census ??= utf8Census(bytes)), utf16: utf16Pattern(bytes) }
  let passedOver: { declared: string; overridden: CharsetOverride } | undefined
  const declarations = [fromContentType(contentType), fromXmlDeclaration(bytes), fromHtmlMeta(bytes)]
  for (const label of declarations) {
    const encoding = supported(label, sniffed.utf16)
    if (!encoding) continue
    const verdict = checkDeclared(bytes, encoding, sniffed)
    if (verdict.fits) return { encoding, ...passedOver }
    passedOver ??= { declared: encoding, overridden: verdict.reason }
    if (verdict.better) return { encoding: verdict.better, ...passedOver }
  }
  const encoding = sniffed.utf16 ?? (looksUtf8(sniffed.census()) ? 'utf-8' : arabicSingleByte(bytes))
  return { encoding, ...passedOver }
}

/** Characters XML 1.0 forbids (C0 controls but tab/CR/LF, lone surrogates, U+FFFE/U+FFFF). */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

export function decodeFeed(bytes: Uint8Array, contentType: string | null, override?: string): Decoded {
  const choice = chooseEncoding(bytes, contentType, override)
  const decoded = new TextDecoder(choice.encoding).decode(bytes)
  // Node's windows-1252 decoder was seen to leave 0x80–0x9F as ISO-8859-1's C1 controls.
  const text = choice.encoding === 'windows-1252' ? c1AsWindows1252(decoded) : decoded
  return { text: text.replace(INVALID_XML, ''), ...choice }
}
