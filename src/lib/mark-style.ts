/**
 * How a highlight shows its watchlist's colour. Colours are the analyst's (any #rrggbb, dark ones
 * too), so the text never sits on the colour itself: the background is a light tint of it and a
 * line under the words carries the colour at full strength. Set through the style object (CSSOM),
 * which the content security policy allows.
 */
export function markStyle(color: string | undefined): { backgroundColor: string; boxShadow: string } | undefined {
  if (!color) return undefined
  // Tinted toward the page's surface: light in the light theme, dark in the dark one.
  return { backgroundColor: `color-mix(in srgb, ${color} 40%, var(--surface))`, boxShadow: `inset 0 -3px 0 ${color}` }
}
