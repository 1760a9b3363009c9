import { useCallback, useState } from 'react'
import type { ArticleSummary } from '../electron/core/contract/types'
import type { MarsadClient } from './api/client'
import { ErrorBanner } from './components/ErrorBanner'
import { FeedsPanel } from './components/FeedsPanel'
import { Header } from './components/Header'
import { ReaderPanel } from './components/ReaderPanel'
import { SuggestedFeeds } from './components/SuggestedFeeds'
import { Timeline } from './components/Timeline'
import { WatchlistsPanel } from './components/WatchlistsPanel'
import { WatchlistEditor } from './components/watchlist-editor/WatchlistEditor'
import { useArticles } from './hooks/useArticles'
import { useFeedCommands } from './hooks/useFeedCommands'
import { useFeeds } from './hooks/useFeeds'
import { useMarsadEvents } from './hooks/useMarsadEvents'
import { useWatchlists } from './hooks/useWatchlists'
import { csvFileName, downloadText } from './lib/download'
import { describeRefresh } from './lib/poll-status'
import { errorText } from './lib/errors'


export function App({ client }: { client: MarsadClient }) {
  const [flaggedOnly, setFlaggedOnly] = useState(false)
  const [watchlistId, setWatchlistId] = useState<string | null>(null)
  const [selected, setSelected] = useState<ArticleSummary | null>(null)
  const [refreshing, setRefreshing] = useState(false)
  const [exporting, setExporting] = useState(false)
  const [actionError, setActionError] = useState<string | null>(null)
  // The watchlist editor takes the timeline's place; the reader still opens beside it. Once
  // opened it stays mounted (hidden while closed), so a draft survives a look at the timeline.
  const [editing, setEditing] = useState(false)
  const [editorOpened, setEditorOpened] = useState(false)
  // Bumped on every reload so the open reader refetches (matches may have changed).
  const [version, setVersion] = useState(0)

  const articles = useArticles(client, { flaggedOnly, watchlistId })
  const feeds = useFeeds(client)
  const { reload: reloadArticles } = articles
  const { reload: reloadFeeds } = feeds

  const reloadAll = useCallback(() => {
    reloadArticles()
    reloadFeeds()
    setVersion((value) => value + 1)
  }, [reloadArticles, reloadFeeds])

  const lists = useWatchlists(client)
  // A rescan starting follows a change of the watchlists (an import, a save, another window's).
  const [status, setStatus] = useMarsadEvents(client, reloadAll, lists.reload)

  const feedCommands = useFeedCommands(client, { reloadFeeds, reloadAll, setStatus })

  const importWatchlists = useCallback(
    (file: File) => {
      setActionError(null)
      // Said before the call, not after: the rescan's own progress events may arrive before the
      // call returns, and must not be overwritten by a stale "rescanning…".
      setStatus({ text: `جارٍ استبدال قوائم المراقبة من «${file.name}»…`, tone: 'busy' })
      lists.importFile(file).catch((err: unknown) => {
        setStatus({ text: 'لم تتغير قوائم المراقبة', tone: 'error' })
        setActionError(`تعذّر استيراد قوائم المراقبة: ${errorText(err)}`)
      })
    },
    [lists, setStatus],
  )

  const exportWatchlists = useCallback(() => {
    lists.exportFile().catch((err: unknown) => setActionError(`تعذّر تصدير قوائم المراقبة: ${errorText(err)}`))
  }, [lists])

  const refresh = useCallback(() => {
    setRefreshing(true)
    setActionError(null)
    setStatus({ text: 'جارٍ تحديث كل المصادر…', tone: 'busy' })
    client
      .refreshNow({})
      .then((reports) => setStatus(describeRefresh(reports)))
      .catch((err: unknown) => {
        setStatus({ text: `تعذّر التحديث: ${errorText(err)}`, tone: 'error' })
      })
      .finally(() => {
        setRefreshing(false)
        reloadAll()
      })
  }, [client, reloadAll, setStatus])

  const exportCsv = useCallback(() => {
    setExporting(true)
    setActionError(null)
    client
      .exportCsv({ flaggedOnly, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone })
      .then((result) => {
        downloadText(result.csv, csvFileName())
        setStatus({ text: `تم التصدير إلى ${csvFileName()} — الصفوف: ${result.rows}`, tone: 'ok' })
      })
      .catch((err: unknown) => setActionError(`تعذّر التصدير: ${errorText(err)}`))
      .finally(() => setExporting(false))
  }, [client, flaggedOnly, setStatus])

  const closeReader = useCallback(() => setSelected(null), [])

  /** Opens an article named by id (a sample in the editor) in the reader. */
  const openArticle = useCallback(
    (id: number) => {
      client
        .getArticle({ id })
        .then((article) => (article ? setSelected(article) : setActionError('لم يعد هذا المقال موجودًا.')))
        .catch((err: unknown) => setActionError(`تعذّر فتح المقال: ${errorText(err)}`))
    },
    [client],
  )

  const { reload: reloadWatchlists } = lists
  // The status line follows the rescan's own progress events (which may come before the save's answer).
  const editorSaved = useCallback(() => reloadWatchlists(), [reloadWatchlists])
  const error = actionError ?? articles.error
  // First run: no subscriptions and nothing stored yet (removing feeds keeps their articles).
  const firstRun = feeds.feeds?.length === 0 && articles.articles.length === 0 && !flaggedOnly && watchlistId === null

  return (
    <div className={`app${selected ? ' app--reading' : ''}`}>
      <Header
        flaggedOnly={flaggedOnly}
        onFlaggedOnlyChange={setFlaggedOnly}
        refreshing={refreshing}
        onRefresh={refresh}
        exporting={exporting}
        onExport={exportCsv}
        status={status}
        articleCount={articles.articles.length}
      />
      <div className="workspace">
        <nav className="sidebar" aria-label="المصادر وقوائم المراقبة">
          <WatchlistsPanel
            watchlists={lists.watchlists}
            problem={lists.problem}
            selectedId={watchlistId}
            onSelect={setWatchlistId}
            onImport={importWatchlists}
            onExport={exportWatchlists}
            onEdit={() => {
              setEditing(true)
              setEditorOpened(true)
            }}
          />
          <FeedsPanel feeds={feeds.feeds} error={feeds.error} commands={feedCommands} />
        </nav>
        <main className="main" aria-label={editing ? "محرر قوائم المراقبة" : "الخط الزمني"}>
          {error && <ErrorBanner message={error} onDismiss={actionError ? () => setActionError(null) : undefined} />}
          {editorOpened && (
            <div hidden={!editing}>
              <WatchlistEditor client={client} inForce={lists.watchlists} onClose={() => setEditing(false)} onSaved={editorSaved} onOpenArticle={openArticle} />
            </div>
          )}
          {editing ? null : firstRun ? (
            <SuggestedFeeds client={client} onSubscribe={feedCommands.subscribeMany} />
          ) : (
            <Timeline
              articles={articles.articles}
              loading={articles.loading}
              loadingMore={articles.loadingMore}
              hasMore={articles.hasMore}
              flaggedOnly={flaggedOnly}
              filtered={watchlistId !== null}
              selectedId={selected?.id ?? null}
              onOpen={setSelected}
              onLoadMore={articles.loadMore}
            />
          )}
        </main>
        {selected && <ReaderPanel
            key={selected.id}
            client={client}
            summary={selected}
            version={version}
            onClose={closeReader}
            watchlists={lists.watchlists}
            onMarked={reloadArticles}
          />}
      </div>
    </div>
  )
}
