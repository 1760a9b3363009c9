import { memo } from 'react'
import type { ArticleSummary } from '../../electron/core/contract/types'
import { displaySafe } from '../../electron/core/text/controls'
import { colorize, withSearchHighlights } from '../lib/article-hits'
import { useConventions } from '../hooks/useDisplaySettings'
import { clock, fullDateTime, relativeTime } from '../lib/calendar'
import { Highlighted } from './Highlighted'
import { HitBadges, MarkChips } from './HitBadges'

interface Props {
  readonly article: ArticleSummary
  readonly selected: boolean
  readonly onOpen: (article: ArticleSummary) => void
  /** For «قبل ساعتين»: to the minute, so cards need not render again within it. */
  readonly now: number
}

function ArticleCardView({ article, selected, onOpen, now }: Props) {
  const conventions = useConventions()
  const ago = relativeTime(article.publishedAt, now, conventions)
  const flagged = article.hits.length > 0
  const { read, starred, dismissed, note } = article.triage
  return (
    <article
      className={`card${flagged ? ' card--flagged' : ''}${selected ? ' card--selected' : ''}${read ? '' : ' card--unread'}${dismissed ? ' card--dismissed' : ''}`}
      data-testid="article-card"
      data-flagged={flagged ? 'true' : 'false'}
      data-read={read ? 'true' : 'false'}
      data-starred={starred ? 'true' : 'false'}
      data-article-id={article.id}
      aria-current={selected ? 'true' : undefined}
      onClick={() => onOpen(article)}
    >
      <div className="card__meta">
        {!read && <span className="card__unread" role="img" aria-label="غير مقروء" title="غير مقروء" />}
        {starred && (
          <span className="card__star" data-testid="card-star" role="img" aria-label="مميَّز بنجمة" title="مميَّز بنجمة">
            ★
          </span>
        )}
        <span className="card__source" data-testid="article-source">
          {displaySafe(article.source)}
        </span>
        <time className="card__time" data-testid="article-time" dateTime={new Date(article.publishedAt).toISOString()} title={fullDateTime(article.publishedAt, conventions)}>
          {clock(article.publishedAt, conventions)}
        </time>
        {ago && <span className="card__ago">{ago}</span>}
        {article.publishedGuessed && (
          <span className="card__guessed" data-testid="time-guessed" title="لم يذكر المصدر وقت النشر؛ هذا وقت رصد المقال">
            وقت الرصد
          </span>
        )}
        <HitBadges hits={article.hits} />
        {article.score > 0 && (
          <span className="card__score" data-testid="card-score" title="أعلى درجة بين قوائم المراقبة التي علّمته">
            الدرجة {formatScore(article.score)}
          </span>
        )}
        {dismissed && <span className="card__dismissed">مستبعَد</span>}
        <MarkChips article={article} />
        {note && (
          <span className="card__note" data-testid="card-note" title={displaySafe(note)}>
            ✎ ملاحظة
          </span>
        )}
      </div>
      <h3 className="card__title" data-testid="article-title">
        {/* The card's one Tab stop, a real button (a click anywhere on the card opens it too). */}
        <button
          type="button"
          className="card__open"
          data-testid="article-open"
          onClick={(event) => {
            event.stopPropagation()
            onOpen(article)
          }}
        >
          <Highlighted text={article.title} spans={withSearchHighlights(article.searchHighlights?.title, colorize(article.titleHighlights, article.hits))} />
        </button>
      </h3>
      {article.excerpt && (
        <p className="card__excerpt" data-testid="article-excerpt">
          <Highlighted text={article.excerpt} spans={withSearchHighlights(article.searchHighlights?.excerpt, colorize(article.excerptHighlights, article.hits))} />
        </p>
      )}
    </article>
  )
}

/** A score as the card shows it: at most one decimal. */
const formatScore = (score: number): string => String(Math.round(score * 10) / 10)

export const ArticleCard = memo(ArticleCardView)
