import type { ArticleHitView } from '../../electron/core/contract/types'
import { displaySafe } from '../../electron/core/text/controls'

/** One badge per watchlist that flagged the article. */
export function HitBadges({ hits }: { hits: readonly ArticleHitView[] }) {
  if (hits.length === 0) return null
  return (
    <ul className="badges" aria-label="قوائم المراقبة المطابقة">
      {hits.map((hit) => (
        <li key={hit.watchlistId} className="badge" data-testid="hit-badge" data-watchlist-id={hit.watchlistId}>
          {displaySafe(hit.watchlistName)}
        </li>
      ))}
    </ul>
  )
}
