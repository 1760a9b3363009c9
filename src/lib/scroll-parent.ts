/**
 * The element that scrolls a given element: its nearest ancestor with `overflow-y: auto | scroll`,
 * or the document's scrolling element. The timeline does not own its scroller (the app's layout
 * makes `<main>` scroll, not the window), so it looks it up rather than assume one.
 */
export function scrollParent(element: Element | null): HTMLElement | null {
  for (let el = element?.parentElement ?? null; el; el = el.parentElement) {
    if (/(auto|scroll|overlay)/.test(getComputedStyle(el).overflowY)) return el
  }
  const root = element?.ownerDocument.scrollingElement
  return root instanceof HTMLElement ? root : null
}

/** Where `element` starts inside the scrolled content of `scroller`, in px from its top. */
export function offsetWithin(element: Element, scroller: Element): number {
  return element.getBoundingClientRect().top - scroller.getBoundingClientRect().top - scroller.clientTop + scroller.scrollTop
}
