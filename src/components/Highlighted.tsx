import { useMemo } from 'react'
import { displaySafe } from '../../electron/core/text/controls'
import { splitColoredHighlights, splitHighlights, type ColoredPiece, type ColoredSpan } from '../lib/highlight'
import { markStyle } from '../lib/mark-style'

/**
 * Text with its matched words in <mark>; everything is a React text node, never HTML. Each piece
 * is made display-safe after the split (the spans are offsets into the text as stored), so a
 * feed's bidi override or control character never reaches the screen. Spans that carry a colour
 * (their watchlist's) are marked in it (see mark-style.ts).
 */
export function Highlighted({ text, spans }: { text: string; spans: readonly ColoredSpan[] }) {
  // Cut once per text and spans (a long pasted text with thousands of spans is not cut at every render).
  const colored = spans.some((span) => span?.color)
  const pieces = useMemo<readonly ColoredPiece[]>(() => (colored ? splitColoredHighlights(text, spans) : splitHighlights(text, spans)), [colored, text, spans])
  if (!colored) {
    return (
      <>
        {pieces.map((piece, index) =>
          piece.marked ? <mark key={index}>{displaySafe(piece.text)}</mark> : <span key={index}>{displaySafe(piece.text)}</span>,
        )}
      </>
    )
  }
  return (
    <>
      {pieces.map((piece, index) =>
        piece.marked ? (
          <mark key={index} style={markStyle(piece.color)} data-color={piece.color}>
            {displaySafe(piece.text)}
          </mark>
        ) : (
          <span key={index}>{displaySafe(piece.text)}</span>
        ),
      )}
    </>
  )
}
