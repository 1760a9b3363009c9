/** A <dialog> shown modal while its component is mounted; on unmount, focus goes back to what had it. */
import { useEffect, useRef } from 'react'

export function useModalDialog() {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const before = document.activeElement as HTMLElement | null
    if (!dialog.open) dialog.showModal()
    return () => before?.focus({ preventScroll: true })
  }, [])
  return ref
}
