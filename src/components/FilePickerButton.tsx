import { useRef, type ReactNode } from 'react'

interface Props {
  readonly children: ReactNode
  readonly accept: string
  readonly onFile: (file: File) => void
  readonly disabled?: boolean
  /** data-testids of the button and of its hidden file input (tests set files on the input). */
  readonly testId: string
  readonly inputTestId: string
}

/** A button that opens the file chooser; the chosen file is handed over once, then forgotten. */
export function FilePickerButton({ children, accept, onFile, disabled, testId, inputTestId }: Props) {
  const input = useRef<HTMLInputElement>(null)
  return (
    <>
      <button type="button" className="button button--small" data-testid={testId} disabled={disabled} onClick={() => input.current?.click()}>
        {children}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        data-testid={inputTestId}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0]
          // Cleared so choosing the same file again fires a change too.
          event.currentTarget.value = ''
          if (file) onFile(file)
        }}
      />
    </>
  )
}
