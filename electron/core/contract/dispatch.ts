/**
 * Runs one contract call against a set of handlers, validating the operation name and its input
 * first. Every adapter (IPC, HTTP, worker) goes through here, so validation is written once.
 */
import { isOperationName, operations, type OperationName, type OperationOutput, type ValidatedInput } from './operations'

export type Handlers = {
  [N in OperationName]: (input: ValidatedInput<N>) => OperationOutput<N> | Promise<OperationOutput<N>>
}

export type CallErrorCode = 'bad_request' | 'failed'

/** A call that was refused (bad input) or failed; its message is safe to show to the analyst. */
export class CallError extends Error {
  constructor(
    readonly code: CallErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'CallError'
  }
}

export type CallResult = { ok: true; result: unknown } | { ok: false; code: CallErrorCode; error: string }

export async function dispatch(handlers: Handlers, op: unknown, input: unknown): Promise<unknown> {
  if (!isOperationName(op)) throw new CallError('bad_request', `unknown operation: ${String(op).slice(0, 60)}`)
  const parsed = operations[op].safeParse(input ?? {})
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new CallError('bad_request', `${op}: ${issue.path.join('.') || 'input'}: ${issue.message}`)
  }
  const handler = handlers[op] as (input: unknown) => unknown
  return handler(parsed.data)
}

/** dispatch() folded into a plain result object, for transports that carry JSON. */
export async function dispatchToResult(handlers: Handlers, op: unknown, input: unknown): Promise<CallResult> {
  try {
    return { ok: true, result: await dispatch(handlers, op, input) }
  } catch (err) {
    const code: CallErrorCode = err instanceof CallError ? err.code : 'failed'
    return { ok: false, code, error: err instanceof Error ? err.message : String(err) }
  }
}
