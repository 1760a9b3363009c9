/**
 * A schema check's complaint (a zod issue) as error parameters: where (dotted path), which problem
 * (our own code when the schema names one, else the check's code) and the bound or value involved.
 * Written against the issue's plain shape so this layer needs no zod.
 */

export interface SchemaIssue {
  readonly code?: string
  readonly path: readonly PropertyKey[]
  readonly message: string
  readonly expected?: unknown
  readonly minimum?: unknown
  readonly maximum?: unknown
  /** False when the bound itself is not allowed (positive(): greater than 0). */
  readonly inclusive?: boolean
  readonly keys?: readonly string[]
  readonly values?: readonly unknown[]
  readonly params?: { readonly value?: unknown; readonly limit?: unknown }
  readonly errors?: readonly (readonly SchemaIssue[])[]
}

export interface IssueParams {
  readonly path: string
  readonly problem: string
  readonly limit?: number
  readonly value?: string
}

/** Our schemas give their messages as problem codes (empty_term, not_http_url…); zod's own are sentences. */
const PROBLEM_CODE = /^[a-z][a-z_]*$/

/**
 * The issue to report. A failed union (a term that is neither a string nor a valid object) says
 * only "invalid input"; when one alternative got further into the value (a weighted term with a
 * bad weight), its issue is the one that tells the analyst what to fix.
 */
export function describeSchemaIssue(issue: SchemaIssue): IssueParams {
  if (issue.code === 'invalid_union' && issue.errors) {
    const deepest = issue.errors.flat().reduce<SchemaIssue | undefined>((best, i) => (i.path.length > (best?.path.length ?? 0) ? i : best), undefined)
    if (deepest) {
      const inner = describeSchemaIssue(deepest)
      return { ...inner, path: [joinPath(issue.path), inner.path].filter(Boolean).join('.') }
    }
  }
  const problem = PROBLEM_CODE.test(issue.message) ? issue.message : exclusive(issue) ?? issue.code ?? 'invalid'
  return { path: joinPath(issue.path), problem, ...bound(issue) }
}

/** too_small/too_big whose bound is excluded: "greater than 0" is not "at least 0". */
function exclusive(issue: SchemaIssue): string | undefined {
  if (issue.inclusive !== false) return undefined
  return issue.code === 'too_small' ? 'not_above' : issue.code === 'too_big' ? 'not_below' : undefined
}

function bound(issue: SchemaIssue): { limit?: number; value?: string } {
  const limit =
    typeof issue.minimum === 'number' ? issue.minimum : typeof issue.maximum === 'number' ? issue.maximum : typeof issue.params?.limit === 'number' ? issue.params.limit : undefined
  const value =
    typeof issue.params?.value === 'string'
      ? issue.params.value
      : issue.keys
        ? issue.keys.join(', ')
        : typeof issue.expected === 'string'
          ? issue.expected
          : issue.values
            ? issue.values.map(String).join(', ')
            : undefined
  return { ...(limit !== undefined ? { limit } : {}), ...(value !== undefined ? { value: value.slice(0, 200) } : {}) }
}

function joinPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.')
}
