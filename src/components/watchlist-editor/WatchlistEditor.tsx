import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { ErrorDetail, WatchlistView } from '../../../electron/core/contract/types'
import { displaySafe } from '../../../electron/core/text/controls'
import type { MarsadClient } from '../../api/client'
import { useLeavePrompt } from '../../hooks/useLeavePrompt'
import { arabicErrorText, errorText } from '../../lib/errors'
import {
  draftColor,
  draftJson,
  duplicateSetKeys,
  fromFile,
  newWatchlist,
  placeError,
  replaceWatchlist,
  setsOf,
  toFile,
  type Draft,
  type ErrorPlace,
} from '../../lib/watchlist-draft'
import { HistoryPane } from './HistoryPane'
import { TermSetsEditor } from './TermSetsEditor'
import { TryItPane } from './TryItPane'
import { WatchlistForm } from './WatchlistForm'
import { SETS_PAGE, WatchlistList } from './WatchlistList'

interface Props {
  readonly client: MarsadClient
  /**
   * The watchlists in force as the app last read them: a new value (after an import from the side
   * panel, a save, a change made elsewhere) makes the editor read its saved
   * copy again.
   */
  readonly inForce: readonly WatchlistView[] | null
  readonly onClose: () => void
  /** The draft was saved: the watchlists in force changed and the archive is being rescanned. */
  readonly onSaved: (count: number) => void
  readonly onOpenArticle: (id: number) => void
}

type Tool = 'try' | 'history'

interface Placed extends ErrorPlace {
  readonly text: string
}

/** A save refused because the watchlists in force changed since the editor read them. */
class OutOfDate extends Error {}

/** The watchlist editor: the draft's lists and term sets, with "try it" and "in history" beside them; saved all at once. */
export function WatchlistEditor({ client, inForce, onClose, onSaved, onOpenArticle }: Props) {
  /** The watchlists in force the draft started from (its "unsaved changes" are against this). */
  const [saved, setSaved] = useState<Draft | null>(null)
  const [draft, setDraftState] = useState<Draft | null>(null)
  /** The watchlists in force, read again after they changed while the draft had unsaved changes. */
  const [incoming, setIncoming] = useState<Draft | null>(null)
  const [selected, setSelected] = useState<string | null>(null)
  const [tool, setTool] = useState<Tool>('try')
  const [placed, setPlaced] = useState<Placed | null>(null)
  const [message, setMessage] = useState<{ text: string; tone: 'ok' | 'error' } | null>(null)
  const [saving, setSaving] = useState(false)

  // The latest of each, for answers that arrive after a render.
  const savedRef = useRef(saved)
  savedRef.current = saved
  const draftRef = useRef(draft)
  draftRef.current = draft
  /** draftJson of what this editor saved last: its own save, read back, is not someone else's change. */
  const sentRef = useRef<string | null>(null)
  /** Reads of the saved copy, so that only the newest answer is taken. */
  const readsRef = useRef(0)

  /** Takes `fresh` as both the saved copy and the draft (keys kept, so open forms stay). */
  const adopt = useCallback((fresh: Draft) => {
    setSaved(fresh)
    setDraftState(fresh)
    setIncoming(null)
    setPlaced(null)
    setSelected((key) => (key === SETS_PAGE || fresh.watchlists.some((w) => w.key === key) ? key : (fresh.watchlists[0]?.key ?? SETS_PAGE)))
  }, [])

  /**
   * Reads the watchlists in force. Taken at once when the draft has no unsaved changes (or is what
   * is now in force); otherwise the draft stays and the editor says the lists changed under it.
   */
  const reread = useCallback(() => {
    const read = ++readsRef.current
    client
      .getWatchlists({})
      .then((file) => {
        if (read !== readsRef.current) return
        const [base, current] = [savedRef.current, draftRef.current]
        const fresh = fromFile(file, current ?? undefined)
        const json = draftJson(fresh)
        if (base && json === draftJson(base)) return setIncoming(null)
        if (!base || !current || json === draftJson(current)) return adopt(fresh)
        if (json === sentRef.current) {
          // This editor's own save, typed on since: the saved copy moves on, the draft stays.
          setSaved(fresh)
          return setIncoming(null)
        }
        if (draftJson(current) === draftJson(base)) {
          adopt(fresh)
          return setMessage({ text: 'تغيّرت قوائم المراقبة المعمول بها (باستيراد ملف أو حفظ من مكان آخر)، فحُمّلت في المحرر.', tone: 'ok' })
        }
        setIncoming(fresh)
      })
      .catch((err: unknown) => setMessage({ text: `تعذّر تحميل قوائم المراقبة: ${errorText(err)}`, tone: 'error' }))
  }, [client, adopt])
  // On opening, and whenever the app read the watchlists in force again.
  useEffect(reread, [reread, inForce])

  const setDraft = useCallback((next: Draft) => {
    setDraftState(next)
    setPlaced(null)
    setMessage(null)
  }, [])

  const fileJson = useMemo(() => (draft ? JSON.stringify(toFile(draft)) : ''), [draft])
  const setsJson = useMemo(() => (draft ? JSON.stringify(setsOf(draft)) : '{}'), [draft])
  const dirty = useMemo(() => saved !== null && draft !== null && draftJson(draft) !== draftJson(saved), [saved, draft])
  const duplicates = useMemo(() => (draft ? duplicateSetKeys(draft) : new Set<string>()), [draft])
  const duplicateNames = draft ? [...new Set(draft.sets.filter((s) => duplicates.has(s.key)).map((s) => s.name))] : []
  const inForceIds = useMemo(() => new Set(saved?.watchlists.map((w) => w.id)), [saved])
  useLeavePrompt(dirty)

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
    if (!draft || !saved || duplicates.size > 0 || incoming) return
    const sent = draft
    setSaving(true)
    setMessage(null)
    client
      .getWatchlists({})
      .then((file) => {
        // Not saved over watchlists that changed since the editor read them (an import it has not
        // heard of yet): the analyst chooses first.
        const now = draftJson(fromFile(file))
        if (now !== draftJson(saved) && now !== sentRef.current) {
          setIncoming(fromFile(file, draftRef.current ?? undefined))
          throw new OutOfDate()
        }
        return client.setWatchlists(toFile(sent) as never)
      })
      .then((result) => {
        sentRef.current = draftJson(sent)
        setSaved(sent)
        setMessage({ text: 'حُفظت قوائم المراقبة، ويُعاد فحص الأرشيف بها.', tone: 'ok' })
        onSaved(result.watchlists)
        // Read back as the core stored it (names and queries trimmed).
        reread()
      })
      .catch((err: unknown) => {
        if (err instanceof OutOfDate) {
          setMessage({ text: 'لم تُحفظ المسودة: تغيّرت قوائم المراقبة المعمول بها منذ حُمّلت في المحرر.', tone: 'error' })
          return
        }
        setMessage({ text: `لم تُحفظ المسودة: ${errorText(err)}`, tone: 'error' })
        place(err, true)
      })
      .finally(() => setSaving(false))
  }

  const discard = () => {
    if (!saved) return
    // Back to the watchlists in force: the newer copy when they changed meanwhile.
    if (incoming) return adopt(incoming)
    setDraft(saved)
    if (!saved.watchlists.some((w) => w.key === selected) && selected !== SETS_PAGE) setSelected(saved.watchlists[0]?.key ?? SETS_PAGE)
  }

  const current = draft?.watchlists.find((w) => w.key === selected)
  const inForm = placed && (placed.watchlistKey === current?.key || (selected === SETS_PAGE && placed.setKey)) ? placed : null
  const blocked = duplicateNames.length > 0

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
          <button
            type="button"
            className="button button--primary"
            data-testid="editor-save"
            disabled={!draft || saving || !dirty || blocked || incoming !== null}
            onClick={save}
          >
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
      {incoming && (
        <div className="editor__stale" role="alert" data-testid="editor-stale">
          <p>
            تغيّرت قوائم المراقبة المعمول بها بعد أن بدأت هذه المسودة (باستيراد ملف أو بحفظ من نافذة أخرى). مسودتك باقية كما هي، لكن حفظها يمحو ذلك التغيير،
            فلن تُحفظ حتى تختار:
          </p>
          <div className="editor__stale-actions">
            <button type="button" className="button button--primary" data-testid="editor-reload" onClick={() => adopt(incoming)}>
              تجاهل مسودتي وحمّل القوائم المعمول بها
            </button>
            <button
              type="button"
              className="button"
              data-testid="editor-keep"
              onClick={() => {
                // The draft is now measured against the lists in force: saving replaces them, knowingly.
                setSaved(incoming)
                setIncoming(null)
                setMessage(null)
              }}
            >
              أبقِ مسودتي لأحفظها مكانها
            </button>
          </div>
        </div>
      )}
      {message && (
        <p className={message.tone === 'error' ? 'editor__message editor__message--error' : 'editor__message'} role={message.tone === 'error' ? 'alert' : 'status'} data-testid="editor-message">
          {message.text}
        </p>
      )}
      {blocked && (
        <p className="editor__message editor__message--error" role="alert" data-testid="editor-blocked">
          لا تُحفظ المسودة: اسم مكرّر لأكثر من مجموعة مصطلحات ({duplicateNames.map((name) => `«${displaySafe(name)}»`).join('، ')})، وفي الملف تحلّ إحداها محل الأخرى
          فتضيع أعضاؤها. غيّر الاسم في «مجموعات المصطلحات».
        </p>
      )}
      {draft && (
        <div className="editor__body">
          <WatchlistList
            draft={draft}
            selected={selected}
            onSelect={setSelected}
            withError={placed?.watchlistKey}
            setsWithError={blocked || Boolean(placed?.setKey)}
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
              <TermSetsEditor client={client} draft={draft} setsJson={setsJson} onChange={setDraft} error={inForm} duplicates={duplicates} />
            ) : current ? (
              <WatchlistForm
                key={current.key}
                client={client}
                watchlist={current}
                color={draftColor(draft, current.key)}
                setsJson={setsJson}
                error={inForm}
                inForce={inForceIds.has(current.id)}
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
              <button type="button" role="tab" className="view-toggle__option" data-testid="tool-history" aria-selected={tool === 'history'} onClick={() => setTool('history')}>
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
