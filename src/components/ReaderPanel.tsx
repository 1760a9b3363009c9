import { useEffect, useMemo, useRef } from 'react'
import type { ArticleDetail, ArticleSummary, WatchlistView } from '../../electron/core/contract/types'
import { displaySafe } from '../../electron/core/text/controls'
import type { MarsadClient } from '../api/client'
import { useArticleDetail } from '../hooks/useArticleDetail'
import type { TriageChange, TriageToggle } from '../hooks/useTriage'
import { colorize, matchesByWatchlist } from '../lib/article-hits'
import { useConventions } from '../hooks/useDisplaySettings'
import { fullDateTime } from '../lib/calendar'
import { markStyle } from '../lib/mark-style'
import { safeHttpUrl } from '../lib/safe-url'
import { ArticleMarks } from './ArticleMarks'
import { Highlighted } from './Highlighted'
import { ReaderBody } from './ReaderBody'
import { ReaderMeta } from './ReaderMeta'
import { TriageBar } from './TriageBar'

interface Props {
  readonly client: MarsadClient
  /** The card that was clicked: shown at once while the full article loads. */
  readonly summary: ArticleSummary
  /** Bumped when the list reloads, so a re-matched article is fetched again. */
  readonly version: number
  readonly onClose: () => void
  /** The watchlists in force, for "belongs to" a watchlist that did not flag the article. */
  readonly watchlists: readonly WatchlistView[] | null
  /** The analyst marked the article (or removed a mark). */
  readonly onMarked: () => void
  /** Saves the analyst's change to the article's triage (star, read, dismiss, note). */
  readonly onTriage: { readonly save: (change: TriageChange) => Promise<void>; readonly toggle: (field: TriageToggle) => Promise<void> }
}

export function ReaderPanel({ client, summary, version, onClose, watchlists, onMarked, onTriage }: Props) {
  const detail = useArticleDetail(client, summary.id, version)
  const conventions = useConventions()
  const article = detail.status === 'ready' && detail.article.id === summary.id ? detail.article : null
  const closeRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    closeRef.current?.focus({ preventScroll: true })
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [summary.id, onClose])

  const shown = article ?? summary
  const titleSpans = colorize(shown.titleHighlights, shown.hits)
  const url = safeHttpUrl(article?.url ?? summary.url)

  return (
    <aside className="reader" data-testid="reader" data-article-id={summary.id} aria-label="قارئ المقال">
      <div className="reader__bar">
        <span className="reader__source">{displaySafe(summary.source)}</span>
        <button ref={closeRef} type="button" className="reader__close" data-testid="reader-close" aria-label="إغلاق" onClick={onClose}>
          ×
        </button>
      </div>
      <div className="reader__scroll">
        <h2 className="reader__title" data-testid="reader-title">
          <Highlighted text={summary.title} spans={titleSpans} />
        </h2>
        <p className="reader__meta">
          <time dateTime={new Date(summary.publishedAt).toISOString()}>{fullDateTime(summary.publishedAt, conventions)}</time>
          {summary.publishedGuessed && <span className="card__guessed">وقت الرصد، لا وقت النشر</span>}
        </p>
        {url && (
          <a className="reader__link" data-testid="reader-link" href={url} target="_blank" rel="noopener noreferrer" dir="auto">
            فتح المقال الأصلي ↗
          </a>
        )}
        <TriageBar article={summary} save={onTriage.save} toggle={onTriage.toggle} />
        {article && <ReaderMeta article={article} />}
        {article && <WatchlistMatches article={article} />}
        {article && <ArticleMarks key={article.id} client={client} article={article} watchlists={watchlists} onMarked={onMarked} />}
        {detail.status === 'loading' && <p className="reader__loading">جارٍ تحميل النص الكامل…</p>}
        {detail.status === 'missing' && <p className="reader__loading">لم يعد هذا المقال موجودًا.</p>}
        {detail.status === 'error' && <p className="feed__error">{detail.message}</p>}
        {article && <ReaderBody article={article} />}
      </div>
    </aside>
  )
}

const MAX_WORDS = 8

function WatchlistMatches({ article }: { article: ArticleDetail }) {
  const matches = useMemo(() => matchesByWatchlist(article), [article])
  const color = (id: string) => {
    return markStyle(article.hits.find((h) => h.watchlistId === id)?.color)
  }
  if (matches.length === 0) return null
  return (
    <section className="reader__hits" aria-label="سبب التعليم">
      {matches.map((match) => (
        <div key={match.watchlistId} className="reader__hit" data-testid="reader-watchlist" data-watchlist-id={match.watchlistId}>
          <div className="reader__hit-row">
            <span className="badge">
              <span className="swatch swatch--small" aria-hidden="true" style={{ backgroundColor: article.hits.find((h) => h.watchlistId === match.watchlistId)?.color }} />
              {displaySafe(match.watchlistName)}
            </span>
            {match.words.slice(0, MAX_WORDS).map((word) => (
              <mark key={word} className="reader__word" data-testid="reader-word" style={color(match.watchlistId)}>
                {displaySafe(word)}
              </mark>
            ))}
            {match.words.length > MAX_WORDS && <span className="reader__more">+{match.words.length - MAX_WORDS}</span>}
          </div>
          {match.queries.length > 0 && (
            <details className="reader__queries">
              <summary>الاستعلامات المطابقة ({match.queries.length})</summary>
              <ul>
                {match.queries.map((query) => (
                  <li key={query} className="reader__query" data-testid="reader-query">
                    {displaySafe(query)}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      ))}
      {article.omittedSpans > 0 && (
        <p className="reader__more" data-testid="reader-omitted-spans">
          {/* Counted, not worded with the number: Arabic counted nouns change form with it. */}
          مواضع مطابقة أخرى لم تُبرَز: {article.omittedSpans}
        </p>
      )}
      {article.matchTruncated && (
        <p className="reader__more" data-testid="reader-match-truncated">
          توقفت المطابقة قبل نهاية هذا المقال لطوله: ما ظهر صحيح، وقد يكون في بقيته غيره.
        </p>
      )}
    </section>
  )
}
