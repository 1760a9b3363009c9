/**
 * The colours a watchlist without its own (`color` in the watchlist file) is highlighted in, by
 * its position in the file. One list for the core (which puts the colour on the views it sends)
 * and the renderer (whose editor shows the colour a new or changed draft watchlist will take), so
 * both always agree. Imports nothing: the renderer may run it (test/unit/renderer/boundary.test.ts).
 * Light enough that dark text reads on each, and apart from each other for the common kinds of
 * colour blindness as far as eight colours can be.
 */
export const WATCHLIST_PALETTE: readonly string[] = ['#fde047', '#93c5fd', '#fca5a5', '#86efac', '#f0abfc', '#fdba74', '#5eead4', '#c4b5fd']

/** The watchlist's own colour when it has one, else the palette's for its position (wrapping round). */
export function watchlistColor(color: string | undefined | null, position: number): string {
  if (color) return color.toLowerCase()
  const n = WATCHLIST_PALETTE.length
  return WATCHLIST_PALETTE[((position % n) + n) % n]
}
