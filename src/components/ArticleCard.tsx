import { memo, type KeyboardEvent } from 'react'
import type { ArticleSummary } from '../../electron/core/contract/types'
import { displaySafe } from '../../electron/core/text/controls'
import { colorize } from '../lib/article-hits'
import { formatTime } from '../lib/dates'
import { Highlighted } from './Highlighted'
import { HitBadges, MarkChips } from './HitBadges'

interface Props {
  readonly article: ArticleSummary
  readonly selected: boolean
  readonly onOpen: (article: ArticleSummary) => void
}

function ArticleCardView({ article, selected, onOpen }: Props) {
  const flagged = article.hits.length > 0
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      onOpen(article)
    }
  }
  return (
    <article
      className={`card${flagged ? ' card--flagged' : ''}${selected ? ' card--selected' : ''}`}
      data-testid="article-card"
      data-flagged={flagged ? 'true' : 'false'}
      data-article-id={article.id}
      aria-current={selected ? 'true' : undefined}
      role="button"
      tabIndex={0}
      onClick={() => onOpen(article)}
      onKeyDown={onKeyDown}
    >
      <div className="card__meta">
        <span className="card__source" data-testid="article-source">
          {displaySafe(article.source)}
        </span>
        <time className="card__time" data-testid="article-time" dateTime={new Date(article.publishedAt).toISOString()}>
          {formatTime(article.publishedAt)}
        </time>
        {article.publishedGuessed && (
          <span className="card__guessed" data-testid="time-guessed" title="لم يذكر المصدر وقت النشر؛ هذا وقت رصد المقال">
            وقت الرصد
          </span>
        )}
        <HitBadges hits={article.hits} />
        <MarkChips article={article} />
      </div>
      <h3 className="card__title" data-testid="article-title">
        <Highlighted text={article.title} spans={colorize(article.titleHighlights, article.hits)} />
      </h3>
      {article.excerpt && (
        <p className="card__excerpt" data-testid="article-excerpt">
          <Highlighted text={article.excerpt} spans={colorize(article.excerptHighlights, article.hits)} />
        </p>
      )}
    </article>
  )
}

export const ArticleCard = memo(ArticleCardView)
