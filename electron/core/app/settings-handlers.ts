/** Contract handler for the database-wide settings: the User-Agent sent to every site, how times and dates are shown, retention and notifications. */
import type { Handlers } from '../contract/dispatch'
import { USER_AGENT } from '../feeds/fetch'
import { retentionCutoff, storageFigures } from '../store/retention'
import { readDisplay, writeDisplay } from '../store/settings-table'
import { changeNotifications, notificationSettingsView } from './notice-handlers'
import { pruneAll } from './retention-job'
import type { CoreContext } from './context'

export function settingsHandlers(ctx: CoreContext): Pick<Handlers, 'settings' | 'storage' | 'prune'> {
  return {
    storage: () => {
      const retentionDays = ctx.store.settings.retentionDays()
      return { ...storageFigures(ctx.store.db, retentionCutoff(ctx.store.settings, ctx.now())), retentionDays }
    },
    prune: async () => ({ removed: await pruneAll(ctx.store, ctx.now()) }),
    settings: ({ userAgent, display, retentionDays, notifications, desktop, pollIntervalMinutes }) => {
      const { settings } = ctx.store
      // First: it may refuse (an unknown watchlist), and then nothing else is changed either.
      if (notifications !== undefined) changeNotifications(ctx, notifications)
      if (userAgent !== undefined) settings.setUserAgent(userAgent)
      if (retentionDays !== undefined) settings.setRetentionDays(retentionDays)
      if (display !== undefined) {
        const current = readDisplay(settings)
        writeDisplay(settings, {
          timeZone: display.timeZone === undefined ? current.timeZone : display.timeZone,
          hijri: display.hijri ?? current.hijri,
          monthNames: display.monthNames ?? current.monthNames,
          digits: display.digits ?? current.digits,
          theme: display.theme ?? current.theme,
        })
      }
      if (desktop !== undefined) settings.setDesktopSettings({ ...settings.desktopSettings(), ...desktop })
      if (pollIntervalMinutes !== undefined) settings.setDefaultIntervalMinutes(pollIntervalMinutes)
      if ([userAgent, display, retentionDays, notifications, desktop, pollIntervalMinutes].some((part) => part !== undefined)) ctx.emit({ type: 'settingsChanged' })
      return {
        userAgent: settings.userAgent() ?? USER_AGENT,
        defaultUserAgent: USER_AGENT,
        display: readDisplay(settings),
        retentionDays: settings.retentionDays(),
        notifications: notificationSettingsView(ctx),
        desktop: settings.desktopSettings(),
        pollIntervalMinutes: settings.defaultIntervalMinutes(),
      }
    },
  }
}
