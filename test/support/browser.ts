/** The system's Chromium driven by playwright-core: no browser download, headless, no network chatter. */
import { readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { delimiter, join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { builtRendererDir } from '../../electron/cli/serve'
import type { MarsadService } from '../../electron/core/app/service'
import { startServer } from '../../electron/server/server'
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
  /** Closes the browser, then stops the server; fails if it did not stop cleanly. */
  close(): Promise<void>
}

/**
 * `marsad serve` on a database, a real process, and the renderer open in headless Chromium, in
 * Arabic. close() stops serve with SIGTERM and fails unless it ended with exit code 0. Its
 * scheduler runs as a user's would: every 30 s it polls the feeds that are due.
 */
export async function openApp(db: string, viewport: { width: number; height: number }): Promise<OpenApp> {
  return openWith(
    startServe(db).then((serve) => ({
      url: serve.url,
      stop: async () => {
        const exit = await serve.stop()
        if (exit.code !== 0) throw new Error(`marsad serve did not end cleanly on SIGTERM: ${JSON.stringify(exit)}, stderr: ${serve.process.stderr()}`)
      },
    })),
    viewport,
  )
}

/**
 * The server `marsad serve` runs (startServer, the same renderer build), in this process on the
 * test's own service, and without the scheduler: every poll is one the test asked for through the
 * UI, so counts (of articles, of failed attempts) do not depend on how slowly the test runs.
 */
export async function openAppInProcess(service: MarsadService, viewport: { width: number; height: number }): Promise<OpenApp> {
  return openWith(
    startServer({ service, rendererDir: builtRendererDir() }).then((server) => ({ url: server.url, stop: () => server.close() })),
    viewport,
  )
}

async function openWith(starting: Promise<{ url: string; stop(): Promise<void> }>, viewport: { width: number; height: number }): Promise<OpenApp> {
  // Server and browser start at once: neither needs the other until the page is opened.
  const [server, browser] = await Promise.allSettled([starting, launchChromium()])
  if (server.status === 'rejected' || browser.status === 'rejected') {
    if (server.status === 'fulfilled') await server.value.stop()
    if (browser.status === 'fulfilled') await browser.value.close()
    throw server.status === 'rejected' ? server.reason : (browser as PromiseRejectedResult).reason
  }
  const close = async (): Promise<void> => {
    await browser.value.close()
    await server.value.stop()
  }
  try {
    const page = await browser.value.newPage({ viewport, locale: 'ar' })
    await page.goto(server.value.url)
    return { page, close }
  } catch (err) {
    await close().catch(() => {})
    throw err
  }
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** axe-core's serious and critical findings on the page as it is (evaluated over CDP: the page's CSP forbids inline script). */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE)
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`)
  })
}
