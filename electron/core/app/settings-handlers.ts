/** Contract handler for the database-wide settings: the User-Agent sent to every site, how times and dates are shown, retention and notifications. */
import type { Handlers } from '../contract/dispatch'
import { USER_AGENT } from '../feeds/fetch'
import { retentionCutoff, storageFigures } from '../store/retention'
import { readDisplay, writeDisplay } from '../store/settings-table'
import { changeNotifications, notificationSettingsView } from './notice-handlers'
import { pruneAll } from './retention-job'
import type { MarsadSettings } from '../contract/types'
import type { CoreContext } from './context'

export function settingsHandlers(ctx: CoreContext): Pick<Handlers, 'settings' | 'storage' | 'prune'> {
  return {
    storage: () => {
      const retentionDays = ctx.store.settings.retentionDays()
      return { ...storageFigures(ctx.store.db, retentionCutoff(ctx.store.settings, ctx.now())), retentionDays }
    },
    prune: async () => ({ removed: await pruneAll(ctx.store, ctx.now()) }),
    settings: (input) => {
      const { userAgent, display, retentionDays, notifications, desktop, pollIntervalMinutes } = input
      const { settings } = ctx.store
      const changes = [userAgent, display, retentionDays, notifications, desktop, pollIntervalMinutes].some((part) => part !== undefined)
      if (!changes) return settingsView(ctx)
      // One transaction: the CLI and the app changing settings at once each read what the other wrote.
      const result = ctx.store.transaction(() => {
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
        return settingsView(ctx)
      })
      ctx.emit({ type: 'settingsChanged' })
      return result
    },
  }
}

/** Every setting as it stands. */
function settingsView(ctx: CoreContext): MarsadSettings {
  const { settings } = ctx.store
  return {
    userAgent: settings.userAgent() ?? USER_AGENT,
    defaultUserAgent: USER_AGENT,
    display: readDisplay(settings),
    retentionDays: settings.retentionDays(),
    notifications: notificationSettingsView(ctx),
    desktop: settings.desktopSettings(),
    pollIntervalMinutes: settings.defaultIntervalMinutes(),
  }
}
