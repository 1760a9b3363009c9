/** The notice clock in a running Marsad: a database that fails never fails the poll that announced the hits. */
import { describe, expect, it, vi } from 'vitest'
import type { CoreContext } from '../../../electron/core/app/context'
import { NoticeJob } from '../../../electron/core/app/notice-job'
import { DEFAULT_NOTICE_SETTINGS } from '../../../electron/core/notify/notice-settings'

describe('NoticeJob', () => {
  it('swallows a database that refuses to queue (busy, closing): the poll that announced the hits goes on', () => {
    const emit = vi.fn()
    const busy = (): never => {
      throw new Error('SQLITE_BUSY: database is locked')
    }
    const ctx = {
      store: { notices: { known: busy, waiting: busy }, settings: { noticeSettings: () => DEFAULT_NOTICE_SETTINGS, get: () => undefined }, transaction: busy },
      matcher: () => ({ watchlists: [] }),
      now: () => 0,
      emit,
    } as unknown as CoreContext
    const job = new NoticeJob(ctx)
    const stop = job.start()
    try {
      expect(() => job.receive({ type: 'newHits', articles: [{ id: 1, title: 'أ', source: 'ب', watchlists: [{ id: 'ct', name: 'ت', notify: true, score: 3 }] }] })).not.toThrow()
      expect(emit).not.toHaveBeenCalled()
    } finally {
      stop()
    }
  })
})
