import { splitHighlights, type Span } from '../lib/highlight'

/** Text with its matched words in <mark>; everything is a React text node, never HTML. */
export function Highlighted({ text, spans }: { text: string; spans: readonly Span[] }) {
  return (
    <>
      {splitHighlights(text, spans).map((piece, index) =>
        piece.marked ? <mark key={index}>{piece.text}</mark> : <span key={index}>{piece.text}</span>,
      )}
    </>
  )
}
