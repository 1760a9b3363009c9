import { useEffect, useState } from 'react'

/** A number saved when it is left (not at every keystroke), and only when valid. */
export function NumberField(props: { label: string; testId: string; value: number; min: number; max: number; step: number; disabled?: boolean; className?: string; onCommit: (value: number) => void }) {
  const [text, setText] = useState(String(props.value))
  useEffect(() => setText(String(props.value)), [props.value])
  const commit = () => {
    const value = Number(text)
    if (text.trim() !== '' && Number.isFinite(value) && value >= props.min && value <= props.max && value !== props.value) props.onCommit(value)
    else setText(String(props.value))
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
