import { useState } from 'react'
import type { OpmlImport } from '../../electron/core/contract/types'
import { describeOpmlImport, opmlSkipText } from '../lib/feeds'
import { FilePickerButton } from './FilePickerButton'
import { errorText } from '../lib/errors'

interface Props {
  readonly hasFeeds: boolean
  readonly onImport: (file: File) => Promise<OpmlImport>
  readonly onExport: () => Promise<void>
}


/** OPML in and out: subscriptions from another reader, or a backup of Marsad's. */
export function OpmlActions({ hasFeeds, onImport, onExport }: Props) {
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<OpmlImport | null>(null)
  const [error, setError] = useState<string | null>(null)

  const importFile = (file: File) => {
    setBusy(true)
    setError(null)
    setResult(null)
    onImport(file)
      .then(setResult)
      .catch((err: unknown) => setError(`تعذّر استيراد «${file.name}»: ${errorText(err)}`))
      .finally(() => setBusy(false))
  }

  const exportFile = () => {
    setError(null)
    onExport().catch((err: unknown) => setError(`تعذّر التصدير: ${errorText(err)}`))
  }

  return (
    <div className="opml">
      <div className="watchlist-actions">
        <FilePickerButton
          testId="opml-import"
          inputTestId="opml-file"
          accept=".opml,.xml,text/x-opml,application/xml,text/xml"
          disabled={busy}
          onFile={importFile}
        >
          {busy ? 'جارٍ الاستيراد…' : 'استيراد OPML…'}
        </FilePickerButton>
        <button type="button" className="button button--small" data-testid="opml-export" disabled={!hasFeeds} onClick={exportFile}>
          تصدير OPML
        </button>
      </div>
      {result && (
        <div className="opml__result" data-testid="opml-result" role="status">
          <p>{describeOpmlImport(result)}</p>
          {result.skipped.length > 0 && (
            <details className="opml__skipped">
              <summary>ما تُجوهل ولماذا</summary>
              <ul>
                {result.skipped.map((entry, index) => (
                  <li key={index}>
                    <bdi>{entry.value || '—'}</bdi>: {opmlSkipText(entry.reason)}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
      {error && (
        <p className="feed__error" role="alert" data-testid="opml-error">
          {error}
        </p>
      )}
    </div>
  )
}
