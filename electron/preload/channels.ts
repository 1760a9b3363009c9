/** IPC channel names shared by the preload and the main process. */
export const CALL_CHANNEL = 'marsad:call'
export const EVENT_CHANNEL = 'marsad:event'
