/**
 * Long synchronous jobs (matching a megabyte article, reading a large OPML file) are written once,
 * as generators that yield where they may stop; these run them: straight through, or letting the
 * event loop in at every stop so other contract calls, timers and I/O are not kept waiting.
 * Pure of I/O and of every other core area: any layer may use it.
 */

/**
 * Lets the event loop run before going on. setImmediate, not a resolved promise: microtasks alone
 * would never let I/O in.
 */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

/** Runs a stepped job to its end in one go and returns its result. */
export function runSteps<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/** Runs a stepped job to its end, awaiting `pause` (the event loop, by default) at each stop. */
export async function runStepsPausing<T>(steps: Generator<unknown, T>, pause: () => Promise<void> = yieldToEventLoop): Promise<T> {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
    await pause()
  }
}
