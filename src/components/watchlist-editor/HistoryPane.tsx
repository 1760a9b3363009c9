import { useState } from 'react'
import type { PreviewArticle, PreviewCounts, WatchlistsPreview } from '../../../electron/core/contract/types'
import { displaySafe } from '../../../electron/core/text/controls'
import type { MarsadClient } from '../../api/client'
import { formatDateTime } from '../../lib/dates'
import { errorText } from '../../lib/errors'
import { FeedbackFigures } from './FeedbackFigures'

interface Props {
  readonly client: MarsadClient
  readonly fileJson: string
  readonly onOpenArticle: (id: number) => void
  readonly onRefused: (err: unknown) => void
}

type State =
  | { readonly status: 'idle' }
  | { readonly status: 'running' }
  | { readonly status: 'ready'; readonly preview: WatchlistsPreview; readonly stale: boolean; readonly fileJson: string }
  | { readonly status: 'error'; readonly message: string }

/** "في الأرشيف": what the draft would flag, newly flag and unflag among the stored articles, and how it does on the analyst's marks. */
export function HistoryPane({ client, fileJson, onOpenArticle, onRefused }: Props) {
  const [state, setState] = useState<State>({ status: 'idle' })
  const run = () => {
    setState({ status: 'running' })
    client
      .previewWatchlists({ file: JSON.parse(fileJson) as never })
      .then((preview) =>
        setState(
          'cancelled' in preview
            ? // One preview runs at a time: another (from another window, say) began after this one.
              { status: 'error', message: 'توقف هذا الفحص قبل نهايته لأن فحصًا آخر للأرشيف بدأ بعده (ربما من نافذة أخرى). أعد الفحص لترى نتائجه.' }
            : { status: 'ready', preview, stale: false, fileJson },
        ),
      )
      .catch((err: unknown) => {
        setState({ status: 'error', message: errorText(err) })
        onRefused(err)
      })
  }
  const stale = state.status === 'ready' && state.fileJson !== fileJson
  return (
    <section className="tool" data-testid="in-history" aria-label="في الأرشيف" aria-busy={state.status === 'running'}>
      <div className="tool__bar">
        <button type="button" className="button button--primary" data-testid="history-run" disabled={state.status === 'running'} onClick={run}>
          {state.status === 'running' ? 'جارٍ فحص الأرشيف…' : state.status === 'ready' ? 'أعد الفحص على المسودة' : 'افحص المسودة على الأرشيف'}
        </button>
        {stale && <span className="tool__stale">تغيّرت المسودة بعد هذا الفحص</span>}
      </div>
      <p className="rows__hint">يُطابَق كل مقال مخزّن بالمسودة دون حفظ شيء، ويُقارَن بما هو معلَّم الآن.</p>
      {state.status === 'error' && (
        <p className="feed__error" role="alert" data-testid="history-error">
          {state.message}
        </p>
      )}
      {state.status === 'ready' && <PreviewView preview={state.preview} onOpenArticle={onOpenArticle} />}
    </section>
  )
}

function PreviewView({ preview, onOpenArticle }: { preview: WatchlistsPreview; onOpenArticle: (id: number) => void }) {
  return (
    <div className="tool__outcome" data-testid="history-result">
      <p className="history__scope" data-testid="history-scope">
        {preview.newestOnly ? `فُحص أحدث ${preview.matched} مقال من ${preview.stored} مقالًا مخزّنًا.` : `فُحصت كل المقالات المخزّنة: ${preview.stored}.`}
        {preview.truncated > 0 && ` توقفت المطابقة قبل نهاية ${preview.truncated} منها لطولها.`}
      </p>
      <Counts title="كل القوائم معًا" counts={preview.total} onOpenArticle={onOpenArticle} testId="history-total" />
      {preview.watchlists.map((w) => (
        <Counts
          key={w.watchlistId}
          title={w.inDraft ? displaySafe(w.name) : `${displaySafe(w.name)} (تحذفها المسودة)`}
          color={w.color}
          counts={w}
          onOpenArticle={onOpenArticle}
          testId="history-watchlist"
          watchlistId={w.watchlistId}
        />
      ))}
      <FeedbackFigures preview={preview} onOpenArticle={onOpenArticle} />
    </div>
  )
}

interface CountsProps {
  readonly title: string
  readonly color?: string
  readonly counts: PreviewCounts
  readonly onOpenArticle: (id: number) => void
  readonly testId: string
  readonly watchlistId?: string
}

function Counts({ title, color, counts, onOpenArticle, testId, watchlistId }: CountsProps) {
  return (
    <div className="history__block" data-testid={testId} data-watchlist-id={watchlistId}>
      <h4 className="history__title">
        {color && <span className="swatch" aria-hidden="true" style={{ backgroundColor: color }} />}
        {title}
      </h4>
      <dl className="history__counts">
        <div>
          <dt>تعلّمها المسودة</dt>
          <dd data-testid="count-flagged">{counts.flagged}</dd>
        </div>
        <div>
          <dt>معلَّمة الآن</dt>
          <dd data-testid="count-now">{counts.flaggedNow}</dd>
        </div>
        <div>
          <dt>تُعلَّم جديدًا</dt>
          <dd data-testid="count-new">{counts.newlyFlagged}</dd>
        </div>
        <div>
          <dt>يُرفع تعليمها</dt>
          <dd data-testid="count-unflagged">{counts.unflagged}</dd>
        </div>
      </dl>
      <Sample label="عيّنة مما تُعلّمه جديدًا" articles={counts.newlyFlaggedSample} onOpenArticle={onOpenArticle} testId="sample-new" />
      <Sample label="عيّنة مما يُرفع تعليمه" articles={counts.unflaggedSample} onOpenArticle={onOpenArticle} testId="sample-unflagged" />
    </div>
  )
}

function Sample({ label, articles, onOpenArticle, testId }: { label: string; articles: readonly PreviewArticle[]; onOpenArticle: (id: number) => void; testId: string }) {
  if (articles.length === 0) return null
  return (
    <details className="history__sample">
      <summary>
        {label} ({articles.length})
      </summary>
      <ul>
        {articles.map((a) => (
          <li key={a.id}>
            <button type="button" className="link-button" data-testid={testId} data-article-id={a.id} onClick={() => onOpenArticle(a.id)}>
              {displaySafe(a.title)}
            </button>
            <span className="history__source">
              {displaySafe(a.source)} · {formatDateTime(a.publishedAt)}
            </span>
          </li>
        ))}
      </ul>
    </details>
  )
}
