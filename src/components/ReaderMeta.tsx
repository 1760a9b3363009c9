import type { ArticleDetail } from '../../electron/core/contract/types'
import { displaySafe } from '../../electron/core/text/controls'

/** Who wrote it, how the site filed it, and every feed that delivered it. */
export function ReaderMeta({ article }: { article: ArticleDetail }) {
  const categories = article.categories.filter((category) => category.trim() !== '')
  const seenIn = [...new Set(article.seenIn.filter((name) => name.trim() !== ''))]
  if (!article.author && categories.length === 0 && seenIn.length === 0) return null
  return (
    <dl className="reader__facts" data-testid="reader-facts">
      {article.author && (
        <div className="reader__fact">
          <dt>الكاتب:</dt>
          <dd data-testid="reader-author">{displaySafe(article.author)}</dd>
        </div>
      )}
      {categories.length > 0 && (
        <div className="reader__fact">
          <dt>التصنيفات:</dt>
          <dd>
            <ul className="reader__categories">
              {categories.map((category) => (
                <li key={category} className="reader__category" data-testid="reader-category">
                  {displaySafe(category)}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
      {seenIn.length > 0 && (
        <div className="reader__fact">
          <dt>وصل من:</dt>
          <dd data-testid="reader-seen-in">{displaySafe(seenIn.join('، '))}</dd>
        </div>
      )}
    </dl>
  )
}
