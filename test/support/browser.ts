/** Debian's Chromium driven by playwright-core: no browser download, headless, no network chatter. */
import { chromium, type Browser, type Page } from 'playwright-core'
import { startServe } from './cli'

export const CHROMIUM_PATH = process.env.MARSAD_CHROMIUM ?? '/usr/bin/chromium'

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
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
