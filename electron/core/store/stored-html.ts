/**
 * HTML kept beside an article (the feed's, the page's) is only read when one article is opened,
 * so it is stored compressed: raw DEFLATE in a BLOB, about a third of the text. Rows written
 * before this are TEXT and read as they are; the column's type tells the two apart.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib'

/** The fastest level: on an article's HTML it keeps nearly all of level 6's saving at a fraction of its time (measured on ingest). */
const LEVEL = 1

export function packHtml(html: string | null | undefined): Buffer | null {
  return html ? deflateRawSync(Buffer.from(html, 'utf8'), { level: LEVEL }) : null
}

export function unpackHtml(stored: string | Buffer | null): string | null {
  if (stored === null) return null
  return typeof stored === 'string' ? stored : inflateRawSync(stored).toString('utf8')
}
