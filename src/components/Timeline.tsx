import { useEffect, useMemo } from 'react'
import type { ArticleSummary } from '../../electron/core/contract/types'
import { useConventions } from '../hooks/useDisplaySettings'
import { useTimelineVirtualizer } from '../hooks/useTimelineVirtualizer'
import { timelineRows, type TimelineRow } from '../lib/timeline-rows'
import { ArticleCard } from './ArticleCard'
import { DayHeading } from './DayHeading'
import { EmptyState } from './EmptyState'

interface Props {
  readonly articles: readonly ArticleSummary[]
  readonly loading: boolean
  readonly loadingMore: boolean
  readonly hasMore: boolean
  readonly flaggedOnly: boolean
  readonly filtered: boolean
  /** The articles come in the view's own order (by score, by best match): kept, not re-sorted by time. */
  readonly inOrder?: boolean
  readonly selectedId: number | null
  readonly onOpen: (article: ArticleSummary) => void
  readonly onLoadMore: () => void
}

/** The articles, newest first, under one heading per day; or why there are none. */
export function Timeline(props: Props) {
  const { articles, loading, flaggedOnly, filtered } = props
  if (articles.length === 0) {
    if (loading) return <p className="timeline__loading">جارٍ التحميل…</p>
    if (filtered && !flaggedOnly) return <EmptyState title="لا مقالات في هذا العرض" hint="لا مقال يطابق البحث والتصفية المختارة. غيّر البحث أو أزل بعض التصفية." />
    return flaggedOnly || filtered ? (
      <EmptyState title="لا مقالات مُعلَّمة" hint="لا مقال مُعلَّم في هذا العرض." />
    ) : (
      <EmptyState title="لا مقالات بعد" hint="ستظهر المقالات هنا بعد أول جلب للمصادر. أضف مصدرًا أو اضغط «تحديث الآن»." />
    )
  }
  return <TimelineList {...props} />
}

/**
 * The list itself, virtualized: thousands of articles stay open all day, so only the rows near
 * the viewport are in the DOM (a day heading or a card per row, each measured once rendered,
 * placed by translateY in a container as tall as all rows). «المزيد» stays after the list.
 */
function TimelineList({ articles, loading, loadingMore, hasMore, selectedId, inOrder = false, onOpen, onLoadMore }: Props) {
  const { timeZone } = useConventions()
  const rows = useMemo(() => timelineRows(articles, timeZone, inOrder), [articles, timeZone, inOrder])
  const { virtualizer, items, listRef, scrollMargin, stickyIndex, onFocus, onBlur } = useTimelineVirtualizer(rows)
  // The selected article (opened by a click, or by j/k) is brought into view.
  useEffect(() => {
    if (selectedId === null) return
    const index = rows.findIndex((row) => row.kind === 'article' && row.article.id === selectedId)
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' })
  }, [selectedId]) // the rows changing (a reload) must not pull the view back to it
  const now = Math.floor(Date.now() / 60_000) * 60_000

  return (
    <div className="timeline" data-testid="timeline" aria-busy={loading}>
      <div ref={listRef} className="timeline__rows" style={{ height: virtualizer.getTotalSize() }} onFocus={onFocus} onBlur={onBlur}>
        {items.map((item) => {
          const row = rows[item.index]
          const sticky = item.index === stickyIndex
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className={rowClassName(row, sticky)}
              style={sticky ? undefined : { transform: `translateY(${item.start - scrollMargin}px)` }}
            >
              {row.kind === 'day' ? (
                <DayHeading day={row.day} count={row.count} now={now} />
              ) : (
                <ArticleCard article={row.article} selected={row.article.id === selectedId} onOpen={onOpen} now={now} />
              )}
            </div>
          )
        })}
      </div>
      {hasMore && (
        <div className="timeline__more">
          <button type="button" className="button" data-testid="load-more" disabled={loadingMore} onClick={onLoadMore}>
            {loadingMore ? 'جارٍ التحميل…' : 'المزيد'}
          </button>
        </div>
      )}
    </div>
  )
}

function rowClassName(row: TimelineRow<ArticleSummary>, sticky: boolean): string {
  if (row.kind === 'day') return `timeline__row timeline__row--day${sticky ? ' timeline__row--sticky' : ''}`
  return `timeline__row${row.lastOfDay ? ' timeline__row--last-of-day' : ''}`
}
