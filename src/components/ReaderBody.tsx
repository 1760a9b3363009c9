import { useMemo, useState } from 'react'
import type { ArticleDetail } from '../../electron/core/contract/types'
import { coloredFieldHighlights } from '../lib/article-hits'
import { shiftSpans } from '../lib/highlight'
import { splitParagraphs } from '../lib/paragraphs'
import { hasReadableText, sanitizeArticleHtml } from '../lib/sanitize'
import { ArticleHtml, browserPurifier } from './ArticleHtml'
import { Highlighted } from './Highlighted'

type View = 'highlighted' | 'formatted'

/**
 * The article text. By default the plain text with the matched words in <mark>: the matches
 * point into that text. When the feed gave HTML, a toggle shows it formatted (sanitized).
 */
export function ReaderBody({ article }: { article: ArticleDetail }) {
  const [view, setView] = useState<View>('highlighted')
  // Sanitized only when asked for: parsing feed HTML makes Chromium log (and block) every inline
  // style and handler against the CSP, and most articles are read highlighted.
  const canFormat = Boolean(article.contentHtml?.trim())

  return (
    <>
      {canFormat && (
        <div className="reader__view-bar">
          <div className="view-toggle" role="group" aria-label="طريقة عرض النص" data-testid="reader-view-toggle">
            <button
              type="button"
              className="view-toggle__option"
              data-testid="reader-view-highlighted"
              aria-pressed={view === 'highlighted'}
              onClick={() => setView('highlighted')}
            >
              النص مع الإبرازات
            </button>
            <button
              type="button"
              className="view-toggle__option"
              data-testid="reader-view-formatted"
              aria-pressed={view === 'formatted'}
              onClick={() => setView('formatted')}
            >
              النص المنسّق
            </button>
          </div>
        </div>
      )}
      {canFormat && view === 'formatted' ? <FormattedBody contentHtml={article.contentHtml ?? ''} /> : <HighlightedBody article={article} />}
    </>
  )
}

function FormattedBody({ contentHtml }: { contentHtml: string }) {
  const html = useMemo(() => sanitizeArticleHtml(browserPurifier, contentHtml), [contentHtml])
  if (!hasReadableText(html)) return <p className="reader__loading">لا نص منسّق لهذا المقال؛ اعرض النص مع الإبرازات.</p>
  return <ArticleHtml html={html} />
}

function HighlightedBody({ article }: { article: ArticleDetail }) {
  const paragraphs = useMemo(() => splitParagraphs(article.body), [article.body])
  const spans = useMemo(() => coloredFieldHighlights(article, 'body'), [article])
  if (paragraphs.length === 0) return <p className="reader__loading">لا نص لهذا المقال؛ افتح المقال الأصلي.</p>
  return (
    <div className="reader__body" data-testid="reader-body">
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start}>
          <Highlighted text={paragraph.text} spans={shiftSpans(spans, paragraph.start)} />
        </p>
      ))}
    </div>
  )
}
