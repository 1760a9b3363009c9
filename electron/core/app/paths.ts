/** Where Marsad keeps its data and finds its bundled resources, without asking Electron. */
import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const APP_DIR_NAME = 'Marsad'
export const DB_FILE_NAME = 'marsad.sqlite'

/** The per-user data directory, the same one Electron's app.getPath('userData') gives Marsad. */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_DIR_NAME)
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_DIR_NAME)
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_DIR_NAME)
}

export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.MARSAD_DB ?? join(userDataDir(env), DB_FILE_NAME)
}

/** The resources/ folder: next to the sources in a checkout, or next to the bundle when built. */
export function resourcesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'resources')
    if (existsSync(join(candidate, 'watchlists.json'))) return candidate
    dir = dirname(dir)
  }
  return resolve('resources')
}

export function defaultWatchlistsPath(): string {
  return join(resourcesDir(), 'watchlists.json')
}
