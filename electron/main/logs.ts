/**
 * The desktop app's log: a file in the user's log folder (electron-log), rotated past LOG_MAX_BYTES
 * to one .old.log beside it, so a month of running never fills a disk. What goes in: the app
 * starting and stopping, the core failing, feeds failing (in English, as the CLI says them),
 * notices shown, sleep and wake. «عرض السجلات» in the menu opens its folder.
 */
import log from 'electron-log/main'
import { shell } from 'electron'
import type { MarsadEvent } from '../core/contract/types'
import { englishMessage } from '../core/errors/english'

export const LOG_MAX_BYTES = 5 * 1024 * 1024

export type Log = Pick<typeof log, 'info' | 'warn' | 'error'>

export function startLogging(): Log {
  log.transports.file.maxSize = LOG_MAX_BYTES
  log.transports.file.level = 'info'
  // Uncaught errors and unhandled rejections of the main process go to the file too.
  log.errorHandler.startCatching({ showDialog: false })
  return log
}

/** What of the core's events is worth a line: failures and notices, not every poll. */
export function logEvent(logger: Log, event: MarsadEvent): void {
  if (event.type === 'pollProgress' && event.phase === 'failed') logger.warn(`feed ${event.feedId} failed: ${englishMessage(event.error)}`)
  else if (event.type === 'notice') logger.info(`notice ${event.notice.id}: ${event.notice.reason}, ${event.notice.count} hit(s), ${event.notice.watchlists.map((w) => w.id).join(', ')}`)
  else if (event.type === 'pollBusy') logger.info(`poll skipped: ${event.holder.kind} ${event.holder.pid} on ${event.holder.host} holds the lease`)
}

/** Shows the log file in the system's file manager. */
export function showLogs(): void {
  shell.showItemInFolder(log.transports.file.getFile().path)
}
