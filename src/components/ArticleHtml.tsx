import DOMPurify from 'dompurify'

/**
 * The feed's formatted HTML for an article, after sanitizeArticleHtml. This is the one place the
 * renderer inserts HTML, and only DOMPurify's output: `html` must come from sanitizeArticleHtml.
 */
export function ArticleHtml({ html }: { html: string }) {
  return (
    <div
      className="reader__body reader__html"
      data-testid="reader-html"
      // Safe here: `html` is DOMPurify output restricted to an allow-list of inert tags (no script,
      // style, img, iframe, form, svg), no attribute but http(s) href (no on*, no style), and the
      // page's CSP (script-src 'self', no inline script) would stop a script even if one slipped by.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  )
}

/** The browser's DOMPurify instance, for sanitizeArticleHtml. */
export const browserPurifier = DOMPurify
