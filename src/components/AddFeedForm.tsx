import { useState, type FormEvent } from 'react'

/** A one-field form for a new feed URL; the core validates it and its message is shown as is. */
export function AddFeedForm({ onAdd }: { onAdd: (url: string) => Promise<void> }) {
  const [url, setUrl] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const value = url.trim()
    if (!value || busy) return
    setBusy(true)
    setError(null)
    onAdd(value)
      .then(() => setUrl(''))
      .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)))
      .finally(() => setBusy(false))
  }

  return (
    <form className="add-feed" onSubmit={submit} noValidate data-testid="add-feed-form">
      <label className="add-feed__label" htmlFor="add-feed-url">
        إضافة مصدر
      </label>
      <div className="add-feed__row">
        <input
          id="add-feed-url"
          className="add-feed__input"
          data-testid="add-feed-url"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          dir="ltr"
          placeholder="https://example.com/rss"
          value={url}
          onChange={(event) => setUrl(event.target.value)}
        />
        <button type="submit" className="button" data-testid="add-feed-submit" disabled={busy || url.trim() === ''}>
          إضافة
        </button>
      </div>
      {error && (
        <p className="feed__error" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}
