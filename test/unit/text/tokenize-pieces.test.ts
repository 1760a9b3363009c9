import { describe, expect, it } from 'vitest'
import { normalize } from '../../../electron/core/text/normalize'
import { analyze, analyzeInPieces, piecesOf, tokenize } from '../../../electron/core/text/tokenize'
import { Matcher } from '../../../electron/core/rules/matcher'

/** News prose with what normalization handles: harakat, tatweel, a lam-alef ligature, hamzas, digits, Latin, line breaks, initials. */
const PARAGRAPH =
  'أَعلنَت المديريّة العامة للأمن العام أنّ دورية من شعبة المعلومات أوقفت مطلوبًا بجرم الانتماء إلى تنظيم «داعش» الإرهابـــي، ' +
  'وضبطت بحوزته ﻻئحة بأسماء ٣ مواقع، وأحيل إلى القضاء المختص (ISF) بتاريخ 14/2/2015.\n' +
  'وسلّم الموقوف (م. ع.) إلى الأمن، وفق المادة 4. وقال المصدر إن التحقيق مستمر.\n'

describe('analyzeInPieces', () => {
  it.each([1, 7, 64, 1_000])('gives the tokens of tokenize and the text of normalize, in pieces of at least %i characters', async (pieceLength) => {
    const text = PARAGRAPH.repeat(20)
    const analyzed = await analyzeInPieces(text, async () => {}, pieceLength)
    expect(analyzed.tokens).toEqual(tokenize(text))
    expect(analyzed.normalized).toBe(normalize(text))
    expect(analyze(text)).toEqual(analyzed)
  })

  it('cuts a long text into several pieces, each ending at a space or line break, and pauses between them', async () => {
    const text = PARAGRAPH.repeat(20)
    const pieces = [...piecesOf(text, 200)]
    expect(pieces.length).toBeGreaterThan(10)
    for (const [, end] of pieces.slice(0, -1)) expect([' ', '\n']).toContain(text[end])
    expect(pieces.map(([start, end]) => text.slice(start, end)).join('')).toBe(text)
    let pauses = 0
    await analyzeInPieces(text, async () => void pauses++, 200)
    expect(pauses).toBe(pieces.length - 1)
  })

  it('keeps a text with no space at all in one piece', async () => {
    const text = 'داعش'.repeat(1_000)
    expect([...piecesOf(text, 10)]).toHaveLength(1)
    let pauses = 0
    await analyzeInPieces(text, async () => void pauses++, 10)
    expect(pauses).toBe(0)
  })
})

describe('Matcher.runAsync', () => {
  const matcher = new Matcher([
    { id: 'ct', name: 'مكافحة الإرهاب', terms: [{ query: 'داعش', weight: 1 }, { query: 'أوقفت NEAR/3 مطلوبا', weight: 2 }], exclude: [], notify: true },
  ])

  it('finds what run finds in a long article, pausing between its pieces', async () => {
    const article = { title: 'توقيف مطلوب', body: PARAGRAPH.repeat(2_000) }
    let pauses = 0
    const result = await matcher.runAsync(article, async () => void pauses++)
    expect(result).toEqual(matcher.run(article))
    expect(result.hits.map((h) => h.watchlistId)).toEqual(['ct'])
    expect(pauses).toBeGreaterThan(5)
  })

  it('gives articles matched at once their own state: interleaved, each finds what run finds', async () => {
    // Two watchlists: a long article pauses between them, with its phrases found and not yet weighed.
    const two = new Matcher([
      { id: 'ct', name: 'مكافحة الإرهاب', terms: [{ query: 'داعش', weight: 1 }], exclude: [], notify: true },
      { id: 'arrests', name: 'اعتقالات', terms: [{ query: 'أوقفت NEAR/3 مطلوبا', weight: 1 }, { query: 'الطقس', weight: -1 }], exclude: [], notify: true },
    ])
    // The pause lets the other article's matching run: both are in flight together throughout.
    const pause = () => new Promise<void>((resolve) => setImmediate(resolve))
    const arrest = { title: '', body: 'قالت الشرطة إنها أوقفت مطلوبا في العاصمة.\n'.repeat(3_000) }
    const weather = { title: 'داعش', body: 'قال المتحدث إن الطقس معتدل اليوم.\n'.repeat(3_000) }
    const [a, b] = await Promise.all([two.runAsync(arrest, pause), two.runAsync(weather, pause)])
    expect(a).toEqual(two.run(arrest))
    expect(b).toEqual(two.run(weather))
    expect(a.hits.map((h) => h.watchlistId)).toEqual(['arrests'])
    expect(b.hits.map((h) => h.watchlistId)).toEqual(['ct'])
  })

  it('does not pause for a short article', async () => {
    let pauses = 0
    await matcher.runAsync({ title: '', body: PARAGRAPH }, async () => void pauses++)
    expect(pauses).toBe(0)
  })
})
