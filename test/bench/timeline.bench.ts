/**
 * The timeline with 5,000 articles in headless Chromium: a real SQLite file (rescanned with the
 * default watchlists, so some are flagged) behind `marsad serve`, the built renderer, «المزيد»
 * pressed until 5,000 are loaded. Prints the time per «المزيد», the DOM size, scroll frame times
 * and the renderer's JS heap. Needs the renderer built first (`npx electron-vite build`).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { createService } from '../../electron/core/app/service'
import { Store } from '../../electron/core/store/store'
import { openApp } from '../support/browser'
import { PROJECT_ROOT } from '../support/cli'
import { fixtureArticles } from '../support/feeds'
import { report } from './measure'

const ARTICLES = 5000
const SOURCES = ['المركزية', 'النهار', 'الأخبار', 'عنب بلدي', 'الشرق الأوسط']
/** One article every 20 minutes: 72 a day, about 70 day headings. */
const SPACING_MS = 20 * 60_000
const SCROLL_STEPS = 120
const SCROLL_STEP_PX = 200
const MB = 1024 * 1024

async function buildDatabase(dir: string): Promise<{ db: string; flagged: number }> {
  const db = join(dir, 'marsad.sqlite')
  const texts = fixtureArticles().map((a) => ({ title: a.title, body: a.body }))
  const now = Date.now()
  const store = Store.open(db)
  const feeds = SOURCES.map((name, i) => store.feeds.add(`https://bench${i}.example/rss`, name, now))
  store.transaction(() => {
    for (let i = 0; i < ARTICLES; i++) {
      const text = texts[i % texts.length]
      const feed = feeds[i % feeds.length]
      store.articles.insert({
        feedId: feed.id,
        source: feed.name,
        guid: `bench-${i}`,
        url: `https://bench${i % feeds.length}.example/${i}`,
        // A distinct title per article, as the store would keep one copy of the same text.
        title: `${text.title} (${i})`,
        body: text.body,
        publishedAt: now - i * SPACING_MS,
        publishedGuessed: i % 23 === 0,
        fetchedAt: now,
      })
    }
  })
  // Without subscriptions `marsad serve` polls nothing (no reloads mid-measurement); articles stay.
  for (const feed of feeds) store.feeds.remove(feed.id)
  store.close()
  // The service installs the default watchlists; the rescan flags what they match.
  const service = createService({ dbPath: db })
  await service.call('rescan', {})
  await service.whenIdle()
  const flagged = ((await service.call('listArticles', { flaggedOnly: true, limit: ARTICLES })) as unknown[]).length
  service.close()
  return { db, flagged }
}

/** Marks the nearest ancestor of the timeline that scrolls, for the measurements below to find. */
async function markScroller(page: Page): Promise<void> {
  await page.evaluate(() => {
    let el = document.querySelector('[data-testid="timeline"]')
    while (el && !/(auto|scroll)/.test(getComputedStyle(el).overflowY)) el = el.parentElement
    ;(el ?? document.documentElement).setAttribute('data-bench-scroller', '')
  })
}

const loadedCount = async (page: Page): Promise<number> =>
  Number(/\d+/.exec(await page.locator('[data-testid="article-count"]').innerText())?.[0] ?? 0)

interface Press {
  /** Click to the frame after the new articles are listed. */
  readonly ms: number
  /** Of which waiting for the listArticles request (the server's share). */
  readonly requestMs: number
}

/**
 * Scrolls to the end, presses «المزيد», and times until the frame after `target` articles are
 * listed. (No named functions inside page.evaluate: tsx would wrap them in a helper the page lacks.)
 */
async function pressMore(page: Page, target: number): Promise<Press> {
  return page.evaluate(async (target) => {
    const el = document.querySelector('[data-bench-scroller]') as HTMLElement
    const counter = document.querySelector('[data-testid="article-count"]') as HTMLElement
    el.scrollTop = el.scrollHeight
    for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve))
    performance.clearResourceTimings()
    const start = performance.now()
    ;(document.querySelector('[data-testid="load-more"]') as HTMLButtonElement).click()
    // Checked in each frame before layout; the timeout runs once that frame is laid out and painted.
    while (Number(/\d+/.exec(counter.textContent ?? '')?.[0] ?? 0) < target) await new Promise((resolve) => requestAnimationFrame(resolve))
    await new Promise((resolve) => setTimeout(resolve, 0))
    const ms = performance.now() - start
    const request = performance.getEntriesByType('resource').find((entry) => entry.name.includes('listArticles')) as PerformanceResourceTiming | undefined
    return { ms, requestMs: request ? request.responseEnd - request.startTime : NaN }
  }, target)
}

/** Scrolls down SCROLL_STEPS times, one step per frame, from the top; returns the frame intervals. */
async function scrollFrames(page: Page): Promise<number[]> {
  return page.evaluate(
    async ({ steps, step }) => {
      const el = document.querySelector('[data-bench-scroller]') as HTMLElement
      el.scrollTop = 0
      for (let i = 0; i < 10; i++) await new Promise((resolve) => requestAnimationFrame(resolve))
      const times: number[] = []
      let last = await new Promise<number>((resolve) => requestAnimationFrame(resolve))
      for (let i = 0; i < steps; i++) {
        el.scrollTop += step
        const now = await new Promise<number>((resolve) => requestAnimationFrame(resolve))
        times.push(now - last)
        last = now
      }
      return times
    },
    { steps: SCROLL_STEPS, step: SCROLL_STEP_PX },
  )
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

export async function benchTimeline(): Promise<void> {
  if (!existsSync(join(PROJECT_ROOT, 'out/renderer/index.html'))) {
    report('timeline, 5,000 articles', 'skipped', 'build the renderer first: npx electron-vite build')
    return
  }
  const dir = mkdtempSync(join(tmpdir(), 'marsad-bench-timeline-'))
  const { db, flagged } = await buildDatabase(dir)
  const app = await openApp(db, { width: 1280, height: 900 })
  try {
    const { page } = app
    await page.locator('[data-testid="article-card"]').first().waitFor()
    await markScroller(page)
    const presses: Press[] = []
    for (let loaded = await loadedCount(page); loaded < ARTICLES; loaded = await loadedCount(page)) {
      presses.push(await pressMore(page, Math.min(ARTICLES, loaded + 500)))
    }
    const loaded = await loadedCount(page)
    const share = (press: Press | undefined) => `of which ${press?.requestMs.toFixed(0)} ms waiting for the server`
    const median = percentile(presses.map((press) => press.ms), 50).toFixed(0)
    report('timeline «المزيد», first press', `${presses[0]?.ms.toFixed(0)} ms`, `500 → 1,000 articles, ${share(presses[0])}`)
    report('timeline «المزيد», last press', `${presses.at(-1)?.ms.toFixed(0)} ms`, `${share(presses.at(-1))}; ${presses.length} presses, median ${median} ms, ${loaded} loaded`)

    const cdp = await page.context().newCDPSession(page)
    const dom = await page.evaluate(() => {
      const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL)
      let nodes = 0
      while (walker.nextNode()) nodes++
      return { elements: document.querySelectorAll('*').length, nodes, cards: document.querySelectorAll('[data-testid="article-card"]').length }
    })
    report('timeline DOM at 5,000 articles', `${dom.nodes} nodes`, `${dom.elements} elements, ${dom.cards} cards in the DOM; ${flagged} of the articles flagged`)

    // Frame intervals are whole vsyncs (16.7 ms at best); the main thread's busy time says how close to the edge.
    await cdp.send('Performance.enable')
    const busy = async () => ((await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0
    const busyBefore = await busy()
    const frames = await scrollFrames(page)
    const busyPerFrame = ((await busy()) - busyBefore) * 1000 / frames.length
    const f = (ms: number) => ms.toFixed(1)
    report(
      'timeline scroll, ms/frame',
      `${f(percentile(frames, 50))} median`,
      `p95 ${f(percentile(frames, 95))}, max ${f(Math.max(...frames))} over ${SCROLL_STEPS} steps of ${SCROLL_STEP_PX} px; main thread busy ${f(busyPerFrame)} ms/frame`,
    )

    await cdp.send('HeapProfiler.collectGarbage')
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number }
    report('timeline renderer JS heap', `${(heap.usedSize / MB).toFixed(1)} MB`, `after GC, ${(heap.totalSize / MB).toFixed(1)} MB allocated`)
  } finally {
    await app.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
