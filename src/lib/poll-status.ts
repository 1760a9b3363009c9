/**
 * One-line Arabic descriptions of polling, for the status line under the header. Counts are
 * written as «جديد: 3» rather than in running prose, which sidesteps Arabic number agreement.
 */
import type { PollBusyEvent, PollProgressEvent, PollReport, RescanProgressEvent } from '../../electron/core/contract/types'
import { displaySafe } from '../../electron/core/text/controls'
import { arabicErrorText } from './errors'

export type PollStatusTone = 'idle' | 'busy' | 'ok' | 'error'

export interface PollStatus {
  readonly text: string
  readonly tone: PollStatusTone
}

export function describePollEvent(event: PollProgressEvent): PollStatus {
  const name = `«${displaySafe(event.name)}»`
  switch (event.phase) {
    case 'started':
      return { text: `جارٍ جلب ${name}…`, tone: 'busy' }
    case 'done':
      return { text: `اكتمل جلب ${name} — جديد: ${event.newArticles} · مُعلَّم: ${event.newHits}`, tone: 'ok' }
    case 'failed':
      return { text: `تعذّر جلب ${name}: ${arabicErrorText(event.error)}`, tone: 'error' }
  }
}

export function describeRefresh(reports: readonly PollReport[]): PollStatus {
  if (reports.length === 0) return { text: 'لا مصادر للتحديث', tone: 'idle' }
  const sum = (pick: (report: PollReport) => number): number => reports.reduce((total, report) => total + pick(report), 0)
  const failed = reports.filter((report) => !report.ok).length
  const parts = [
    `اكتمل التحديث — المصادر: ${reports.length}`,
    `جديد: ${sum((report) => report.newArticles)}`,
    `مُعلَّم: ${sum((report) => report.newHits)}`,
  ]
  if (failed > 0) parts.push(`أخطاء: ${failed}`)
  return { text: parts.join(' · '), tone: failed > 0 ? 'error' : 'ok' }
}

/** A scheduled poll skipped because another Marsad (the CLI, a server) is polling this database. */
export function describePollBusy(event: PollBusyEvent): PollStatus {
  return { text: `تأجّل الجلب المجدول: ${arabicErrorText({ code: 'poll.busy', ...event.holder })}`, tone: 'idle' }
}

/** The watchlists were saved and none matches differently (a rename, a colour): the archive keeps its flags. */
export function describeWatchlistsKept(): PollStatus {
  return { text: 'حُفظت قوائم المراقبة — لم يتغيّر ما تُعلِّمه، فلا حاجة لإعادة فحص الأرشيف', tone: 'ok' }
}

/** Re-evaluating the archive after a watchlist change: «إعادة فحص الأرشيف: 500 / 2000». */
export function describeRescanEvent(event: RescanProgressEvent): PollStatus {
  const counts = `${event.done} / ${event.total} · مُعلَّم: ${event.flagged}`
  switch (event.phase) {
    case 'running':
      return { text: `إعادة فحص الأرشيف بقوائم المراقبة الجديدة: ${counts}`, tone: 'busy' }
    case 'done':
      return { text: `اكتملت إعادة فحص الأرشيف — ${counts}`, tone: 'ok' }
    case 'cancelled':
      return { text: `أُلغيت إعادة فحص الأرشيف عند ${counts}`, tone: 'idle' }
  }
}
