import type { FeedView } from '../../electron/core/contract/types'
import { formatDateTime } from '../lib/dates'
import { AddFeedForm } from './AddFeedForm'

interface Props {
  readonly feeds: readonly FeedView[] | null
  readonly error: string | null
  readonly onAdd: (url: string) => Promise<void>
}

export function FeedsPanel({ feeds, error, onAdd }: Props) {
  return (
    <section className="panel" data-testid="feeds-panel" aria-labelledby="feeds-heading">
      <h2 className="panel__heading" id="feeds-heading">
        المصادر
        {feeds && <span className="panel__count">{feeds.length}</span>}
      </h2>
      {error && <p className="feed__error">{error}</p>}
      {feeds && feeds.length === 0 && <p className="panel__empty" data-testid="feeds-empty">لا مصادر بعد. أضف رابط موجز RSS أو Atom.</p>}
      {feeds && feeds.length > 0 && (
        <ul className="feeds">
          {feeds.map((feed) => (
            <li key={feed.id} className={`feed${feed.lastError ? ' feed--failing' : ''}`} data-testid="feed-item" data-feed-id={feed.id}>
              <div className="feed__row">
                <span className="feed__name" title={feed.url}>
                  {feed.name}
                </span>
                <span className="feed__count" data-testid="feed-count" title="عدد المقالات">
                  {feed.articleCount}
                </span>
              </div>
              {feed.lastCheckedAt !== null && <div className="feed__checked">آخر جلب: {formatDateTime(feed.lastCheckedAt)}</div>}
              {feed.lastError && (
                <div className="feed__error" data-testid="feed-error">
                  {feed.lastError}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <AddFeedForm onAdd={onAdd} />
    </section>
  )
}
