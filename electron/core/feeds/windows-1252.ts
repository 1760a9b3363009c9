/**
 * windows-1252's bytes 0x80–0x9F, which ISO-8859-1 leaves as C1 controls: “ ” ‘ ’ – — … € and the
 * rest. Written out because Node's TextDecoder('windows-1252') was seen to decode them as
 * ISO-8859-1 (0x93 → U+0093, then dropped as a control), and because feeds send these controls
 * anyway (`&#146;`, or the bytes re-encoded as UTF-8) where they mean windows-1252, as HTML's
 * rule for numeric references and browsers read them. The five bytes the code page leaves
 * unassigned (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay controls.
 */
// prettier-ignore
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
]

/** Text with every C1 control read as the windows-1252 character of the same byte. */
export function c1AsWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(HIGH[c.charCodeAt(0) - 0x80]))
}
