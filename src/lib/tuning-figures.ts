/** Figures the watchlist editor shows: scores, and precision and recall as percentages. */

/** A score as people read it: at most two decimals, no trailing zeros (2, 1.5, 0.33). */
export function formatScore(value: number): string {
  return String(Number(value.toFixed(2)))
}

/** A ratio as a whole percentage (67٪), or a dash when there is nothing to measure it on. */
export function formatRatio(value: number | null): string {
  return value === null ? '—' : `${Math.round(value * 100)}٪`
}
