import { useDraft } from '../../hooks/useDraft'

/** A number saved when it is left (not at every keystroke), and only when valid; typing is kept while a save answers. */
export function NumberField(props: { label: string; testId: string; value: number; min: number; max: number; step: number; disabled?: boolean; className?: string; onCommit: (value: number) => void }) {
  const [text, setText] = useDraft(String(props.value))
  const commit = () => {
    const value = Number(text)
    if (text.trim() !== '' && Number.isFinite(value) && value >= props.min && value <= props.max && value !== props.value) {
      // Written as the stored value will be ("030" as "30"), so the field follows later changes.
      setText(String(value))
      props.onCommit(value)
    } else setText(String(props.value))
  }
  return (
    <input
      type="number"
      dir="ltr"
      className={`field__input field__input--number ${props.className ?? ''}`}
      aria-label={props.label}
      data-testid={props.testId}
      min={props.min}
      max={props.max}
      step={props.step}
      disabled={props.disabled}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
    />
  )
}
