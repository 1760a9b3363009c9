/**
 * Turns feed bytes into text. Arabic sites still serve windows-1256 and ISO-8859-6, often without
 * saying so; a wrong guess shows the analyst ????. Order: BOM, HTTP charset, XML declaration,
 * valid UTF-8, else windows-1256.
 */

export interface Decoded {
  readonly text: string
  readonly encoding: string
}

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

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return true
  } catch {
    return false
  }
}

function supported(label: string | undefined): string | undefined {
  if (!label) return undefined
  try {
    return new TextDecoder(label).encoding
  } catch {
    return undefined
  }
}

/** Picks the encoding; `override` (a per-feed setting) wins over everything. */
export function detectEncoding(bytes: Uint8Array, contentType: string | null, override?: string): string {
  return (
    supported(override) ??
    fromBom(bytes) ??
    supported(fromContentType(contentType)) ??
    supported(fromXmlDeclaration(bytes)) ??
    supported(fromHtmlMeta(bytes)) ??
    (isValidUtf8(bytes) ? 'utf-8' : 'windows-1256')
  )
}

/** Characters XML 1.0 forbids (C0 controls but tab/CR/LF, lone surrogates, U+FFFE/U+FFFF). */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

export function decodeFeed(bytes: Uint8Array, contentType: string | null, override?: string): Decoded {
  const encoding = detectEncoding(bytes, contentType, override)
  const text = new TextDecoder(encoding).decode(bytes).replace(INVALID_XML, '')
  return { text, encoding }
}
