import { describe, expect, it } from 'vitest'
import { NotificationDigest } from '../../../electron/core/monitor/notification-digest'

const hit = (id: number, watchlists: string[]) => ({ id, title: `خبر ${id}`, source: 'المركزية', watchlists })
const names = (id: string): string => ({ ct: 'مكافحة الإرهاب', intel: 'تعاون استخباراتي' })[id] ?? id

describe('notification digest', () => {
  it('folds forty hits of one poll into one notification', () => {
    const digest = new NotificationDigest(60_000, () => new Set(['ct']))
    digest.add({ type: 'newHits', articles: Array.from({ length: 40 }, (_, i) => hit(i + 1, ['ct'])) })
    const notice = digest.take(1_000_000, names)
    expect(notice?.title).toContain('40')
    expect(notice?.articleId).toBe(40)
    expect(digest.take(1_000_001, names)).toBeUndefined()
  })

  it('waits out the interval, then shows what queued meanwhile', () => {
    const digest = new NotificationDigest(60_000, () => new Set(['ct', 'intel']))
    digest.add({ type: 'newHits', articles: [hit(1, ['ct'])] })
    expect(digest.take(0, names)?.body).toBe('المركزية: خبر 1')
    digest.add({ type: 'newHits', articles: [hit(2, ['intel'])] })
    expect(digest.take(30_000, names)).toBeUndefined()
    expect(digest.take(60_000, names)?.title).toBe('مرصد — تعاون استخباراتي')
  })

  it('ignores hits on watchlists with notify off', () => {
    const digest = new NotificationDigest(0, () => new Set(['ct']))
    digest.add({ type: 'newHits', articles: [hit(1, ['intel'])] })
    expect(digest.take(0, names)).toBeUndefined()
  })
})
