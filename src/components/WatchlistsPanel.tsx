import type { ErrorDetail, TimelineCounts, WatchlistView } from '../../electron/core/contract/types'
import { displaySafe } from '../../electron/core/text/controls'
import { arabicErrorText } from '../lib/errors'
import { FilePickerButton } from './FilePickerButton'

interface Props {
  readonly watchlists: readonly WatchlistView[] | null
  /** The stored watchlists could not be built: say why (the shipped ones are in force). */
  readonly problem?: ErrorDetail | null
  readonly selectedId: string | null
  readonly onSelect: (id: string | null) => void
  readonly onImport: (file: File) => void
  readonly onExport: () => void
  /** Opens the watchlist editor. */
  readonly onEdit: () => void
  /** Each watchlist's live hits and unread among them, when known. */
  readonly counts?: TimelineCounts['watchlists'] | null
}

/** The analyst's watchlists; choosing one narrows the timeline to its hits. */
export function WatchlistsPanel({ watchlists, problem, selectedId, onSelect, onImport, onExport, onEdit, counts }: Props) {
  if (!watchlists) return null
  return (
    <section className="panel" data-testid="watchlists-panel" aria-labelledby="watchlists-heading">
      <h2 className="panel__heading" id="watchlists-heading">
        قوائم المراقبة
      </h2>
      {problem && (
        <p className="feed__error" role="alert" data-testid="watchlists-problem">
          تعذّر استعمال قوائم المراقبة المحفوظة، فالقوائم الافتراضية هي المعمول بها حتى تستورد ملفًا صالحًا: {arabicErrorText(problem)}
        </p>
      )}
      <ul className="watchlists">
        {watchlists.map((watchlist) => {
          const active = watchlist.id === selectedId
          return (
            <li key={watchlist.id}>
              <button
                type="button"
                className={`watchlist${active ? ' watchlist--active' : ''}`}
                data-testid="watchlist-filter"
                data-watchlist-id={watchlist.id}
                aria-pressed={active}
                title={displaySafe(watchlist.terms.join('، '))}
                onClick={() => onSelect(active ? null : watchlist.id)}
              >
                <span className="watchlist__name">
                  <span className="swatch" aria-hidden="true" data-testid="watchlist-swatch" style={{ backgroundColor: watchlist.color }} />
                  {displaySafe(watchlist.name)}
                </span>
                <span className="watchlist__terms">{watchlist.enabled ? `المصطلحات: ${watchlist.terms.length}` : 'معطّلة'}</span>
                {counts && (
                  <span className="watchlist__count" data-testid="watchlist-count" title="المقالات المُعلَّمة: غير المقروءة / الكل">
                    {counts[watchlist.id]?.unread ?? 0} / {counts[watchlist.id]?.all ?? 0}
                  </span>
                )}
              </button>
            </li>
          )
        })}
      </ul>
      <div className="watchlist-actions">
        <button type="button" className="button button--small button--primary" data-testid="watchlists-edit" onClick={onEdit}>
          تحرير القوائم
        </button>
      </div>
      <WatchlistFileActions onImport={onImport} onExport={onExport} />
    </section>
  )
}

/** Import replaces every watchlist from a JSON file (README: watchlist format); export saves them. */
function WatchlistFileActions({ onImport, onExport }: Pick<Props, 'onImport' | 'onExport'>) {
  return (
    <div className="watchlist-actions">
      <FilePickerButton testId="watchlists-import" inputTestId="watchlists-file" accept="application/json,.json" onFile={onImport}>
        استيراد من ملف…
      </FilePickerButton>
      <button type="button" className="button button--small" data-testid="watchlists-export" onClick={onExport}>
        تصدير
      </button>
    </div>
  )
}
