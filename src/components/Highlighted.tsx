import { displaySafe } from '../../electron/core/text/controls'
import { splitHighlights, type Span } from '../lib/highlight'

/**
 * Text with its matched words in <mark>; everything is a React text node, never HTML. Each piece
 * is made display-safe after the split (the spans are offsets into the text as stored), so a
 * feed's bidi override or control character never reaches the screen.
 */
export function Highlighted({ text, spans }: { text: string; spans: readonly Span[] }) {
  return (
    <>
      {splitHighlights(text, spans).map((piece, index) =>
        piece.marked ? <mark key={index}>{displaySafe(piece.text)}</mark> : <span key={index}>{displaySafe(piece.text)}</span>,
      )}
    </>
  )
}
