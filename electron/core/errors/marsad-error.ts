/** The one Error class of the core: it carries an ErrorDetail, and its message is the English wording. */
import { englishMessage } from './english'
import { isErrorDetail, type ErrorDetail } from './problems'

export class MarsadError extends Error {
  constructor(readonly detail: ErrorDetail) {
    // The message is for logs, stack traces and the CLI; adapters word `detail` themselves.
    super(englishMessage(detail))
    // Each subclass (FetchError, QueryError…) is named after itself without repeating it.
    this.name = new.target.name
  }
}

/**
 * Any caught value as an ErrorDetail: a MarsadError's own, else `internal` with its first line.
 * An error is recognised by its detail rather than by class, since another bundle (the worker's,
 * a test's fresh module graph) has a MarsadError class of its own.
 */
export function toErrorDetail(err: unknown): ErrorDetail {
  if (err instanceof MarsadError) return err.detail
  const detail = err instanceof Error ? (err as { detail?: unknown }).detail : undefined
  if (isErrorDetail(detail)) return detail
  const message = err instanceof Error ? err.message : String(err)
  return { code: 'internal', detail: message.split('\n')[0].slice(0, 300) }
}
