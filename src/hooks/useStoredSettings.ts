/**
 * The settings as stored, read when a settings form opens and again whenever they change
 * elsewhere (the tray's pause, another window, serve's other page): a form never shows a
 * setting that is no longer so.
 */
import { useEffect, useState } from 'react'
import type { MarsadSettings } from '../../electron/core/contract/types'
import type { MarsadClient } from '../api/client'
import { errorText } from '../lib/errors'

export function useStoredSettings(client: MarsadClient): {
  readonly settings: MarsadSettings | null
  readonly setSettings: (settings: MarsadSettings) => void
  readonly readError: string | null
} {
  const [settings, setSettings] = useState<MarsadSettings | null>(null)
  const [readError, setReadError] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    const read = (): void =>
      void client
        .settings({})
        .then((s) => live && setSettings(s))
        .catch((err: unknown) => live && setReadError(`تعذّرت قراءة الإعدادات: ${errorText(err)}`))
    read()
    const unsubscribe = client.subscribe((event) => event.type === 'settingsChanged' && read())
    return () => {
      live = false
      unsubscribe()
    }
  }, [client])
  return { settings, setSettings, readError }
}
