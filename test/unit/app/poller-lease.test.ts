/**
 * The poller beside another poller of its database: a poll on demand is refused naming the
 * holder, a scheduled tick skips its round and says so once, and nothing is fetched meanwhile.
 * The other poller is a lease taken directly in the store; no feed is ever reached.
 */
import { hostname } from 'node:os'
import { afterEach, describe, expect, it } from 'vitest'
import type { CoreContext } from '../../../electron/core/app/context'
import { Poller } from '../../../electron/core/app/poller'
import type { MarsadEvent } from '../../../electron/core/contract/types'
import { MarsadError } from '../../../electron/core/errors/marsad-error'
import { Matcher } from '../../../electron/core/rules/matcher'
import { openDatabase } from '../../../electron/core/store/database'
import { Store } from '../../../electron/core/store/store'

const T0 = Date.UTC(2025, 0, 6, 8, 0)
/** Another poller in this very process (so its pid is alive), e.g. the app's scheduler. */
const OTHER = { token: 'other', kind: 'app', pid: process.pid, host: hostname() } as const

const stores: Store[] = []
afterEach(() => stores.splice(0).forEach((s) => s.close()))

function setup() {
  const store = new Store(openDatabase(':memory:'))
  stores.push(store)
  const events: MarsadEvent[] = []
  const ctx = {
    store,
    matcher: () => new Matcher([]),
    emit: (event: MarsadEvent) => void events.push(event),
    now: () => T0,
  } satisfies Partial<CoreContext>
  return { store, events, poller: new Poller(ctx as unknown as CoreContext, 'cli') }
}

/** The error a rejected promise carries. */
async function rejection(promise: Promise<unknown>): Promise<MarsadError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(err).toBeInstanceOf(MarsadError)
  return err as MarsadError
}

describe('a poller whose database another poller is polling', () => {
  it('refuses a poll on demand with poll.busy, naming the holder, and fetches nothing', async () => {
    const { store, poller } = setup()
    const feed = store.feeds.add('http://127.0.0.1:9/never.xml', 'لن يُجلب', T0)
    store.pollLease.acquire(OTHER, T0 - 60_000)
    const expected = { code: 'poll.busy', kind: 'app', pid: process.pid, host: hostname(), since: T0 - 60_000 }
    expect((await rejection(poller.refresh())).detail).toEqual(expected)
    expect((await rejection(poller.refresh(feed.id))).detail).toEqual(expected)
    expect(store.feeds.get(feed.id)?.lastCheckedAt).toBeNull()
  })

  it('skips scheduled rounds, announcing the holder once, and polls nothing', async () => {
    const { store, events, poller } = setup()
    const feed = store.feeds.add('http://127.0.0.1:9/never.xml', 'لن يُجلب', T0)
    store.pollLease.acquire(OTHER, T0)
    await poller.tick()
    await poller.tick()
    await poller.tick()
    expect(events).toEqual([{ type: 'pollBusy', holder: { kind: 'app', pid: process.pid, host: hostname(), since: T0 } }])
    expect(store.feeds.get(feed.id)?.lastCheckedAt).toBeNull()
    // Still due: the next tick after the other poller is done polls it.
    expect(store.feeds.due(T0).map((f) => f.id)).toEqual([feed.id])
  })

  it('polls once the other gives the lease back, and gives it back in turn', async () => {
    const { store, poller } = setup()
    store.pollLease.acquire(OTHER, T0)
    await rejection(poller.refresh())
    store.pollLease.release(OTHER.token)
    expect(await poller.refresh()).toEqual([])
    expect(store.pollLease.holder()).toBeNull()
  })

  it('gives the lease back when closed', async () => {
    const { store, poller } = setup()
    // A poll in flight holds the lease: the refresh's first step is synchronous, before its first await.
    const polling = poller.refresh()
    expect(store.pollLease.holder()).toMatchObject({ kind: 'cli', pid: process.pid })
    poller.close()
    expect(store.pollLease.holder()).toBeNull()
    await polling
    expect(store.pollLease.holder()).toBeNull()
  })
})
