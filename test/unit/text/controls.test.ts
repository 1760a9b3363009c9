import { describe, expect, it } from 'vitest'
import { displaySafe, displaySafeBlock, withoutControls } from '../../../electron/core/text/controls'

const ESC = '\u001B'
const RLO = '\u202E'
const PDF = '\u202C'
const RLM = '\u200F'

describe('withoutControls: text as stored', () => {
  it('drops a terminal escape sequence but keeps the words around it', () => {
    expect(withoutControls(`عاجل${ESC}[2J: اعتقال خلية`)).toBe('عاجل[2J: اعتقال خلية')
  })

  it('keeps tabs and newlines, and makes CR LF and lone CR a newline', () => {
    expect(withoutControls('سطر\tأول\r\nسطر ثان\rسطر ثالث')).toBe('سطر\tأول\nسطر ثان\nسطر ثالث')
  })

  it('drops DEL and the C1 range (a NEL from a Latin-1 misdecode)', () => {
    expect(withoutControls('أمن\u007F\u0085\u009Bعام')).toBe('أمنعام')
  })

  it('leaves bidi controls alone: stored text keeps what the feed sent, display neutralises it', () => {
    expect(withoutControls(`Hostile ${RLO}Feed`)).toBe(`Hostile ${RLO}Feed`)
  })
})

describe('displaySafe: a name or title on one line', () => {
  it('removes a right-to-left override so «Hostile Feed» is not shown as «deeF»', () => {
    expect(displaySafe(`Hostile ${RLO}Feed${PDF}`)).toBe('Hostile Feed')
  })

  it('removes isolates and embeddings too', () => {
    expect(displaySafe('\u2067وكالة\u2069 \u202Bالأنباء\u202C')).toBe('وكالة الأنباء')
  })

  it('keeps the right-to-left and Arabic letter marks Arabic text uses', () => {
    expect(displaySafe(`${RLM}مرصد\u061C 24`)).toBe(`${RLM}مرصد\u061C 24`)
  })

  it('makes controls and line breaks spaces, so nothing reaches a terminal raw', () => {
    expect(displaySafe(`عنوان${ESC}]0;pwned\u0007\nسطر`)).toBe('عنوان ]0;pwned  سطر')
  })
})

describe('displaySafeBlock: an article body', () => {
  it('keeps its lines but drops overrides and controls', () => {
    expect(displaySafeBlock(`فقرة ${RLO}أولى\r\nفقرة${ESC} ثانية`)).toBe('فقرة أولى\nفقرة ثانية')
  })
})

describe('displaySafe on text it has nothing to do to', () => {
  it('changes exactly what the three replacements would, and returns clean text as it is', () => {
    const reference = (text: string) => text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, ' ').replace(/[\u202A-\u202E\u2066-\u2069]/g, '').replace(/[\t\n\r]/g, ' ')
    const alphabet = ['م', 'ر', ' ', '\t', '\n', '\r', '\u0000', '\u001F', '\u007F', '\u009F', '\u00A0', '\u200F', '\u202A', '\u202E', '\u2066', '\u2069', '\u061C']
    let seed = 11
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31)
    for (let n = 0; n < 5000; n++) {
      const text = Array.from({ length: next() % 6 }, () => alphabet[next() % alphabet.length]).join('')
      expect(displaySafe(text), JSON.stringify(text)).toBe(reference(text))
    }
  })
})
