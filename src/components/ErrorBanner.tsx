/** A failed call, in words the analyst can act on (the core's messages are safe to show). */
export function ErrorBanner({ message, onDismiss }: { message: string; onDismiss?: () => void }) {
  return (
    <div className="error-banner" data-testid="error-banner" role="alert">
      <span>{message}</span>
      {onDismiss && (
        <button type="button" className="error-banner__close" aria-label="إخفاء" onClick={onDismiss}>
          ×
        </button>
      )}
    </div>
  )
}
