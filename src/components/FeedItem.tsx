import { useState } from 'react'
import type { FeedView } from '../../electron/core/contract/types'
import { displaySafe } from '../../electron/core/text/controls'
import { feedNoticeLines, feedStatus } from '../lib/feeds'
import { errorText } from '../lib/errors'

interface Props {
  readonly feed: FeedView
  readonly now: number
  readonly refreshing: boolean
  readonly onRefresh: (feed: FeedView) => void
  readonly onEdit: (feedId: number) => void
  readonly onRemove: (feed: FeedView) => Promise<void>
}


/** One subscription: name, article count, how its last check went, and «تحديث / تعديل / حذف». */
export function FeedItem({ feed, now, refreshing, onRefresh, onEdit, onRemove }: Props) {
  const [confirming, setConfirming] = useState(false)
  const [removing, setRemoving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const status = feedStatus(feed, now)
  const name = displaySafe(feed.name)

  const remove = () => {
    setRemoving(true)
    setError(null)
    onRemove(feed).catch((err: unknown) => {
      setError(`تعذّر الحذف: ${errorText(err)}`)
      setRemoving(false)
      setConfirming(false)
    })
  }

  return (
    <li className={`feed feed--${status.kind}`} data-testid="feed-item" data-feed-id={feed.id} data-status={status.kind}>
      <div className="feed__row">
        <span className="feed__name" data-testid="feed-name" title={feed.url}>
          {name}
        </span>
        <span className="feed__count" data-testid="feed-count" title="عدد المقالات">
          {feed.articleCount}
        </span>
      </div>
      <div className={`feed__status feed__status--${status.kind}`} data-testid={status.kind === 'error' ? 'feed-error' : 'feed-status'}>
        {status.text}
      </div>
      {status.detail && (
        <div className="feed__retry" data-testid="feed-retry">
          {status.detail}
        </div>
      )}
      {feedNoticeLines(feed).map((line) => (
        <div key={line} className="feed__notice" data-testid="feed-notice">
          {line}
        </div>
      ))}
      {feed.encoding && (
        <div className="feed__setting" data-testid="feed-encoding">
          الترميز: <bdi>{feed.encoding}</bdi>
        </div>
      )}
      {error && (
        <div className="feed__error" role="alert">
          {error}
        </div>
      )}
      {confirming ? (
        <div className="feed__confirm" data-testid="feed-remove-confirm" role="alertdialog" aria-label={`حذف «${name}»`}>
          <p>إلغاء الاشتراك في «{name}»؟ تبقى المقالات المخزنة.</p>
          <div className="feed__actions">
            <button type="button" className="link-button link-button--danger" data-testid="feed-remove-yes" disabled={removing} onClick={remove}>
              {removing ? 'جارٍ الحذف…' : 'حذف'}
            </button>
            <button type="button" className="link-button" data-testid="feed-remove-no" disabled={removing} onClick={() => setConfirming(false)}>
              إلغاء
            </button>
          </div>
        </div>
      ) : (
        <div className="feed__actions">
          <button type="button" className="link-button" data-testid="feed-refresh" disabled={refreshing} onClick={() => onRefresh(feed)}>
            {refreshing ? 'جارٍ التحديث…' : 'تحديث'}
          </button>
          <button type="button" className="link-button" data-testid="feed-edit" onClick={() => onEdit(feed.id)}>
            تعديل
          </button>
          <button type="button" className="link-button link-button--danger" data-testid="feed-remove" onClick={() => setConfirming(true)}>
            حذف
          </button>
        </div>
      )}
    </li>
  )
}
