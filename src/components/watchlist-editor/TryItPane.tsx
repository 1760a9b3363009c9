import { memo, useEffect, useMemo, useRef, useState } from 'react'
import type { DraftWatchlistInfo, TryResult, TryScore } from '../../../electron/core/contract/types'
import { displaySafe } from '../../../electron/core/text/controls'
import type { MarsadClient } from '../../api/client'
import { useDebounced } from '../../hooks/useDebounced'
import { errorText } from '../../lib/errors'
import type { ColoredSpan } from '../../lib/highlight'
import { formatScore } from '../../lib/tuning-figures'
import { Highlighted } from '../Highlighted'

export const TRY_DELAY_MS = 300

interface Props {
  readonly client: MarsadClient
  /** The draft as the contract takes it, as JSON (so a change to any row runs it again). */
  readonly fileJson: string
  /** A refusal of the draft, for the editor to place at its row. */
  readonly onRefused: (err: unknown) => void
}

type State = { readonly status: 'idle' } | { readonly status: 'ready'; readonly result: TryResult; readonly title: string; readonly text: string } | { readonly status: 'error'; readonly message: string }

/** "جرّبها": a pasted text run through the draft as it is typed, with highlights, scores and the terms that counted. */
export function TryItPane({ client, fileJson, onRefused }: Props) {
  const [title, setTitle] = useState('')
  const [text, setText] = useState('')
  const [state, setState] = useState<State>({ status: 'idle' })
  const settled = useDebounced(JSON.stringify([fileJson, title, text]), TRY_DELAY_MS)
  // Held in a ref: the editor's callback changes with every edit of the draft, and only the settled
  // draft and text may start a call (one per keystroke otherwise).
  const refused = useRef(onRefused)
  useEffect(() => {
    refused.current = onRefused
  }, [onRefused])

  useEffect(() => {
    const [file, t, body] = JSON.parse(settled) as [string, string, string]
    if (body.trim() === '' && t.trim() === '') {
      setState({ status: 'idle' })
      return
    }
    let current = true
    client
      .tryWatchlists({ file: JSON.parse(file) as never, title: t, text: body })
      .then((result) => current && setState({ status: 'ready', result, title: t, text: body }))
      .catch((err: unknown) => {
        if (!current) return
        setState({ status: 'error', message: errorText(err) })
        refused.current(err)
      })
    return () => {
      current = false
    }
  }, [client, settled])

  return (
    <section className="tool" data-testid="try-it" aria-label="جرّبها">
      <label className="field">
        <span className="field__label">العنوان (اختياري)</span>
        <input className="field__input" dir="auto" data-testid="try-title" value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label className="field">
        <span className="field__label">ألصق نصًّا لترى كيف تعامله المسودة</span>
        <textarea className="field__input tool__text" dir="auto" rows={6} data-testid="try-text" value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      {state.status === 'error' && (
        <p className="feed__error" role="alert" data-testid="try-error">
          {state.message}
        </p>
      )}
      {state.status === 'ready' && <TryOutcome result={state.result} title={state.title} text={state.text} />}
    </section>
  )
}

/**
 * The last answer: memoised, so typing in the fields above (which re-renders the pane) does not
 * cut the text into highlights again until a new answer comes.
 */
const TryOutcome = memo(function TryOutcome({ result, title, text }: { result: TryResult; title: string; text: string }) {
  const info = useMemo(() => new Map(result.watchlists.map((w) => [w.id, w])), [result])
  const [titleSpans, bodySpans] = useMemo(() => {
    const spans = (field: 'title' | 'body'): ColoredSpan[] =>
      result.scores.flatMap((s) => s.spans.filter((span) => span.field === field).map((span) => ({ start: span.start, end: span.end, color: info.get(s.watchlistId)?.color })))
    return [spans('title'), spans('body')]
  }, [result, info])
  return (
    <div className="tool__outcome" data-testid="try-result" aria-live="polite">
      {title && (
        <p className="try__title" data-testid="try-highlighted-title">
          <Highlighted text={title} spans={titleSpans} />
        </p>
      )}
      <div className="try__text" data-testid="try-highlighted">
        <Highlighted text={text} spans={bodySpans} />
      </div>
      {result.scores.length === 0 ? (
        <p className="panel__empty" data-testid="try-nothing">
          لا يطابق أي مصطلح في القوائم المفعّلة هذا النص.
        </p>
      ) : (
        <ul className="try__scores">
          {result.scores.map((score) => (
            <ScoreRow key={score.watchlistId} score={score} info={info.get(score.watchlistId)} />
          ))}
        </ul>
      )}
      {result.truncated && <p className="reader__more">توقفت المطابقة قبل نهاية النص لطوله: ما ظهر صحيح، وقد يكون في بقيته غيره.</p>}
    </div>
  )
})

function ScoreRow({ score, info }: { score: TryScore; info: DraftWatchlistInfo | undefined }) {
  return (
    <li className="try__score" data-testid="try-score" data-watchlist-id={score.watchlistId} data-flagged={score.flagged ? 'true' : 'false'}>
      <div className="try__score-head">
        <span className="swatch" aria-hidden="true" style={{ backgroundColor: info?.color }} />
        <strong>{displaySafe(info?.name ?? score.watchlistId)}</strong>
        <span className="try__figure">
          النتيجة {formatScore(score.score)} {score.threshold === null ? '(تكفي أي نتيجة موجبة)' : `من عتبة ${formatScore(score.threshold)}`}
        </span>
        <span className={`verdict${score.flagged ? ' verdict--flagged' : ''}`} data-testid="try-verdict">
          {score.flagged ? 'ستُعلِّم القائمةُ هذا النص' : 'لن تُعلِّمه'}
        </span>
      </div>
      {score.excludedBy !== undefined && <p className="try__excluded">استبعده الاستثناء «{displaySafe(score.excludedBy)}»</p>}
      <ul className="try__terms">
        {score.terms.map((term, index) => (
          <li key={index} className={term.contribution < 0 ? 'try__term try__term--lowers' : 'try__term'} data-testid="try-term">
            <bdi className="try__query">{displaySafe(term.query)}</bdi>
            <span className="try__contribution">
              {term.contribution < 0 ? `يُنقص النتيجة ${formatScore(-term.contribution)}` : `يضيف ${formatScore(term.contribution)}`}
            </span>
          </li>
        ))}
      </ul>
    </li>
  )
}
