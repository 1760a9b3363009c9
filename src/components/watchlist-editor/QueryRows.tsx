import type { MarsadClient } from '../../api/client'
import { newKey, type DraftQuery, type DraftTerm } from '../../lib/watchlist-draft'
import { QueryField } from './QueryField'

interface Common {
  readonly client: MarsadClient
  readonly setsJson: string
  /** The row a refusal points at, and its wording. */
  readonly rowError?: { readonly rowKey?: string; readonly text: string } | null
}

/** A watchlist's terms: each a query and its weight (negative: a context cue that lowers the score). */
export function TermRows({ terms, onChange, ...common }: Common & { terms: readonly DraftTerm[]; onChange: (terms: DraftTerm[]) => void }) {
  const set = (key: string, patch: Partial<DraftTerm>) => onChange(terms.map((t) => (t.key === key ? { ...t, ...patch } : t)))
  return (
    <fieldset className="rows" data-testid="term-rows">
      <legend className="rows__legend">المصطلحات والأوزان</legend>
      <p className="rows__hint">الوزن من ‎-100 إلى 100 غير الصفر؛ الوزن السالب قرينة سياق تُنقص النتيجة ولا تُبرَز.</p>
      <ol className="rows__list">
        {terms.map((term, index) => (
          <li key={term.key} className="row" data-testid="term-row">
            <QueryField
              client={common.client}
              setsJson={common.setsJson}
              label={`المصطلح ${index + 1}`}
              testId="term-query"
              value={term.query}
              onChange={(query) => set(term.key, { query })}
              saveError={common.rowError?.rowKey === term.key ? common.rowError.text : null}
            />
            <input
              className="row__weight"
              type="number"
              dir="ltr"
              min={-100}
              max={100}
              step="any"
              data-testid="term-weight"
              aria-label={`وزن المصطلح ${index + 1}`}
              value={Number.isNaN(term.weight) ? '' : term.weight}
              onChange={(event) => set(term.key, { weight: event.target.value === '' ? Number.NaN : Number(event.target.value) })}
            />
            <button
              type="button"
              className="row__remove"
              data-testid="term-remove"
              aria-label={`حذف المصطلح ${index + 1}`}
              onClick={() => onChange(terms.filter((t) => t.key !== term.key))}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="button button--small" data-testid="term-add" onClick={() => onChange([...terms, { key: newKey(), query: '', weight: 1 }])}>
        + إضافة مصطلح
      </button>
    </fieldset>
  )
}

/** Plain query rows: a watchlist's exclusions, a term set's members. */
export function QueryRows({
  rows,
  onChange,
  legend,
  hint,
  itemLabel,
  addLabel,
  testId,
  ...common
}: Common & {
  rows: readonly DraftQuery[]
  onChange: (rows: DraftQuery[]) => void
  legend: string
  hint?: string
  itemLabel: string
  addLabel: string
  testId: string
}) {
  return (
    <fieldset className="rows" data-testid={`${testId}-rows`}>
      <legend className="rows__legend">{legend}</legend>
      {hint && <p className="rows__hint">{hint}</p>}
      <ol className="rows__list">
        {rows.map((row, index) => (
          <li key={row.key} className="row" data-testid={`${testId}-row`}>
            <QueryField
              client={common.client}
              setsJson={common.setsJson}
              label={`${itemLabel} ${index + 1}`}
              testId={`${testId}-query`}
              value={row.query}
              onChange={(query) => onChange(rows.map((r) => (r.key === row.key ? { ...r, query } : r)))}
              saveError={common.rowError?.rowKey === row.key ? common.rowError.text : null}
            />
            <button
              type="button"
              className="row__remove"
              aria-label={`حذف ${itemLabel} ${index + 1}`}
              onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="button button--small" data-testid={`${testId}-add`} onClick={() => onChange([...rows, { key: newKey(), query: '' }])}>
        + {addLabel}
      </button>
    </fieldset>
  )
}
