import { useMemo, useState, type FormEvent } from 'react'
import type { SuggestedFeed } from '../../electron/core/contract/types'
import type { MarsadClient } from '../api/client'
import { useSuggestedFeeds } from '../hooks/useSuggestedFeeds'
import { groupSuggestions } from '../lib/feeds'
import { errorText } from '../lib/errors'

interface Props {
  readonly client: MarsadClient
  /** Subscribes to the chosen outlets; resolves with the ones that failed. */
  readonly onSubscribe: (feeds: readonly SuggestedFeed[]) => Promise<string[]>
}

/**
 * First run: no feeds yet. The outlets shipped with Marsad as a checklist by category, nothing
 * checked: the analyst decides what Marsad fetches, and nothing is subscribed unasked.
 */
export function SuggestedFeeds({ client, onSubscribe }: Props) {
  const state = useSuggestedFeeds(client)
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set())
  const [busy, setBusy] = useState(false)
  const [failures, setFailures] = useState<string[]>([])
  const feeds = state.status === 'ready' ? state.feeds : []
  const groups = useMemo(() => groupSuggestions(feeds), [feeds])

  const toggle = (url: string, on: boolean) =>
    setChecked((current) => {
      const next = new Set(current)
      if (on) next.add(url)
      else next.delete(url)
      return next
    })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const chosen = feeds.filter((feed) => checked.has(feed.url))
    if (chosen.length === 0 || busy) return
    setBusy(true)
    setFailures([])
    onSubscribe(chosen)
      .then(setFailures)
      .catch((err: unknown) => setFailures([errorText(err)]))
      .finally(() => setBusy(false))
  }

  return (
    <section className="first-run" data-testid="first-run" aria-labelledby="first-run-heading">
      <h2 className="first-run__title" id="first-run-heading">
        مرحبًا بك في مرصد
      </h2>
      <p className="first-run__hint">
        لا مصادر بعد. اختر ما تريد متابعته من المصادر المقترحة أدناه، أو أضف رابط خلاصة من لوحة «المصادر». لن يُجلب شيء قبل أن تختار.
      </p>
      {state.status === 'loading' && <p className="first-run__hint">جارٍ تحميل المصادر المقترحة…</p>}
      {state.status === 'error' && <p className="feed__error">تعذّر تحميل المصادر المقترحة: {state.message}</p>}
      {groups.length > 0 && (
        <form className="suggestions" onSubmit={submit} noValidate data-testid="suggestions">
          {groups.map((group) => (
            <fieldset key={group.category} className="suggestions__group" data-testid="suggestion-group">
              <legend className="suggestions__category">{group.category}</legend>
              <ul className="suggestions__list">
                {group.feeds.map((feed) => (
                  <li key={feed.url}>
                    <label className="suggestion" title={feed.url}>
                      <input
                        type="checkbox"
                        data-testid="suggestion-check"
                        value={feed.url}
                        checked={checked.has(feed.url)}
                        disabled={busy}
                        onChange={(event) => toggle(feed.url, event.target.checked)}
                      />
                      <span>{feed.name}</span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          ))}
          <div className="suggestions__actions">
            <button type="submit" className="button button--primary" data-testid="suggestions-subscribe" disabled={busy || checked.size === 0}>
              {busy ? 'جارٍ الاشتراك…' : 'اشتراك بالمحدد'}
            </button>
            <span className="suggestions__count" data-testid="suggestions-count">
              المحدد: {checked.size}
            </span>
          </div>
          {failures.length > 0 && (
            <ul className="feed__error" role="alert" data-testid="suggestions-error">
              {failures.map((failure) => (
                <li key={failure}>تعذّر الاشتراك في {failure}</li>
              ))}
            </ul>
          )}
        </form>
      )}
    </section>
  )
}
