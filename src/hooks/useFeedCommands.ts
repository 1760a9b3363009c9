/**
 * What the analyst can do to subscriptions: preview and subscribe, refresh one feed, edit its
 * settings, unsubscribe, import / export OPML, subscribe to chosen suggestions. Each command
 * reports in the status line and reloads what it changed; the ones a form waits on reject with
 * the core's message so the form can show it where the analyst is looking.
 */
import { useCallback, useMemo, useRef, useState } from 'react'
import type { FeedPreview, FeedView, OpmlImport, PollReport, SuggestedFeed } from '../../electron/core/contract/types'
import { displaySafe } from '../../electron/core/text/controls'
import type { MarsadClient } from '../api/client'
import { downloadText } from '../lib/download'
import { describeOpmlImport, opmlFileName, type FeedChanges } from '../lib/feeds'
import { describeRefresh, type PollStatus } from '../lib/poll-status'
import { errorText } from '../lib/errors'

export interface FeedCommands {
  preview(url: string): Promise<FeedPreview>
  /** Subscribes without fetching again (the preview just did), then fetches it so articles appear. */
  subscribe(url: string, name?: string): Promise<FeedView>
  refresh(feed: FeedView): void
  update(feed: FeedView, changes: FeedChanges): Promise<FeedView>
  remove(feed: FeedView): Promise<void>
  importOpml(file: File): Promise<OpmlImport>
  exportOpml(): Promise<void>
  /** Subscribes to each chosen suggestion, then refreshes everything; resolves with the failures. */
  subscribeMany(feeds: readonly SuggestedFeed[]): Promise<string[]>
  /** Feeds being refreshed one by one right now. */
  readonly refreshing: ReadonlySet<number>
}

interface Options {
  /** Reloads the feeds list only. */
  readonly reloadFeeds: () => void
  /** Reloads feeds, timeline and the open reader. */
  readonly reloadAll: () => void
  readonly setStatus: (status: PollStatus) => void
}


export function useFeedCommands(client: MarsadClient, { reloadFeeds, reloadAll, setStatus }: Options): FeedCommands {
  const [refreshing, setRefreshing] = useState<ReadonlySet<number>>(new Set())
  const options = useRef({ reloadFeeds, reloadAll, setStatus })
  options.current = { reloadFeeds, reloadAll, setStatus }

  const runRefresh = useCallback(
    (feedId: number | undefined, label: string) => {
      const { setStatus: status } = options.current
      if (feedId !== undefined) setRefreshing((ids) => new Set(ids).add(feedId))
      status({ text: `جارٍ جلب ${label}…`, tone: 'busy' })
      return client
        .refreshNow(feedId === undefined ? {} : { feedId })
        .then((reports: PollReport[]) => options.current.setStatus(describeRefresh(reports)))
        .catch((err: unknown) => options.current.setStatus({ text: `تعذّر التحديث: ${errorText(err)}`, tone: 'error' }))
        .finally(() => {
          if (feedId !== undefined)
            setRefreshing((ids) => {
              const next = new Set(ids)
              next.delete(feedId)
              return next
            })
          options.current.reloadAll()
        })
    },
    [client],
  )

  const preview = useCallback((url: string) => client.previewFeed({ url }), [client])

  const subscribe = useCallback(
    async (url: string, name?: string) => {
      const feed = await client.addFeed({ url, check: false, ...(name ? { name } : {}) })
      options.current.reloadFeeds()
      void runRefresh(feed.id, `«${displaySafe(feed.name)}»`)
      return feed
    },
    [client, runRefresh],
  )

  const refresh = useCallback((feed: FeedView) => void runRefresh(feed.id, `«${displaySafe(feed.name)}»`), [runRefresh])

  const update = useCallback(
    async (feed: FeedView, changes: FeedChanges) => {
      const saved = await client.updateFeed({ id: feed.id, ...changes })
      options.current.setStatus({ text: `حُفظت إعدادات «${displaySafe(saved.name)}»`, tone: 'ok' })
      options.current.reloadFeeds()
      return saved
    },
    [client],
  )

  const remove = useCallback(
    async (feed: FeedView) => {
      await client.removeFeed({ id: feed.id })
      options.current.setStatus({ text: `أُلغي الاشتراك في «${displaySafe(feed.name)}»؛ بقيت مقالاته المخزنة`, tone: 'ok' })
      options.current.reloadAll()
    },
    [client],
  )

  const importOpml = useCallback(
    async (file: File) => {
      const result = await client.importOpml({ text: await file.text() })
      options.current.setStatus({ text: describeOpmlImport(result), tone: 'ok' })
      options.current.reloadFeeds()
      return result
    },
    [client],
  )

  const exportOpml = useCallback(async () => {
    const { opml } = await client.exportOpml({})
    downloadText(opml, opmlFileName(), 'text/x-opml;charset=utf-8')
    options.current.setStatus({ text: `صُدّرت المصادر إلى ${opmlFileName()}`, tone: 'ok' })
  }, [client])

  const subscribeMany = useCallback(
    async (feeds: readonly SuggestedFeed[]) => {
      const failures: string[] = []
      for (const feed of feeds) {
        try {
          await client.addFeed({ url: feed.url, name: feed.name, check: false })
        } catch (err) {
          failures.push(`${displaySafe(feed.name)}: ${errorText(err)}`)
        }
      }
      options.current.reloadFeeds()
      if (failures.length < feeds.length) void runRefresh(undefined, 'كل المصادر')
      return failures
    },
    [client, runRefresh],
  )

  return useMemo(
    () => ({ preview, subscribe, refresh, update, remove, importOpml, exportOpml, subscribeMany, refreshing }),
    [preview, subscribe, refresh, update, remove, importOpml, exportOpml, subscribeMany, refreshing],
  )
}
