/** Contract handlers for notifications: the history, and the settings' notifications part (read and changed). */
import type { Handlers } from '../contract/dispatch'
import type { ValidatedInput } from '../contract/operations'
import type { NotificationSettings } from '../contract/types'
import { policyOf, type NoticeSettings, type WatchlistNoticePolicy } from '../notify/notice-settings'
import { MarsadError } from '../errors/marsad-error'
import type { CoreContext } from './context'

export function noticeHandlers(ctx: CoreContext): Pick<Handlers, 'noticeHistory'> {
  return {
    noticeHistory: ({ limit, beforeId }) => ctx.store.notices.history(limit, beforeId),
  }
}

type NotificationsInput = NonNullable<ValidatedInput<'settings'>['notifications']>

/** Applies a settings call's notifications part to the stored settings. */
export function changeNotifications(ctx: CoreContext, change: NotificationsInput): void {
  const { settings } = ctx.store
  // A misspelt id would set a policy nothing reads: refused, naming it.
  const known = new Set(ctx.matcher().watchlists.map((w) => w.id))
  const unknown = Object.keys(change.watchlists ?? {}).find((id) => !known.has(id))
  if (unknown !== undefined) throw new MarsadError({ code: 'watchlist.not_found', id: unknown })
  const current = settings.noticeSettings()
  const watchlists: Record<string, Partial<WatchlistNoticePolicy>> = { ...current.watchlists }
  for (const [id, policy] of Object.entries(change.watchlists ?? {})) {
    if (policy === null) delete watchlists[id]
    else watchlists[id] = { ...watchlists[id], ...policy }
  }
  const next: NoticeSettings = {
    pausedUntil: change.pausedUntil === undefined ? current.pausedUntil : change.pausedUntil,
    quietHours: change.quietHours === undefined ? current.quietHours : change.quietHours,
    watchlists,
  }
  settings.setNoticeSettings(next)
}

/** The notifications as they stand, for every watchlist in force. */
export function notificationSettingsView(ctx: CoreContext): NotificationSettings {
  const stored = ctx.store.settings.noticeSettings()
  return {
    pausedUntil: stored.pausedUntil,
    quietHours: stored.quietHours,
    watchlists: ctx.matcher().watchlists.map((w) => ({ id: w.id, name: w.name, ...policyOf(stored, w) })),
  }
}
