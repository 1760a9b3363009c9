/**
 * Exposes the contract to the sandboxed renderer as window.marsad: one generic call and an event
 * subscription, and that it is the desktop app. No Node, no ipcRenderer, nothing else crosses the bridge.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { CALL_CHANNEL, EVENT_CHANNEL } from './channels'

contextBridge.exposeInMainWorld('marsad', {
  // The shell shows notices itself: the window does not raise them again.
  desktop: true,
  call: (op: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(CALL_CHANNEL, String(op), input),
  onEvent: (listener: (event: unknown) => void): (() => void) => {
    const handler = (_e: IpcRendererEvent, event: unknown): void => listener(event)
    ipcRenderer.on(EVENT_CHANNEL, handler)
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, handler)
  },
})
