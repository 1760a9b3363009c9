/**
 * Lets the event loop run before going on: timers, I/O and other contract calls get their turn
 * between the pieces of a long job (matching a feed's items, rescanning the archive).
 * setImmediate, not a resolved promise: microtasks alone would never let I/O in.
 */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))
