import type { ArticleHitView, ArticleSummary } from '../../electron/core/contract/types'
import { displaySafe } from '../../electron/core/text/controls'

/** One badge per watchlist that flagged the article. */
export function HitBadges({ hits }: { hits: readonly ArticleHitView[] }) {
  if (hits.length === 0) return null
  return (
    <ul className="badges" aria-label="قوائم المراقبة المطابقة">
      {hits.map((hit) => (
        <li key={hit.watchlistId} className="badge" data-testid="hit-badge" data-watchlist-id={hit.watchlistId}>
          <span className="swatch swatch--small" aria-hidden="true" style={{ backgroundColor: hit.color }} />
          <span data-testid="hit-badge-name">{displaySafe(hit.watchlistName)}</span>
          <span className="badge__score" data-testid="hit-badge-score" title="الدرجة">
            {Math.round(hit.score * 10) / 10}
          </span>
        </li>
      ))}
    </ul>
  )
}

/** The analyst's marks on a card, small: ✓ it belongs to W, ✗ it is not relevant to W. */
export function MarkChips({ article }: { article: Pick<ArticleSummary, 'marks' | 'hits'> }) {
  if (article.marks.length === 0) return null
  const names = new Map(article.hits.map((h) => [h.watchlistId, h.watchlistName]))
  return (
    <ul className="badges" aria-label="علاماتك">
      {article.marks.map((mark) => {
        const name = displaySafe(names.get(mark.watchlistId) ?? mark.watchlistId)
        return (
          <li key={mark.watchlistId} className={`mark-chip mark-chip--${mark.verdict}`} data-testid="mark-chip" data-watchlist-id={mark.watchlistId} data-verdict={mark.verdict}>
            {mark.verdict === 'relevant' ? `✓ ينتمي إلى «${name}»` : `✗ ليس ذا صلة بـ«${name}»`}
          </li>
        )
      })}
    </ul>
  )
}
