/**
 * Exposes the contract to the sandboxed renderer as window.marsad: one generic call and an event
 * subscription. No Node, no ipcRenderer, nothing else crosses the bridge.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { CALL_CHANNEL, EVENT_CHANNEL } from './channels'

contextBridge.exposeInMainWorld('marsad', {
  call: (op: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(CALL_CHANNEL, String(op), input),
  onEvent: (listener: (event: unknown) => void): (() => void) => {
    const handler = (_e: IpcRendererEvent, event: unknown): void => listener(event)
    ipcRenderer.on(EVENT_CHANNEL, handler)
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, handler)
  },
})
