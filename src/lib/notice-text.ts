/**
 * How a notice reads, in Arabic: the desktop notification (the main process shows it), the
 * browser's (serve mode), and the history's lines. Names and titles come from feeds and files, so
 * they are shown with their direction overrides and controls made harmless.
 */
import type { NoticeView } from '../../electron/core/contract/types'
import { displaySafe } from '../../electron/core/text/controls'

/** «إصابة جديدة», «إصابتان جديدتان», «٣ إصابات جديدة», «١٢ إصابة جديدة» (Arabic's counted noun). */
export function newHitsText(count: number): string {
  if (count === 1) return 'إصابة جديدة'
  if (count === 2) return 'إصابتان جديدتان'
  const mod100 = count % 100
  // 11–99 take the accusative singular, 100, 101… the genitive: «إصابة» is spelled alike in both.
  return mod100 >= 3 && mod100 <= 10 ? `${count} إصابات جديدة` : `${count} إصابة جديدة`
}

const names = (notice: NoticeView): string => notice.watchlists.map((w) => displaySafe(w.name)).join('، ')

/** The notification's title and body. */
export function noticeText(notice: NoticeView): { title: string; body: string } {
  const { article } = notice
  if (article !== null) return { title: `مرصد — ${names(notice)}`, body: `${displaySafe(article.source)}: ${displaySafe(article.title)}` }
  if (notice.reason === 'combined') return { title: `مرصد — ${newHitsText(notice.count)}`, body: `في ${names(notice)}` }
  const why = notice.reason === 'digest' ? 'ملخّص دوري' : notice.reason === 'after_quiet' ? 'وصلت خلال ساعات الهدوء' : 'وصلت دفعة واحدة'
  return { title: `مرصد — ${newHitsText(notice.count)} في ${names(notice)}`, body: why }
}

/** Where clicking a notice takes the analyst: its one article, its watchlist's flagged timeline, or every flagged article. */
export type NoticeTarget = { readonly articleId: number } | { readonly watchlistId: string } | { readonly flagged: true }

export function noticeTarget(notice: NoticeView): NoticeTarget {
  if (notice.article !== null) return { articleId: notice.article.id }
  if (notice.watchlists.length === 1) return { watchlistId: notice.watchlists[0].id }
  return { flagged: true }
}

const REASONS: Readonly<Record<NoticeView['reason'], string>> = {
  immediate: 'فور وصولها',
  burst: 'دفعة واحدة بدل إشعار لكل مقال',
  digest: 'ملخّص دوري',
  after_quiet: 'بعد انتهاء ساعات الهدوء',
  combined: 'قوائم عدّة في إشعار واحد',
  quiet_hours: 'ساعات الهدوء',
  digest_wait: 'بانتظار الملخّص الدوري',
  paused: 'الإشعارات متوقفة مؤقتًا',
  off: 'أوقفت إشعارات القائمة',
}

const OUTCOMES: Readonly<Record<NoticeView['outcome'], string>> = { shown: 'أُرسل', held: 'مؤجَّل', dropped: 'لم يُرسل' }

/** A history entry's parts: what happened, to what, and why. */
export function historyParts(notice: NoticeView): { outcome: string; what: string; why: string } {
  const what = notice.article !== null ? `${displaySafe(notice.article.source)}: ${displaySafe(notice.article.title)}` : `${newHitsText(notice.count)} في ${names(notice)}`
  return { outcome: OUTCOMES[notice.outcome], what, why: REASONS[notice.reason] }
}

/** «مقال مُعلَّم غير مقروء», «مقالان …», «3 مقالات …», «12 مقالاً …», «100 مقال …» (the tray's and the badge's count). */
export function unreadFlaggedText(count: number): string {
  if (count === 0) return 'لا مقالات مُعلَّمة غير مقروءة'
  if (count === 1) return 'مقال مُعلَّم غير مقروء'
  if (count === 2) return 'مقالان مُعلَّمان غير مقروءين'
  const mod100 = count % 100
  if (mod100 >= 3 && mod100 <= 10) return `${count} مقالات مُعلَّمة غير مقروءة`
  // 100, 101, 102, 1000…: the noun follows a hundred or a thousand in the genitive singular.
  if (count >= 100 && mod100 <= 2) return `${count} مقال مُعلَّم غير مقروء`
  return `${count} مقالاً مُعلَّماً غير مقروء`
}

/**
 * Linux notification daemons read a body as markup: a feed's «<b>» or «<a href>» would be
 * rendered, and a bare & or < can blank the whole body. Escaped, it shows as written.
 */
export function withoutMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
