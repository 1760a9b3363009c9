/**
 * Matcher throughput in MB/s of Arabic text (UTF-8 bytes), with 10 and with 1,000 terms, beside a
 * naive matcher (one regex per term over the raw text) measured in the same run; and the shipped
 * default watchlists (term sets, context operators, negation, chrome) on the same prose and on the
 * labeled articles (real-looking news with site chrome). Target for the shipped set: ≥ 10 MB/s.
 */
import { readFileSync } from 'node:fs'
import { Matcher } from '../../electron/core/rules/matcher'
import { parseWatchlistFile } from '../../electron/core/rules/watchlist-file'
import { loadArticles } from '../support/labeled'
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
  const shipped = new Matcher(parseWatchlistFile(readFileSync(new URL('../../resources/watchlists.json', import.meta.url), 'utf8')))
  const prose = measure(() => paragraphs.reduce((n, p) => n + shipped.match({ title: '', body: p }).length, 0))
  report('matcher, shipped watchlists, paragraphs', `${(mb / prose.seconds).toFixed(1)} MB/s`, `${mb.toFixed(1)} MB as ${paragraphs.length} one-paragraph articles in ${prose.seconds.toFixed(2)} s`)
  // The same prose as article-sized bodies (eight paragraphs, ~3 KB: a news article's length).
  const bodies = Array.from({ length: Math.ceil(paragraphs.length / 8) }, (_, i) => paragraphs.slice(i * 8, i * 8 + 8).join('\n'))
  const asArticles = measure(() => bodies.reduce((n, body) => n + shipped.match({ title: '', body }).length, 0), 5)
  report(
    'matcher, shipped watchlists, prose',
    `${(mb / asArticles.seconds).toFixed(1)} MB/s`,
    `${mb.toFixed(1)} MB as ${bodies.length} articles in ${asArticles.seconds.toFixed(2)} s, best of 5 (median ${(mb / asArticles.medianSeconds).toFixed(1)} MB/s; ${(mb / asArticles.cpuSeconds).toFixed(1)} MB per CPU second; target ≥ 10 MB/s)`,
  )
  // The labeled articles, repeated to a few megabytes: news about the watchlists' topics, so most terms hold.
  const articles = loadArticles()
  const news = Array.from({ length: 12 }, () => articles).flat()
  const newsMb = news.reduce((n, a) => n + Buffer.byteLength(a.text) + Buffer.byteLength(a.title ?? ''), 0) / 1024 / 1024
  const onNews = measure(() => news.reduce((n, a) => n + shipped.match({ title: a.title ?? '', body: a.text }).length, 0), 5)
  report(
    'matcher, shipped watchlists, news',
    `${(newsMb / onNews.seconds).toFixed(1)} MB/s`,
    `${newsMb.toFixed(1)} MB of on-topic articles in ${onNews.seconds.toFixed(2)} s, best of 5 (median ${(newsMb / onNews.medianSeconds).toFixed(1)} MB/s; ${(newsMb / onNews.cpuSeconds).toFixed(1)} MB per CPU second; target ≥ 10 MB/s)`,
  )
}
