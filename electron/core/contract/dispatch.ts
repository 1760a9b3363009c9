/**
 * Runs one contract call against a set of handlers, validating the operation name and its input
 * first. Every adapter (IPC, HTTP, worker) goes through here, so validation is written once.
 * A refused or failed call comes back as an ErrorDetail (a code and its parameters), never as
 * wording: each adapter says it in its own language.
 */
import { MarsadError, toErrorDetail } from '../errors/marsad-error'
import type { ErrorDetail } from '../errors/problems'
import { describeSchemaIssue, type SchemaIssue } from '../errors/schema-issue'
import { isOperationName, operations, type OperationName, type OperationOutput, type ValidatedInput } from './operations'

/** What a handler may know of the call beyond its input. */
export interface CallContext {
  /** Aborted when whoever asked stopped waiting (an HTTP request closed): a long handler may stop. */
  readonly signal?: AbortSignal
}

export type Handlers = {
  [N in OperationName]: (input: ValidatedInput<N>, call: CallContext) => OperationOutput<N> | Promise<OperationOutput<N>>
}

export type CallResult = { readonly ok: true; readonly result: unknown } | { readonly ok: false; readonly error: ErrorDetail }

export async function dispatch(handlers: Handlers, op: unknown, input: unknown, call: CallContext = {}): Promise<unknown> {
  if (!isOperationName(op)) throw new MarsadError({ code: 'input.unknown_operation', operation: String(op).slice(0, 60) })
  const handler = handlers[op] as (input: unknown, call: CallContext) => unknown
  return handler(validatedInput(op, input), call)
}

/** An operation's input as its handler gets it (defaults applied), or the refusal dispatch() would give. */
export function validatedInput<N extends OperationName>(op: N, input: unknown): ValidatedInput<N> {
  const parsed = operations[op].safeParse(input ?? {})
  if (!parsed.success) throw new MarsadError(inputProblem(op, parsed.error.issues[0] as SchemaIssue))
  return parsed.data as ValidatedInput<N>
}

/** Operations whose `file` is a (draft) watchlist file: a problem inside it is said as the file's. */
const DRAFT_FILE_OPERATIONS: ReadonlySet<OperationName> = new Set(['tryWatchlists', 'previewWatchlists'])

/** A watchlist file sent to setWatchlists (or a draft to try) is refused as a watchlist file; anything else as bad input. */
function inputProblem(op: OperationName, issue: SchemaIssue): ErrorDetail {
  const { path, ...rest } = describeSchemaIssue(issue)
  if (op === 'setWatchlists') return { code: 'watchlists.invalid', path, ...rest }
  if (DRAFT_FILE_OPERATIONS.has(op) && (path === 'file' || path.startsWith('file.'))) {
    return { code: 'watchlists.invalid', path: path.slice('file.'.length), ...rest }
  }
  return { code: 'input.invalid', operation: op, field: path, ...rest }
}

/** dispatch() folded into a plain result object, for transports that carry JSON. */
export async function dispatchToResult(handlers: Handlers, op: unknown, input: unknown, call: CallContext = {}): Promise<CallResult> {
  try {
    return { ok: true, result: await dispatch(handlers, op, input, call) }
  } catch (err) {
    return { ok: false, error: toErrorDetail(err) }
  }
}
