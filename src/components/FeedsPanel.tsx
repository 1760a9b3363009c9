import { useState } from 'react'
import type { FeedView } from '../../electron/core/contract/types'
import type { FeedCommands } from '../hooks/useFeedCommands'
import { AddFeedForm } from './AddFeedForm'
import { FeedEditDialog } from './FeedEditDialog'
import { FeedItem } from './FeedItem'
import { OpmlActions } from './OpmlActions'

interface Props {
  readonly feeds: readonly FeedView[] | null
  readonly error: string | null
  readonly commands: FeedCommands
}

/** The subscriptions: each with its status and actions, then OPML import/export and the add form. */
export function FeedsPanel({ feeds, error, commands }: Props) {
  const [editingId, setEditingId] = useState<number | null>(null)
  const editing = feeds?.find((feed) => feed.id === editingId) ?? null
  const now = Date.now()

  return (
    <section className="panel" data-testid="feeds-panel" aria-labelledby="feeds-heading">
      <h2 className="panel__heading" id="feeds-heading">
        المصادر
        {feeds && <span className="panel__count">{feeds.length}</span>}
      </h2>
      {error && <p className="feed__error">{error}</p>}
      {feeds && feeds.length === 0 && (
        <p className="panel__empty" data-testid="feeds-empty">
          لا مصادر بعد. أضف رابط خلاصة RSS أو Atom، أو اختر من المصادر المقترحة.
        </p>
      )}
      {feeds && feeds.length > 0 && (
        <ul className="feeds">
          {feeds.map((feed) => (
            <FeedItem
              key={feed.id}
              feed={feed}
              now={now}
              refreshing={commands.refreshing.has(feed.id)}
              onRefresh={commands.refresh}
              onEdit={setEditingId}
              onRemove={commands.remove}
            />
          ))}
        </ul>
      )}
      <OpmlActions hasFeeds={(feeds?.length ?? 0) > 0} onImport={commands.importOpml} onExport={commands.exportOpml} />
      <AddFeedForm preview={commands.preview} subscribe={commands.subscribe} />
      {editing && <FeedEditDialog key={editing.id} feed={editing} onSave={commands.update} onClose={() => setEditingId(null)} />}
    </section>
  )
}
