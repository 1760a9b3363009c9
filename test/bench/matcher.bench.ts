/**
 * Matcher throughput in MB/s of Arabic text (UTF-8 bytes), with 10 and with 1,000 terms, beside a
 * naive matcher (one regex per term over the raw text) measured in the same run.
 */
import { Matcher } from '../../electron/core/rules/matcher'
import type { Watchlist } from '../../electron/core/rules/types'
import { arabicText, syntheticTerms } from './corpus'
import { measure, report } from './measure'

const REAL_TERMS = ['إرهاب', '"مكافحة الإرهاب"', 'مخابرات', 'استخبارات', '"ورشة عمل"', 'داعش', 'توقيف', 'اعتقال', '"تبادل المعلومات"', 'القاعدة']

function watchlistOf(terms: string[]): Watchlist[] {
  return [{ id: 'bench', name: 'bench', terms: terms.map((query) => ({ query, weight: 1 })), exclude: [], notify: false }]
}

function naiveMatcher(terms: string[]): (text: string) => number {
  const patterns = terms.map((t) => new RegExp(t.replace(/"/g, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gu'))
  return (text) => patterns.reduce((n, re) => n + (text.match(re)?.length ?? 0), 0)
}

export function benchMatcher(): void {
  const paragraphs = arabicText(4).split('\n\n')
  const bytes = paragraphs.reduce((n, p) => n + Buffer.byteLength(p), 0)
  const mb = bytes / 1024 / 1024
  for (const count of [10, 1000]) {
    const terms = count === 10 ? REAL_TERMS : [...REAL_TERMS, ...syntheticTerms(count - REAL_TERMS.length)]
    const matcher = new Matcher(watchlistOf(terms))
    const ours = measure(() => paragraphs.reduce((n, p) => n + matcher.match({ title: '', body: p }).length, 0))
    report(`matcher, ${count} terms`, `${(mb / ours.seconds).toFixed(1)} MB/s`, `${mb.toFixed(1)} MB in ${ours.seconds.toFixed(2)} s`)
    const naive = naiveMatcher(terms)
    const theirs = measure(() => paragraphs.reduce((n, p) => n + naive(p), 0))
    report(`naive regex per term, ${count} terms`, `${(mb / theirs.seconds).toFixed(1)} MB/s`, `${mb.toFixed(1)} MB in ${theirs.seconds.toFixed(2)} s`)
  }
}
