import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { FeedPreview, FeedView } from '../../electron/core/contract/types'
import { FeedPreviewBox } from './FeedPreviewBox'
import { errorText } from '../lib/errors'

interface Props {
  readonly preview: (url: string) => Promise<FeedPreview>
  readonly subscribe: (url: string, name?: string) => Promise<FeedView>
}

/** One feed found behind the URL: its address and, once fetched, what is in it. */
export interface PreviewChoice {
  readonly url: string
  readonly title: string | null
  readonly preview: FeedPreview | null
}

interface Previewed {
  /** The URL the analyst typed (a feed, or a page linking to feeds). */
  readonly source: string
  readonly choices: readonly PreviewChoice[]
  readonly chosen: number
  /** True when the URL was a web page and `choices` are the feeds it links to. */
  readonly fromPage: boolean
}


/**
 * Two steps: «معاينة» fetches the URL (saving nothing) and shows what is there; «اشتراك»
 * subscribes to the chosen feed. The core validates the URL; its message is shown as is.
 */
export function AddFeedForm({ preview, subscribe }: Props) {
  const [url, setUrl] = useState('')
  const [name, setName] = useState('')
  const [previewed, setPreviewed] = useState<Previewed | null>(null)
  const [busy, setBusy] = useState<'preview' | 'choice' | 'subscribe' | null>(null)
  const [error, setError] = useState<string | null>(null)
  // Answers to a preview the analyst has since replaced are dropped.
  const ticket = useRef(0)
  const errorLine = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (error) errorLine.current?.scrollIntoView({ block: 'nearest' })
  }, [error])

  const reset = () => {
    ticket.current++
    setPreviewed(null)
    setName('')
    setError(null)
    setBusy(null)
  }

  const runPreview = (event: FormEvent) => {
    event.preventDefault()
    const value = url.trim()
    if (!value || busy) return
    const mine = ++ticket.current
    setBusy('preview')
    setError(null)
    setPreviewed(null)
    preview(value)
      .then((result) => {
        if (mine !== ticket.current) return
        const fromPage = result.discovered.length > 0
        const choices = fromPage
          ? result.discovered.map((found, index) => ({ ...found, preview: index === 0 ? result : null }))
          : [{ url: result.url, title: result.title, preview: result }]
        setPreviewed({ source: value, choices, chosen: 0, fromPage })
      })
      .catch((err: unknown) => {
        if (mine === ticket.current) setError(`تعذّرت المعاينة: ${errorText(err)}`)
      })
      .finally(() => {
        if (mine === ticket.current) setBusy(null)
      })
  }

  const choose = (index: number) => {
    if (!previewed || busy === 'subscribe') return
    const choice = previewed.choices[index]
    setPreviewed({ ...previewed, chosen: index })
    setError(null)
    if (choice.preview) return
    const mine = ++ticket.current
    setBusy('choice')
    preview(choice.url)
      .then((result) => {
        if (mine !== ticket.current) return
        setPreviewed((current) =>
          current && { ...current, choices: current.choices.map((c, i) => (i === index ? { ...c, preview: result } : c)) },
        )
      })
      .catch((err: unknown) => {
        if (mine === ticket.current) setError(`تعذّرت معاينة هذه الخلاصة: ${errorText(err)}`)
      })
      .finally(() => {
        if (mine === ticket.current) setBusy(null)
      })
  }

  const runSubscribe = () => {
    if (!previewed || busy) return
    const choice = previewed.choices[previewed.chosen]
    setBusy('subscribe')
    setError(null)
    // The URL field stays open while subscribing: what the analyst types meanwhile is a new
    // address (it resets the form), and the subscription's answer must not clear it.
    const mine = ticket.current
    subscribe(choice.preview?.url ?? choice.url, name.trim() || undefined)
      .then(() => {
        if (mine !== ticket.current) return
        setUrl('')
        reset()
      })
      .catch((err: unknown) => {
        // Said even when the analyst has moved on: a subscription that failed is not lost silently.
        setError(`تعذّر الاشتراك: ${errorText(err)}`)
        if (mine === ticket.current) setBusy(null)
      })
  }

  return (
    <form className="add-feed" onSubmit={runPreview} noValidate data-testid="add-feed-form">
      <label className="add-feed__label" htmlFor="add-feed-url">
        إضافة مصدر: رابط خلاصة أو صفحة موقع
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
          onChange={(event) => {
            setUrl(event.target.value)
            if (previewed) reset()
          }}
        />
        <button type="submit" className="button" data-testid="add-feed-submit" disabled={busy !== null || url.trim() === ''}>
          {busy === 'preview' ? 'جارٍ…' : 'معاينة'}
        </button>
      </div>
      {error && (
        <p ref={errorLine} className="feed__error add-feed__error" role="alert" data-testid="add-feed-error">
          {error}
        </p>
      )}
      {previewed && (
        <FeedPreviewBox
          choices={previewed.choices}
          chosen={previewed.chosen}
          fromPage={previewed.fromPage}
          name={name}
          busy={busy}
          onChoose={choose}
          onNameChange={setName}
          onSubscribe={runSubscribe}
          onCancel={reset}
        />
      )}
    </form>
  )
}
