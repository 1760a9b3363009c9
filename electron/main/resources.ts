/** Where the app's resources are: the installed app's resources folder, or the checkout's resources/. */
import { app } from 'electron'
import { join } from 'node:path'

export function resourcePath(...parts: string[]): string {
  return app.isPackaged ? join(process.resourcesPath, 'resources', ...parts) : join(app.getAppPath(), 'resources', ...parts)
}
