import { useCallback, useEffect, useRef, useState } from 'react'
import type { ArticleSummary } from '../electron/core/contract/types'
import type { MarsadClient } from './api/client'
import { ErrorBanner } from './components/ErrorBanner'
import { FeedsPanel } from './components/FeedsPanel'
import { Header } from './components/Header'
import { ReaderPanel } from './components/ReaderPanel'
import { SuggestedFeeds } from './components/SuggestedFeeds'
import { Timeline } from './components/Timeline'
import { ViewBar } from './components/ViewBar'
import { WatchlistsPanel } from './components/WatchlistsPanel'
import { KeyboardHelp } from './components/KeyboardHelp'
import { SettingsDialog, type SettingsTab } from './components/settings/SettingsDialog'
import { zoneLabel } from './lib/calendar'
import { WatchlistEditor } from './components/watchlist-editor/WatchlistEditor'
import { useArticles } from './hooks/useArticles'
import { useFeedCommands } from './hooks/useFeedCommands'
import { useFeeds } from './hooks/useFeeds'
import { useMarsadEvents } from './hooks/useMarsadEvents'
import { useNewestOnly } from './hooks/useNewestOnly'
import { useNotices } from './hooks/useNotices'
import { useShortcuts } from './hooks/useShortcuts'
import { ConventionsContext, useDisplaySettings } from './hooks/useDisplaySettings'
import { useLastLook } from './hooks/useLastLook'
import { useTheme } from './hooks/useTheme'
import { useTriage } from './hooks/useTriage'
import { useTimelineCounts } from './hooks/useTimelineCounts'
import { useWatchlists } from './hooks/useWatchlists'
import { csvFileName, downloadText } from './lib/download'
import { describeRefresh } from './lib/poll-status'
import { errorText } from './lib/errors'
import { DEFAULT_VIEW, isNarrowed, viewInput, type TimelineViewState } from './lib/view'


export function App({ client }: { client: MarsadClient }) {
  const [view, setView] = useState<TimelineViewState>(DEFAULT_VIEW)
  const changeView = useCallback((change: Partial<TimelineViewState>) => setView((current) => ({ ...current, ...change })), [])
  const { flaggedOnly, watchlistId } = view
  const setFlaggedOnly = useCallback((value: boolean) => changeView({ flaggedOnly: value }), [changeView])
  const setWatchlistId = useCallback((value: string | null) => changeView({ watchlistId: value }), [changeView])
  const searchRef = useRef<HTMLInputElement | null>(null)
  const [helpOpen, setHelpOpen] = useState(false)
  const lastLook = useLastLook(client)
  const display = useDisplaySettings(client)
  const theme = useTheme(display.display, display.change)
  const [settingsTab, setSettingsTab] = useState<SettingsTab | null>(null)
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

  const articles = useArticles(client, view)
  const feeds = useFeeds(client)
  const counts = useTimelineCounts(client)
  const { reload: reloadArticles, patchTriage } = articles
  const { reload: reloadFeeds } = feeds
  const { reload: reloadCounts } = counts

  const reloadAll = useCallback(() => {
    reloadArticles()
    reloadFeeds()
    reloadCounts()
    setVersion((value) => value + 1)
  }, [reloadArticles, reloadFeeds, reloadCounts])

  // After marks change (a mark in the reader, a dismissal): the list, and the open article read again,
  // so a reload already under way (after a rescan) cannot put the marks from before the change back.
  const reloadAfterMarks = useCallback(() => {
    reloadArticles()
    setVersion((value) => value + 1)
  }, [reloadArticles])

  const triage = useTriage({ client, listed: articles.articles, setSelected, patchTriage, reloadCounts, reloadArticles: reloadAfterMarks, onError: setActionError })

  const lists = useWatchlists(client)
  // The watchlists in force replaced (an import, a save, another window's): read again.
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
      .exportCsvFile({ ...viewInput(view), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone })
      .then((file) => {
        downloadText(file, csvFileName())
        setStatus({ text: `تم التصدير إلى ${csvFileName()}`, tone: 'ok' })
      })
      .catch((err: unknown) => setActionError(`تعذّر التصدير: ${errorText(err)}`))
      .finally(() => setExporting(false))
  }, [client, view, setStatus])

  const markViewRead = useCallback(() => {
    const { sort: _sort, ...input } = viewInput(view)
    client
      .markViewRead(input)
      .then(({ marked }) => {
        setStatus({ text: `عُلِّم مقروءًا: ${marked}`, tone: 'ok' })
        reloadAll()
      })
      .catch((err: unknown) => setActionError(`تعذّر التعليم: ${errorText(err)}`))
  }, [client, view, reloadAll, setStatus])

  // Closing the reader gives focus back to the card it showed, so the keyboard carries on from there.
  const returnFocusTo = useRef<number | null>(null)
  const closeReader = useCallback(() => {
    setSelected((current) => {
      returnFocusTo.current = current?.id ?? null
      return null
    })
  }, [])
  useEffect(() => {
    if (selected !== null || returnFocusTo.current === null) return
    const open = document.querySelector<HTMLElement>(`[data-testid="article-card"][data-article-id="${returnFocusTo.current}"] [data-testid="article-open"]`)
    returnFocusTo.current = null
    open?.focus()
  }, [selected])

  /** Opens an article named by id (a sample in the editor) in the reader. */
  // Two samples opened in quick succession: the reader shows the second, whichever answers last.
  const opening = useNewestOnly()
  const openArticle = useCallback(
    (id: number) => {
      const newest = opening()
      client
        .getArticle({ id })
        .then((article) => newest() && (article ? setSelected(article) : setActionError('لم يعد هذا المقال موجودًا.')))
        .catch((err: unknown) => newest() && setActionError(`تعذّر فتح المقال: ${errorText(err)}`))
    },
    [client, opening],
  )

  // A notice clicked: its one article in the reader, else the flagged timeline it is about.
  useNotices(client, (target) => {
    setEditing(false)
    if ('articleId' in target) openArticle(target.articleId)
    else setView({ ...DEFAULT_VIEW, flaggedOnly: true, watchlistId: 'watchlistId' in target ? target.watchlistId : null })
  })

  const { reload: reloadWatchlists } = lists
  // The status line follows the rescan's own progress events (which may come before the save's answer).
  const editorSaved = useCallback(() => reloadWatchlists(), [reloadWatchlists])
  const error = actionError ?? articles.error
  // First run: no subscriptions and nothing stored yet (removing feeds keeps their articles).
  const firstRun = feeds.feeds?.length === 0 && articles.articles.length === 0 && !isNarrowed(view)

  useShortcuts({
    enabled: !editing && !helpOpen && settingsTab === null,
    articles: articles.articles,
    selected,
    open: triage.open,
    toggle: (article, field) =>
      void triage.toggle(article, field).catch((err: Error) => setActionError(err.message)),
    focusSearch: () => searchRef.current?.focus(),
    toggleFlagged: () => setFlaggedOnly(!flaggedOnly),
    refresh,
    help: () => setHelpOpen(true),
  })

  return (
    <ConventionsContext.Provider value={display.conventions}>
      <div className={`app${selected ? ' app--reading' : ''}`}>
        <a className="skip-link" href="#timeline-main" data-testid="skip-link">
          تخطَّ إلى الخط الزمني
        </a>
        <Header
          flaggedOnly={flaggedOnly}
          onFlaggedOnlyChange={setFlaggedOnly}
          refreshing={refreshing}
          onRefresh={refresh}
          exporting={exporting}
          onExport={exportCsv}
          status={status}
          articleCount={articles.articles.length}
          theme={theme.theme}
          onNextTheme={theme.next}
          onHelp={() => setHelpOpen(true)}
          zone={zoneLabel(Date.now(), display.conventions)}
          onSettings={() => setSettingsTab('notices')}
          onZone={() => setSettingsTab('display')}
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
              counts={counts.counts?.watchlists ?? null}
            />
            <FeedsPanel feeds={feeds.feeds} error={feeds.error} commands={feedCommands} />
          </nav>
          <main className="main" id="timeline-main" tabIndex={-1} aria-label={editing ? "محرر قوائم المراقبة" : "الخط الزمني"}>
            {error && <ErrorBanner message={error} onDismiss={actionError ? () => setActionError(null) : undefined} />}
            {editorOpened && (
              <div hidden={!editing}>
                <WatchlistEditor client={client} inForce={lists.watchlists} onClose={() => setEditing(false)} onSaved={editorSaved} onOpenArticle={openArticle} />
              </div>
            )}
            {editing ? null : firstRun ? (
              <SuggestedFeeds client={client} onSubscribe={feedCommands.subscribeMany} />
            ) : (
              <>
                <ViewBar view={view} onChange={changeView} counts={counts.counts} searchRef={searchRef} onMarkRead={markViewRead} lastLook={lastLook} />
                <Timeline
                  articles={articles.articles}
                  loading={articles.loading}
                  loadingMore={articles.loadingMore}
                  hasMore={articles.hasMore}
                  flaggedOnly={flaggedOnly}
                  filtered={isNarrowed(view)}
                  inOrder={viewInput(view).sort !== 'time'}
                  selectedId={selected?.id ?? null}
                  onOpen={triage.open}
                  onLoadMore={articles.loadMore}
                />
              </>
            )}
          </main>
          {selected && <ReaderPanel
              key={selected.id}
              client={client}
              summary={selected}
              version={version}
              onClose={closeReader}
              watchlists={lists.watchlists}
              onMarked={reloadAfterMarks}
              onTriage={{ save: (change) => triage.save(selected, change), toggle: (field) => triage.toggle(selected, field) }}
            />}
          {helpOpen && <KeyboardHelp onClose={() => setHelpOpen(false)} />}
          {settingsTab !== null && display.display && (
            <SettingsDialog client={client} tab={settingsTab} display={display.display} onDisplayChange={display.change} onClose={() => setSettingsTab(null)} />
          )}
        </div>
      </div>
    </ConventionsContext.Provider>
  )
}
