import type { Theme } from '../hooks/useTheme'
import type { PollStatus } from '../lib/poll-status'

const THEME_LABELS: Readonly<Record<Theme, string>> = { system: 'المظهر: تلقائي', light: 'المظهر: فاتح', dark: 'المظهر: داكن' }

interface Props {
  readonly flaggedOnly: boolean
  readonly onFlaggedOnlyChange: (value: boolean) => void
  readonly refreshing: boolean
  readonly onRefresh: () => void
  readonly exporting: boolean
  readonly onExport: () => void
  readonly status: PollStatus | null
  readonly articleCount: number
  readonly theme: Theme
  readonly onNextTheme: () => void
  readonly onHelp: () => void
  /** The zone times are shown in, with its offset («Asia/Beirut +02:00»). */
  readonly zone: string
  /** Opens the settings (at the notifications). */
  readonly onSettings: () => void
  /** Opens the settings at the zone and calendar (the zone label is its button). */
  readonly onZone: () => void
}

export function Header({ flaggedOnly, onFlaggedOnlyChange, refreshing, onRefresh, exporting, onExport, status, articleCount, theme, onNextTheme, onHelp, zone, onSettings, onZone }: Props) {
  return (
    <header className="header">
      <div className="header__brand">
        <h1 className="header__name">مرصد</h1>
        <span className="header__tagline">رصد الأخبار الأمنية</span>
      </div>
      <div className="header__controls">
        <label className="toggle">
          <input
            type="checkbox"
            data-testid="flagged-toggle"
            checked={flaggedOnly}
            onChange={(event) => onFlaggedOnlyChange(event.target.checked)}
          />
          <span>المُعلَّمة فقط</span>
        </label>
        <button type="button" className="button button--primary" data-testid="refresh-button" disabled={refreshing} onClick={onRefresh}>
          {refreshing ? 'جارٍ التحديث…' : 'تحديث الآن'}
        </button>
        <button
          type="button"
          className="button"
          data-testid="export-button"
          disabled={exporting}
          onClick={onExport}
          title="تصدير ما يعرضه الخط الزمني (البحث والتصفية) إلى ملف CSV"
        >
          {exporting ? 'جارٍ التصدير…' : 'تصدير CSV'}
        </button>
        <button type="button" className="button button--small" data-testid="theme-button" data-theme-choice={theme} onClick={onNextTheme}>
          {THEME_LABELS[theme]}
        </button>
        <button type="button" className="button button--small" data-testid="settings-button" onClick={onSettings}>
          الإعدادات
        </button>
        <button type="button" className="button button--small" data-testid="keys-button" aria-label="مفاتيح الاختصار" title="مفاتيح الاختصار (?)" onClick={onHelp}>
          ⌨
        </button>
      </div>
      <div className="header__status">
        <p className={`status status--${status?.tone ?? 'idle'}`} data-testid="poll-status" role="status" aria-live="polite">
          {status?.text ?? 'بانتظار التحديث التالي'}
        </p>
        <button type="button" className="header__zone" data-testid="display-button" title="الأوقات معروضة بهذه المنطقة الزمنية؛ اضغط لتغييرها" onClick={onZone}>
          التوقيت: <bdi dir="ltr" data-testid="zone-label">{zone}</bdi>
        </button>
        <span className="header__count" data-testid="article-count">
          المعروض: {articleCount}
        </span>
      </div>
    </header>
  )
}
