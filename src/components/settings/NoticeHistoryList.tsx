import { useCallback, useEffect, useState } from 'react'
import type { NoticeView } from '../../../electron/core/contract/types'
import type { MarsadClient } from '../../api/client'
import { useConventions } from '../../hooks/useDisplaySettings'
import { clock, gregorianDate } from '../../lib/calendar'
import { errorText } from '../../lib/errors'
import { historyParts } from '../../lib/notice-text'

const PAGE = 50

/** The notification history, newest first, a page at a time. */
export function NoticeHistoryList({ client }: { readonly client: MarsadClient }) {
  const c = useConventions()
  const [entries, setEntries] = useState<readonly NoticeView[] | null>(null)
  const [more, setMore] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const load = useCallback(
    (before?: number) => {
      client
        .noticeHistory({ limit: PAGE, ...(before === undefined ? {} : { beforeId: before }) })
        .then((page) => {
          setEntries((current) => (before === undefined ? page : [...(current ?? []), ...page]))
          setMore(page.length === PAGE)
        })
        .catch((err: unknown) => setError(`تعذّرت قراءة السجل: ${errorText(err)}`))
    },
    [client],
  )
  useEffect(() => load(), [load])
  if (error) return <p className="feed__error" role="alert">{error}</p>
  if (entries === null) return <p className="field__hint">جارٍ التحميل…</p>
  if (entries.length === 0) return <p className="field__hint" data-testid="notices-history-empty">لم يُرسل أي إشعار بعد. تظهر هنا الإشعارات المرسلة، وما أُجِّل لساعات الهدوء أو للملخّص الدوري، وما لم يُرسل أثناء الإيقاف المؤقت.</p>
  return (
    <>
      <ol className="notice-history" data-testid="notices-history">
        {entries.map((entry) => {
          const { outcome, what, why } = historyParts(entry)
          return (
            <li key={entry.id} className={`notice-history__entry notice-history__entry--${entry.outcome}`} data-testid="notices-history-entry" data-outcome={entry.outcome}>
              <span className="notice-history__when">
                <time dateTime={new Date(entry.at).toISOString()}>
                  {gregorianDate(entry.at, c)} {clock(entry.at, c)}
                </time>
              </span>
              <span className={`notice-history__outcome notice-history__outcome--${entry.outcome}`}>{outcome}</span>
              <span className="notice-history__what">
                <bdi>{what}</bdi>
              </span>
              <span className="notice-history__why">
                {why}
                {entry.heldUntil !== null && ` — حتى ${clock(entry.heldUntil, c)}`}
              </span>
            </li>
          )
        })}
      </ol>
      {more && (
        <button type="button" className="button button--small" onClick={() => load(entries[entries.length - 1].id)}>
          أقدم
        </button>
      )}
    </>
  )
}
