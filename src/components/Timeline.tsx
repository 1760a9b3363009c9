import { useMemo } from 'react'
import type { ArticleSummary } from '../../electron/core/contract/types'
import { formatDayHeading, groupByDay } from '../lib/dates'
import { ArticleCard } from './ArticleCard'
import { EmptyState } from './EmptyState'

interface Props {
  readonly articles: readonly ArticleSummary[]
  readonly loading: boolean
  readonly loadingMore: boolean
  readonly hasMore: boolean
  readonly flaggedOnly: boolean
  readonly filtered: boolean
  readonly selectedId: number | null
  readonly onOpen: (article: ArticleSummary) => void
  readonly onLoadMore: () => void
}

/**
 * The articles, newest first, under one heading per day. Cards are plain DOM (every card stays
 * findable); `content-visibility: auto` in the stylesheet lets the browser skip laying out the
 * ones off screen, which keeps a few thousand cards smooth without a virtualizer.
 */
export function Timeline({ articles, loading, loadingMore, hasMore, flaggedOnly, filtered, selectedId, onOpen, onLoadMore }: Props) {
  const groups = useMemo(() => groupByDay(articles), [articles])
  const now = Date.now()

  if (articles.length === 0) {
    if (loading) return <p className="timeline__loading">جارٍ التحميل…</p>
    return flaggedOnly || filtered ? (
      <EmptyState title="لا مقالات مُعلَّمة" hint="لم يطابق أيّ مقال قوائم المراقبة بعد." />
    ) : (
      <EmptyState title="لا مقالات بعد" hint="ستظهر المقالات هنا بعد أول جلب للمصادر. أضف مصدرًا أو اضغط «تحديث الآن»." />
    )
  }

  return (
    <div className="timeline" data-testid="timeline" aria-busy={loading}>
      {groups.map((group) => (
        <section key={group.key} className="day" data-testid="day-group" data-day={group.key}>
          <div className="day__heading">
            <h2 className="day__label" data-testid="day-heading">
              {formatDayHeading(group.key, now)}
            </h2>
            <span className="day__count" data-testid="day-count" title="عدد المقالات">
              {group.items.length}
            </span>
          </div>
          {group.items.map((article) => (
            <ArticleCard key={article.id} article={article} selected={article.id === selectedId} onOpen={onOpen} />
          ))}
        </section>
      ))}
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
