/**
 * What reaches the terminal. Feeds choose titles and names: an ESC (sent as `&#27;`) would start
 * an escape sequence in the analyst's terminal, and a right-to-left override would print the rest
 * of the line reversed («deeF Hostile»). Every line the CLI writes goes through terminalSafe;
 * machine output (JSON, OPML) escapes those characters first, so it reaches the terminal intact
 * as data and loses nothing.
 */
import { displaySafeBlock } from '../core/text/controls'
import type { CliIo } from './commands'

/**
 * What terminalSafe would remove from machine output that JSON.stringify leaves raw: DEL, the C1
 * controls (U+009B is a CSI to some terminals) and the bidi embeddings, overrides and isolates.
 */
const RAW_IN_JSON = /[\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g

const hex = (char: string): string => char.charCodeAt(0).toString(16).padStart(4, '0')

/** A line (or lines) as printed: control characters and bidi overrides removed, tabs and newlines kept. */
export function terminalSafe(text: string): string {
  return displaySafeBlock(text)
}

/** The io with every line made terminalSafe. */
export function terminalSafeIo(io: CliIo): CliIo {
  return { ...io, out: (line) => io.out(terminalSafe(line)), err: (line) => io.err(terminalSafe(line)) }
}

/** JSON with those characters as \u escapes (C0 controls JSON escapes already): the same data. */
export function terminalJson(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(RAW_IN_JSON, (c) => `\\u${hex(c)}`)
}

/** XML (the OPML export) with those characters as character references, which mean the same. */
export function terminalXml(xml: string): string {
  return xml.replace(RAW_IN_JSON, (c) => `&#x${hex(c).toUpperCase()};`)
}
