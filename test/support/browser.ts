/** The system's Chromium driven by playwright-core: no browser download, headless, no network chatter. */
import { statSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { startServe } from './cli'

/** The names distributions give Chromium (and Chrome), in order of preference. */
export const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']

/** The first of `names` found as an executable file in a folder of `pathVariable` (PATH's syntax). */
export function findOnPath(names: readonly string[], pathVariable: string): string | undefined {
  const folders = pathVariable.split(delimiter).filter(Boolean)
  for (const name of names) {
    for (const folder of folders) {
      const file = join(folder, name)
      try {
        const stat = statSync(file)
        // Any execute bit: a stray non-executable file of that name is not a browser.
        if (stat.isFile() && (stat.mode & 0o111) !== 0) return file
      } catch {
        // not in this folder
      }
    }
  }
  return undefined
}

/**
 * MARSAD_CHROMIUM if set, else Chromium found on PATH: no install location is written into the
 * repository (it differs between distributions, CI images and machines). On Windows or macOS,
 * where the browser is not on PATH under these names, set MARSAD_CHROMIUM.
 */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.MARSAD_CHROMIUM) return env.MARSAD_CHROMIUM
  const found = findOnPath(CHROMIUM_NAMES, env.PATH ?? '')
  if (!found) throw new Error(`no Chromium on PATH (looked for ${CHROMIUM_NAMES.join(', ')}): install it or set MARSAD_CHROMIUM`)
  return found
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
}

export interface OpenApp {
  readonly page: Page
  close(): Promise<void>
}

/** `marsad serve` on a database and the renderer open in headless Chromium, in Arabic. */
export async function openApp(db: string, viewport: { width: number; height: number }): Promise<OpenApp> {
  const serve = await startServe(db)
  const browser = await launchChromium()
  const page = await browser.newPage({ viewport, locale: 'ar' })
  await page.goto(serve.url)
  return {
    page,
    close: async () => {
      await browser.close()
      if (serve.child.pid) process.kill(-serve.child.pid, 'SIGTERM')
    },
  }
}
