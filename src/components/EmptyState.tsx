/** A calm message where a list would be. */
export function EmptyState({ title, hint }: { title: string; hint?: string }) {
  return (
    <div className="empty" data-testid="empty-state">
      <p className="empty__title">{title}</p>
      {hint && <p className="empty__hint">{hint}</p>}
    </div>
  )
}
