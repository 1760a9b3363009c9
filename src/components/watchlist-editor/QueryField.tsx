import { useRef } from 'react'
import type { ErrorDetail } from '../../../electron/core/contract/types'
import { displaySafe } from '../../../electron/core/text/controls'
import type { MarsadClient } from '../../api/client'
import { useQueryCheck } from '../../hooks/useQueryCheck'
import { arabicQueryProblem } from '../../lib/error-parts'
import { arabicErrorText } from '../../lib/errors'

interface Props {
  readonly client: MarsadClient
  readonly value: string
  readonly onChange: (value: string) => void
  /** The input's accessible name («المصطلح 3»). */
  readonly label: string
  /** The draft's term sets as JSON (what the query is checked against). */
  readonly setsJson: string
  /** A refusal of the whole draft that points at this row (on save, try or preview), worded. */
  readonly saveError?: string | null
  readonly testId: string
}

/** Where a problem at `position` shows in the query: the word there, or a caret past the end. */
export function problemExtent(query: string, position: number): { start: number; end: number } {
  const start = Math.max(0, Math.min(position, query.length))
  if (start >= query.length) return { start: query.length, end: query.length }
  const word = /^[^\s()]+/u.exec(query.slice(start))?.[0].length ?? 1
  return { start, end: start + Math.max(1, word) }
}

/** One query row's text: checked as it is typed, its problem said in Arabic and marked where it is. */
export function QueryField({ client, value, onChange, label, setsJson, saveError, testId }: Props) {
  const input = useRef<HTMLInputElement>(null)
  const { problem, checked } = useQueryCheck(client, value, setsJson)
  const live = problem && checked === value ? problem : null
  const errorId = `${testId}-${label}`.replace(/\s+/g, '-') + '-error'
  return (
    <div className="query-field">
      <input
        ref={input}
        className={`query-field__input${live || saveError ? ' query-field__input--bad' : ''}`}
        data-testid={testId}
        dir="auto"
        spellCheck={false}
        aria-label={label}
        aria-invalid={live || saveError ? true : undefined}
        aria-describedby={live || saveError ? errorId : undefined}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      {(live || saveError) && (
        <div className="query-field__error" id={errorId} data-testid="query-error" role="status">
          {live ? <LiveProblem query={value} problem={live} onLocate={(start, end) => select(input.current, start, end)} /> : saveError}
        </div>
      )}
    </div>
  )
}

function select(element: HTMLInputElement | null, start: number, end: number): void {
  element?.focus()
  element?.setSelectionRange(start, end)
}

function LiveProblem({ query, problem, onLocate }: { query: string; problem: ErrorDetail; onLocate: (start: number, end: number) => void }) {
  if (problem.code !== 'query.syntax') return <span>{arabicErrorText(problem)}</span>
  const { start, end } = problemExtent(query, problem.position)
  return (
    <>
      <span data-testid="query-error-text">
        {arabicQueryProblem(problem)} (الموضع {problem.position})
      </span>
      <button
        type="button"
        className="query-echo"
        dir="auto"
        data-testid="query-error-echo"
        data-position={problem.position}
        aria-label={`حدّد موضع الخطأ في الاستعلام: الموضع ${problem.position}`}
        onClick={() => onLocate(start, end)}
      >
        {displaySafe(query.slice(0, start))}
        <mark className="query-echo__at" data-testid="query-error-at">
          {start === end ? '‸' : displaySafe(query.slice(start, end))}
        </mark>
        {displaySafe(query.slice(end))}
      </button>
    </>
  )
}
