/**
 * The settings as stored, read when a settings form opens and again whenever they change
 * elsewhere (the tray's pause, another window, serve's other page): a form never shows a
 * setting that is no longer so.
 *
 * Reads and saves can answer out of order (a read set off by `settingsChanged` may come back
 * after a newer save): every call takes a number when it is sent, and an answer older than what
 * is shown is dropped, so a late answer never puts back a setting the analyst has just changed.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { OperationInput } from '../../electron/core/contract/operations'
import type { MarsadSettings } from '../../electron/core/contract/types'
import type { MarsadClient } from '../api/client'
import { errorText } from '../lib/errors'

export interface StoredSettings {
  readonly settings: MarsadSettings | null
  /**
   * Saves a change and shows what the server kept. `shownAtOnce` is shown while it is sent; if
   * the save fails, what was shown before comes back and the settings are read again (the
   * promise still rejects, for the message).
   */
  readonly save: (input: OperationInput<'settings'>, shownAtOnce?: MarsadSettings) => Promise<MarsadSettings>
  readonly readError: string | null
}

export function useStoredSettings(client: MarsadClient): StoredSettings {
  const [settings, setSettings] = useState<MarsadSettings | null>(null)
  const [readError, setReadError] = useState<string | null>(null)
  const sent = useRef(0)
  const shown = useRef(0)
  const live = useRef(true)
  const current = useRef<MarsadSettings | null>(null)
  const show = useCallback((ticket: number, next: MarsadSettings) => {
    if (!live.current || ticket < shown.current) return
    shown.current = ticket
    current.current = next
    setSettings(next)
  }, [])
  const read = useCallback(() => {
    const ticket = ++sent.current
    client
      .settings({})
      .then((s) => show(ticket, s))
      .catch((err: unknown) => live.current && setReadError(`تعذّرت قراءة الإعدادات: ${errorText(err)}`))
  }, [client, show])
  useEffect(() => {
    live.current = true
    read()
    const unsubscribe = client.subscribe((event) => event.type === 'settingsChanged' && read())
    return () => {
      live.current = false
      unsubscribe()
    }
  }, [client, read])
  const save = useCallback(
    async (input: OperationInput<'settings'>, shownAtOnce?: MarsadSettings) => {
      const before = current.current
      if (shownAtOnce) show(++sent.current, shownAtOnce)
      const ticket = ++sent.current
      try {
        const saved = await client.settings(input)
        show(ticket, saved)
        return saved
      } catch (err) {
        // Unless something newer is shown already; the read then says what is stored, if it can.
        if (shownAtOnce && before && shown.current === ticket - 1) show(++sent.current, before)
        read()
        throw err
      }
    },
    [client, show, read],
  )
  return { settings, save, readError }
}
