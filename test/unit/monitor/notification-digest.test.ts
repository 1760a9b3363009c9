import { describe, expect, it } from 'vitest'
import { NotificationDigest } from '../../../electron/core/monitor/notification-digest'

const ct = { id: 'ct', name: 'مكافحة الإرهاب', notify: true }
const intel = { id: 'intel', name: 'تعاون استخباراتي', notify: true }
const quiet = { id: 'quiet', name: 'قائمة صامتة', notify: false }
const hit = (id: number, watchlists: (typeof ct)[]) => ({ id, title: `خبر ${id}`, source: 'المركزية', watchlists })

describe('notification digest', () => {
  it('folds forty hits of one poll into one notification', () => {
    const digest = new NotificationDigest(60_000)
    digest.add({ type: 'newHits', articles: Array.from({ length: 40 }, (_, i) => hit(i + 1, [ct])) })
    const notice = digest.take(1_000_000)
    expect(notice?.title).toContain('40')
    expect(notice?.articleId).toBe(40)
    expect(digest.take(1_000_001)).toBeUndefined()
  })

  it('waits out the interval, then shows what queued meanwhile', () => {
    const digest = new NotificationDigest(60_000)
    digest.add({ type: 'newHits', articles: [hit(1, [ct])] })
    expect(digest.take(0)?.body).toBe('المركزية: خبر 1')
    digest.add({ type: 'newHits', articles: [hit(2, [intel])] })
    expect(digest.take(30_000)).toBeUndefined()
    expect(digest.take(60_000)?.title).toBe('مرصد — تعاون استخباراتي')
  })

  it('ignores hits on watchlists with notify off, and leaves them out of the notice', () => {
    const digest = new NotificationDigest(0)
    digest.add({ type: 'newHits', articles: [hit(1, [quiet])] })
    expect(digest.take(0)).toBeUndefined()
    digest.add({ type: 'newHits', articles: [hit(2, [quiet, ct])] })
    expect(digest.take(1)?.title).toBe('مرصد — مكافحة الإرهاب')
  })

  it('shows names and titles from feeds without their bidi overrides or control characters', () => {
    const digest = new NotificationDigest(0)
    const hostile = { id: 'h', name: 'قائمة \u202Eمقلوبة', notify: true }
    digest.add({ type: 'newHits', articles: [{ id: 1, title: 'عاجل\u001B[2J اعتقال', source: 'Hostile \u202EFeed', watchlists: [hostile] }] })
    const notice = digest.take(0)
    expect(notice?.title).toBe('مرصد — قائمة مقلوبة')
    expect(notice?.body).toBe('Hostile Feed: عاجل [2J اعتقال')
  })
})
