import { useCallback, useEffect, useMemo, useState } from 'react'
import type { ErrorDetail } from '../../../electron/core/contract/types'
import type { MarsadClient } from '../../api/client'
import { arabicErrorText, errorText } from '../../lib/errors'
import { draftColor, fromFile, newWatchlist, placeError, replaceWatchlist, setsOf, toFile, type Draft, type ErrorPlace } from '../../lib/watchlist-draft'
import { HistoryPane } from './HistoryPane'
import { TermSetsEditor } from './TermSetsEditor'
import { TryItPane } from './TryItPane'
import { WatchlistForm } from './WatchlistForm'
import { SETS_PAGE, WatchlistList } from './WatchlistList'

interface Props {
  readonly client: MarsadClient
  readonly onClose: () => void
  /** The draft was saved: the watchlists in force changed and the archive is being rescanned. */
  readonly onSaved: (count: number) => void
  readonly onOpenArticle: (id: number) => void
}

type Tool = 'try' | 'history'

interface Placed extends ErrorPlace {
  readonly text: string
}

/** The watchlist editor: the draft's lists and term sets, with "try it" and "in history" beside them; saved all at once. */
export function WatchlistEditor({ client, onClose, onSaved, onOpenArticle }: Props) {
  const [saved, setSaved] = useState<Draft | null>(null)
  const [draft, setDraftState] = useState<Draft | null>(null)
  const [selected, setSelected] = useState<string | null>(null)
  const [tool, setTool] = useState<Tool>('try')
  const [placed, setPlaced] = useState<Placed | null>(null)
  const [message, setMessage] = useState<{ text: string; tone: 'ok' | 'error' } | null>(null)
  const [saving, setSaving] = useState(false)

  const load = useCallback(() => {
    client
      .getWatchlists({})
      .then((file) => {
        const loaded = fromFile(file)
        setSaved(loaded)
        setDraftState(loaded)
        setSelected((key) => (key === SETS_PAGE ? key : (loaded.watchlists[0]?.key ?? SETS_PAGE)))
        setPlaced(null)
      })
      .catch((err: unknown) => setMessage({ text: `تعذّر تحميل قوائم المراقبة: ${errorText(err)}`, tone: 'error' }))
  }, [client])
  useEffect(load, [load])

  const setDraft = useCallback((next: Draft) => {
    setDraftState(next)
    setPlaced(null)
    setMessage(null)
  }, [])

  const fileJson = useMemo(() => (draft ? JSON.stringify(toFile(draft)) : ''), [draft])
  const setsJson = useMemo(() => (draft ? JSON.stringify(setsOf(draft)) : '{}'), [draft])
  const dirty = useMemo(() => saved !== null && fileJson !== JSON.stringify(toFile(saved)), [saved, fileJson])

  const place = useCallback(
    (err: unknown, select: boolean) => {
      const detail = (err as { detail?: ErrorDetail }).detail
      if (!detail || !draft) return
      const where = placeError(draft, detail)
      setPlaced({ ...where, text: arabicErrorText(detail) })
      if (select && (where.watchlistKey || where.setKey)) setSelected(where.watchlistKey ?? SETS_PAGE)
    },
    [draft],
  )
  const onRefused = useCallback((err: unknown) => place(err, false), [place])

  const save = () => {
    if (!draft) return
    setSaving(true)
    setMessage(null)
    client
      .setWatchlists(toFile(draft) as never)
      .then((result) => {
        setSaved(draft)
        setMessage({ text: 'حُفظت قوائم المراقبة، ويُعاد فحص الأرشيف بها.', tone: 'ok' })
        onSaved(result.watchlists)
      })
      .catch((err: unknown) => {
        setMessage({ text: `لم تُحفظ المسودة: ${errorText(err)}`, tone: 'error' })
        place(err, true)
      })
      .finally(() => setSaving(false))
  }

  const discard = () => {
    if (!saved) return
    setDraft(saved)
    if (!saved.watchlists.some((w) => w.key === selected)) setSelected(saved.watchlists[0]?.key ?? SETS_PAGE)
  }

  const current = draft?.watchlists.find((w) => w.key === selected)
  const inForm = placed && (placed.watchlistKey === current?.key || (selected === SETS_PAGE && placed.setKey)) ? placed : null

  return (
    <section className="editor" data-testid="watchlist-editor" aria-labelledby="editor-heading">
      <header className="editor__bar">
        <h2 className="editor__heading" id="editor-heading">
          تحرير قوائم المراقبة
        </h2>
        {dirty && (
          <span className="editor__dirty" data-testid="editor-dirty">
            تعديلات غير محفوظة
          </span>
        )}
        <div className="editor__actions">
          <button type="button" className="button button--primary" data-testid="editor-save" disabled={!draft || saving || !dirty} onClick={save}>
            {saving ? 'جارٍ الحفظ…' : 'حفظ'}
          </button>
          <button type="button" className="button" data-testid="editor-discard" disabled={!dirty || saving} onClick={discard}>
            تجاهل التغييرات
          </button>
          <button type="button" className="button" data-testid="editor-close" onClick={onClose}>
            {dirty ? 'إغلاق (تبقى المسودة)' : 'إغلاق'}
          </button>
        </div>
      </header>
      {message && (
        <p className={message.tone === 'error' ? 'editor__message editor__message--error' : 'editor__message'} role={message.tone === 'error' ? 'alert' : 'status'} data-testid="editor-message">
          {message.text}
        </p>
      )}
      {draft && (
        <div className="editor__body">
          <WatchlistList
            draft={draft}
            selected={selected}
            onSelect={setSelected}
            withError={placed?.watchlistKey}
            onToggle={(key, enabled) => {
              const w = draft.watchlists.find((x) => x.key === key)
              if (w) setDraft(replaceWatchlist(draft, { ...w, enabled }))
            }}
            onAdd={() => {
              const added = newWatchlist(draft)
              setDraft({ ...draft, watchlists: [...draft.watchlists, added] })
              setSelected(added.key)
            }}
          />
          <div className="editor__main">
            {selected === SETS_PAGE ? (
              <TermSetsEditor client={client} draft={draft} setsJson={setsJson} onChange={setDraft} error={inForm} />
            ) : current ? (
              <WatchlistForm
                key={current.key}
                client={client}
                watchlist={current}
                color={draftColor(draft, current.key)}
                setsJson={setsJson}
                error={inForm}
                onChange={(next) => setDraft(replaceWatchlist(draft, next))}
                onDelete={() => {
                  const rest = draft.watchlists.filter((w) => w.key !== current.key)
                  setDraft({ ...draft, watchlists: rest })
                  setSelected(rest[0]?.key ?? SETS_PAGE)
                }}
              />
            ) : (
              <p className="panel__empty">لا قوائم في المسودة. أنشئ قائمة جديدة.</p>
            )}
          </div>
          <div className="editor__tools">
            <div className="view-toggle" role="tablist" aria-label="أدوات المسودة">
              <button type="button" role="tab" className="view-toggle__option" data-testid="tool-try" aria-selected={tool === 'try'} onClick={() => setTool('try')}>
                جرّبها
              </button>
              <button
                type="button"
                role="tab"
                className="view-toggle__option"
                data-testid="tool-history"
                aria-selected={tool === 'history'}
               
                onClick={() => setTool('history')}
              >
                في الأرشيف
              </button>
            </div>
            <div hidden={tool !== 'try'} role="tabpanel">
              <TryItPane client={client} fileJson={fileJson} onRefused={onRefused} />
            </div>
            <div hidden={tool !== 'history'} role="tabpanel">
              <HistoryPane client={client} fileJson={fileJson} onOpenArticle={onOpenArticle} onRefused={onRefused} />
            </div>
          </div>
        </div>
      )}
    </section>
  )
}
