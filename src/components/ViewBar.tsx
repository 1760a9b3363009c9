import { useEffect, useState, type RefObject } from 'react'
import type { TimelineCounts } from '../../electron/core/contract/types'
import { useDebounced } from '../hooks/useDebounced'
import type { TimelineViewState, ViewSort } from '../lib/view'

interface Props {
  readonly view: TimelineViewState
  readonly onChange: (change: Partial<TimelineViewState>) => void
  readonly counts: TimelineCounts | null
  readonly searchRef: RefObject<HTMLInputElement | null>
  readonly onMarkRead: () => void
  /** The last look before this session, and how many articles were stored since (from markLooked). */
  readonly lastLook: { readonly previous: number | null; readonly storedSince: number } | null
}

const SEARCH_SETTLE_MS = 300

const TOGGLES: readonly { readonly field: 'unread' | 'starred' | 'dismissed'; readonly label: string; readonly testId: string }[] = [
  { field: 'unread', label: 'غير المقروءة', testId: 'filter-unread' },
  { field: 'starred', label: 'المميَّزة بنجمة', testId: 'filter-starred' },
  { field: 'dismissed', label: 'المستبعَدة', testId: 'filter-dismissed' },
]

/** Search, the triage filters and the order of the timeline, above it. */
export function ViewBar({ view, onChange, counts, searchRef, onMarkRead, lastLook }: Props) {
  const [draft, setDraft] = useState(view.search)
  const settled = useDebounced(draft, SEARCH_SETTLE_MS)
  useEffect(() => {
    if (settled.trim() !== view.search.trim()) onChange({ search: settled, ...(settled.trim() === '' && view.sort === 'relevance' ? { sort: 'time' } : {}) })
  }, [settled]) // only a settled draft changes the view
  const count = (field: (typeof TOGGLES)[number]['field']) =>
    counts === null ? null : field === 'unread' ? counts.all.unread : field === 'starred' ? counts.starred : counts.dismissed

  return (
    <div className="viewbar" role="search" aria-label="بحث في المقالات وتصفيتها">
      <input
        ref={searchRef}
        type="search"
        className="viewbar__search"
        data-testid="search-input"
        placeholder="بحث: كلمات، «عبارة»، ‎-كلمة مستبعدة (/)"
        aria-label="بحث في المقالات"
        dir="auto"
        value={draft}
        maxLength={500}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') onChange({ search: draft })
          if (event.key === 'Escape' && draft !== '') {
            event.stopPropagation()
            setDraft('')
            onChange({ search: '', ...(view.sort === 'relevance' ? { sort: 'time' } : {}) })
          }
        }}
      />
      <div className="viewbar__filters">
        {TOGGLES.map(({ field, label, testId }) => (
          <button key={field} type="button" className="chip" data-testid={testId} aria-pressed={view[field]} onClick={() => onChange({ [field]: !view[field] })}>
            {label}
            {count(field) !== null && <span className="chip__count">{count(field)}</span>}
          </button>
        ))}
        {lastLook?.previous != null && (
          <button
            type="button"
            className="chip"
            data-testid="filter-new"
            aria-pressed={view.storedSince !== null}
            title="ما خزّنه مرصد منذ آخر مرة فتحت فيها الخط الزمني"
            onClick={() => onChange({ storedSince: view.storedSince === null ? (lastLook.previous ?? null) : null })}
          >
            الجديد منذ آخر نظرة
            <span className="chip__count">{lastLook.storedSince}</span>
          </button>
        )}
        <label className="viewbar__sort">
          <span>الترتيب:</span>
          <select data-testid="sort-select" value={view.sort} onChange={(event) => onChange({ sort: event.target.value as ViewSort })}>
            <option value="time">الأحدث أولًا</option>
            <option value="score">الأعلى درجة</option>
            <option value="relevance" disabled={view.search.trim() === ''}>
              الأكثر صلة بالبحث
            </option>
          </select>
        </label>
        <button type="button" className="button button--small" data-testid="mark-view-read" onClick={onMarkRead}>
          تعليم المعروض مقروءًا
        </button>
      </div>
    </div>
  )
}
