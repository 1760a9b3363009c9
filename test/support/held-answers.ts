/**
 * An answer held back from the page: the server has handled the call (what it changes is stored)
 * but the page hears of it only when the test releases it. This is how a slow answer on a loaded
 * machine looks, made certain, so a test can show that a late answer undoes nothing the analyst
 * did meanwhile.
 */
import type { Page, Request, Route } from 'playwright-core'

export interface HeldAnswer {
  /** Settles once the server has answered the held call (the page has not heard yet). */
  readonly handled: Promise<void>
  /** Lets the answer through, and settles once the page has received all of it. */
  release(): Promise<void>
}

/**
 * Holds the answer to the page's next call of `op` whose JSON body passes `match`. A test that
 * may end before releasing it removes the route with `page.unrouteAll({ behavior: 'ignoreErrors' })`.
 */
export async function holdAnswer(page: Page, op: string, match: (body: string) => boolean = () => true): Promise<HeldAnswer> {
  const pattern = `**/api/call/${op}`
  let letThrough = (): void => undefined
  const released = new Promise<void>((resolve) => (letThrough = resolve))
  let answered = (): void => undefined
  let failed = (_err: unknown): void => undefined
  const handled = new Promise<void>((resolve, reject) => {
    answered = resolve
    failed = reject
  })
  let held: Request | null = null
  const handler = async (route: Route): Promise<void> => {
    if (held !== null || !match(route.request().postData() ?? '')) return route.fallback()
    held = route.request()
    try {
      const response = await route.fetch()
      answered()
      await released
      await route.fulfill({ response })
    } catch (err) {
      // The server could not be reached, or the page went away (a failed test's reload) while
      // the answer was held: said through `handled`, never an unhandled rejection.
      failed(err)
    }
  }
  await page.route(pattern, handler)
  return {
    handled,
    async release() {
      await handled
      const delivered = page.waitForResponse((response) => response.request() === held)
      letThrough()
      await (await delivered).finished()
      await page.unroute(pattern, handler)
    },
  }
}

/**
 * Lets the page run what an answer it has received set off (its promise callbacks and the render
 * after them): for an answer that should change nothing visible, so there is no state to wait on.
 */
export async function afterPageTurn(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))))
}
