import type { WatchlistsPreview } from '../../../electron/core/contract/types'
import { displaySafe } from '../../../electron/core/text/controls'
import { formatRatio } from '../../lib/tuning-figures'

/** The draft on the analyst's marks: precision and recall per watchlist and micro-averaged, and the marked articles it gets wrong. */
export function FeedbackFigures({ preview, onOpenArticle }: { preview: WatchlistsPreview; onOpenArticle: (id: number) => void }) {
  const { micro, misses, missCount, ignored } = preview.feedback
  const names = new Map(preview.watchlists.map((w) => [w.watchlistId, w.name]))
  const marked = preview.watchlists.filter((w) => w.inDraft && w.feedback.marked > 0)
  return (
    <section className="history__block" data-testid="feedback" aria-label="الدقة والاستدعاء على علاماتك">
      <h4 className="history__title">على علاماتك</h4>
      {micro.marked === 0 ? (
        <p className="panel__empty" data-testid="feedback-empty">
          لا علامات بعد على قوائم المسودة. علّم المقالات من القارئ بـ«ينتمي إلى» أو «ليس ذا صلة بـ».
        </p>
      ) : (
        <table className="feedback__table">
          <thead>
            <tr>
              <th scope="col">القائمة</th>
              <th scope="col">العلامات</th>
              <th scope="col">الدقة</th>
              <th scope="col">الاستدعاء</th>
            </tr>
          </thead>
          <tbody>
            {marked.map((w) => (
              <tr key={w.watchlistId} data-testid="feedback-row" data-watchlist-id={w.watchlistId}>
                <th scope="row">{displaySafe(w.name)}</th>
                <td>{w.feedback.marked}</td>
                <td data-testid="feedback-precision">{formatRatio(w.feedback.precision)}</td>
                <td data-testid="feedback-recall">{formatRatio(w.feedback.recall)}</td>
              </tr>
            ))}
            <tr className="feedback__micro" data-testid="feedback-micro">
              <th scope="row">الكل (جزئيًّا)</th>
              <td>{micro.marked}</td>
              <td data-testid="feedback-precision">{formatRatio(micro.precision)}</td>
              <td data-testid="feedback-recall">{formatRatio(micro.recall)}</td>
            </tr>
          </tbody>
        </table>
      )}
      {ignored > 0 && <p className="rows__hint">علامات على قوائم ليست في المسودة لم تُحسب: {ignored}</p>}
      {missCount > 0 && (
        <details className="history__sample" open>
          <summary>مقالات معلَّمة تخطئ فيها المسودة ({missCount})</summary>
          <ul>
            {misses.map((m) => (
              <li key={`${m.articleId}-${m.watchlistId}`} data-testid="feedback-miss">
                <button type="button" className="link-button" data-article-id={m.articleId} onClick={() => onOpenArticle(m.articleId)}>
                  {displaySafe(m.title)}
                </button>
                <span className="history__source">
                  {displaySafe(names.get(m.watchlistId) ?? m.watchlistId)}: علامتك «{m.verdict === 'relevant' ? 'ينتمي' : 'ليس ذا صلة'}»، والمسودة{' '}
                  {m.draftFlags ? 'تعلّمه' : 'لا تعلّمه'}
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  )
}
