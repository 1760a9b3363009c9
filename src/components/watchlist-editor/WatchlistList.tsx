import { displaySafe } from '../../../electron/core/text/controls'
import { draftColor, type Draft } from '../../lib/watchlist-draft'

export const SETS_PAGE = 'sets'

interface Props {
  readonly draft: Draft
  /** A watchlist's key, or SETS_PAGE. */
  readonly selected: string | null
  readonly onSelect: (key: string) => void
  readonly onToggle: (key: string, enabled: boolean) => void
  readonly onAdd: () => void
  /** Keys of the watchlists a refusal points into. */
  readonly withError?: string | null
  /** Something on the term sets' page needs fixing (a refusal there, two sets of one name). */
  readonly setsWithError?: boolean
}

/** The draft's watchlists: colour, name, on/off; and the term sets' page. */
export function WatchlistList({ draft, selected, onSelect, onToggle, onAdd, withError, setsWithError }: Props) {
  return (
    <nav className="wl-list" aria-label="قوائم المسودة">
      <ul>
        {draft.watchlists.map((w) => (
          <li key={w.key} className={`wl-list__item${selected === w.key ? ' wl-list__item--active' : ''}${w.enabled ? '' : ' wl-list__item--off'}`}>
            <input
              type="checkbox"
              data-testid="editor-watchlist-enabled"
              aria-label={`تفعيل القائمة ${displaySafe(w.name)}`}
              checked={w.enabled}
              onChange={(e) => onToggle(w.key, e.target.checked)}
            />
            <span className="swatch" aria-hidden="true" data-testid="editor-swatch" style={{ backgroundColor: draftColor(draft, w.key) }} />
            <button
              type="button"
              className="wl-list__name"
              data-testid="editor-watchlist"
              data-watchlist-id={w.id}
              aria-current={selected === w.key ? 'true' : undefined}
              onClick={() => onSelect(w.key)}
            >
              {displaySafe(w.name) || 'بلا اسم'}
              {withError === w.key && (
                <span className="wl-list__bad" aria-label="فيها خطأ">
                  {' '}!
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button button--small" data-testid="editor-add-watchlist" onClick={onAdd}>
        + قائمة جديدة
      </button>
      <button
        type="button"
        className={`wl-list__sets${selected === SETS_PAGE ? ' wl-list__item--active' : ''}`}
        data-testid="editor-sets"
        aria-current={selected === SETS_PAGE ? 'true' : undefined}
        onClick={() => onSelect(SETS_PAGE)}
      >
        مجموعات المصطلحات ({draft.sets.length})
        {setsWithError && (
          <span className="wl-list__bad" aria-label="فيها خطأ">
            {' '}!
          </span>
        )}
      </button>
    </nav>
  )
}
