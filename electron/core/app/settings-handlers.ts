/** Contract handler for the database-wide settings (today: the User-Agent sent to every site). */
import type { Handlers } from '../contract/dispatch'
import { USER_AGENT } from '../feeds/fetch'
import type { CoreContext } from './context'

export function settingsHandlers(ctx: CoreContext): Pick<Handlers, 'settings'> {
  return {
    settings: ({ userAgent }) => {
      if (userAgent !== undefined) ctx.store.settings.setUserAgent(userAgent)
      return { userAgent: ctx.store.settings.userAgent() ?? USER_AGENT, defaultUserAgent: USER_AGENT }
    },
  }
}
