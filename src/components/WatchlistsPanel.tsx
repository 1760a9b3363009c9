import type { WatchlistView } from '../../electron/core/contract/types'

interface Props {
  readonly watchlists: readonly WatchlistView[] | null
  readonly selectedId: string | null
  readonly onSelect: (id: string | null) => void
}

/** The analyst's watchlists; choosing one narrows the timeline to its hits. */
export function WatchlistsPanel({ watchlists, selectedId, onSelect }: Props) {
  if (!watchlists || watchlists.length === 0) return null
  return (
    <section className="panel" data-testid="watchlists-panel" aria-labelledby="watchlists-heading">
      <h2 className="panel__heading" id="watchlists-heading">
        قوائم المراقبة
      </h2>
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
                title={watchlist.terms.join('، ')}
                onClick={() => onSelect(active ? null : watchlist.id)}
              >
                <span className="watchlist__name">{watchlist.name}</span>
                <span className="watchlist__terms">المصطلحات: {watchlist.terms.length}</span>
              </button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
