import { useEffect, useState } from 'react'
import type { ArticleDetail, ArticleMark, MarkVerdict, WatchlistView } from '../../electron/core/contract/types'
import { displaySafe } from '../../electron/core/text/controls'
import type { MarsadClient } from '../api/client'
import { errorText } from '../lib/errors'

interface Props {
  readonly client: MarsadClient
  readonly article: ArticleDetail
  readonly watchlists: readonly WatchlistView[] | null
  /** The marks changed (the timeline shows them too). */
  readonly onMarked: () => void
}

/**
 * The analyst's feedback on this article: for each watchlist that flagged it (or that it was
 * marked for), "belongs to W" and "not relevant to W" as toggles (pressing the one in force again
 * removes it); and "belongs to" another watchlist chosen from the list. A mark for a watchlist
 * since deleted can only be removed (the core takes no new verdict for it).
 */
export function ArticleMarks({ client, article, watchlists, onMarked }: Props) {
  const [marks, setMarks] = useState<readonly ArticleMark[]>(article.marks)
  const [other, setOther] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  // The article fetched again (after a rescan, a reload): the stored marks are the truth.
  useEffect(() => setMarks(article.marks), [article.marks])

  const names = new Map((watchlists ?? []).map((w) => [w.id, w]))
  for (const hit of article.hits) if (!names.has(hit.watchlistId)) names.set(hit.watchlistId, { id: hit.watchlistId, name: hit.watchlistName, color: hit.color } as WatchlistView)
  // Known once the watchlists in force are read: until then every row is taken as in force.
  const inForce = watchlists ? new Set(watchlists.map((w) => w.id)) : null
  const gone = (id: string) => inForce !== null && !inForce.has(id)
  // A deleted watchlist's hit (until the rescan removes it) has nothing to mark: only its marks show.
  const rows = [...new Set([...article.hits.map((h) => h.watchlistId), ...marks.map((m) => m.watchlistId)])].filter(
    (id) => !gone(id) || marks.some((m) => m.watchlistId === id),
  )
  const others = (watchlists ?? []).filter((w) => !rows.includes(w.id))

  const mark = (watchlistId: string, verdict: MarkVerdict | null) => {
    setBusy(true)
    setError(null)
    client
      .markArticle({ articleId: article.id, watchlistId, verdict })
      .then((result) => {
        setMarks(result.marks)
        onMarked()
      })
      .catch((err: unknown) => setError(`تعذّر حفظ العلامة: ${errorText(err)}`))
      .finally(() => setBusy(false))
  }

  return (
    <section className="marks" data-testid="article-marks" aria-label="علاماتك على هذا المقال">
      <h3 className="marks__heading">علاماتك</h3>
      <ul className="marks__list">
        {rows.map((id) => {
          const w = names.get(id)
          const name = displaySafe(w?.name ?? id)
          const verdict = marks.find((m) => m.watchlistId === id)?.verdict ?? null
          const toggle = (v: MarkVerdict) => mark(id, verdict === v ? null : v)
          if (gone(id)) {
            return (
              <li key={id} className="marks__row marks__row--gone" data-testid="mark-row" data-watchlist-id={id} data-verdict={verdict ?? ''} data-gone="true">
                <span className="swatch" aria-hidden="true" style={{ backgroundColor: w?.color }} />
                <span className="marks__gone">
                  علامتك «{verdict === 'relevant' ? 'ينتمي إلى' : 'ليس ذا صلة بـ'}» «{name}»: هذه القائمة لم تعد موجودة، فلا تُحسب العلامة.
                </span>
                <button type="button" className="mark-toggle" data-testid="mark-remove" disabled={busy} onClick={() => mark(id, null)}>
                  أزل العلامة
                </button>
              </li>
            )
          }
          return (
            <li key={id} className="marks__row" data-testid="mark-row" data-watchlist-id={id} data-verdict={verdict ?? ''}>
              <span className="swatch" aria-hidden="true" style={{ backgroundColor: w?.color }} />
              <button type="button" className="mark-toggle" data-testid="mark-relevant" aria-pressed={verdict === 'relevant'} disabled={busy} onClick={() => toggle('relevant')}>
                ينتمي إلى «{name}»
              </button>
              <button
                type="button"
                className="mark-toggle mark-toggle--no"
                data-testid="mark-not-relevant"
                aria-pressed={verdict === 'not_relevant'}
                disabled={busy}
                onClick={() => toggle('not_relevant')}
              >
                ليس ذا صلة بـ«{name}»
              </button>
            </li>
          )
        })}
      </ul>
      {others.length > 0 && (
        <div className="marks__other">
          <label className="marks__other-label" htmlFor={`mark-other-${article.id}`}>
            ينتمي إلى قائمة لم تعلّمه:
          </label>
          <select id={`mark-other-${article.id}`} className="field__input" data-testid="mark-other" value={other} onChange={(e) => setOther(e.target.value)}>
            <option value="">اختر قائمة…</option>
            {others.map((w) => (
              <option key={w.id} value={w.id}>
                {displaySafe(w.name)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button--small"
            data-testid="mark-other-submit"
            disabled={busy || other === ''}
            onClick={() => {
              mark(other, 'relevant')
              setOther('')
            }}
          >
            علّم
          </button>
        </div>
      )}
      {error && (
        <p className="feed__error" role="alert">
          {error}
        </p>
      )}
    </section>
  )
}
