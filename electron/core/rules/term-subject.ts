/**
 * A term's subject without its own context: `تمرين SENT @security-topic` is about تمرين, and a
 * headline that says «تمرين» names it even where the security words come only in the body
 * (term-strength.ts: such a story is about it, and its body mention is not in passing).
 *
 * Only the term's own NEAR and SENT lose their right side. A term set is a unit: its members keep
 * their constraints («دورة NEAR/1 متقدمة» does not make every «دورة» an event). Exclusions stay
 * (`a NOT NEAR b` says which a are not the subject), as does AND's and NOT's whole-article context.
 */
import type { CompiledNode } from './evaluate-query'

/** The term's subject with its context dropped, or null when the term has no context to drop. */
export function subjectWithoutContext(node: CompiledNode): CompiledNode | null {
  switch (node.kind) {
    case 'near': {
      const left = subjectWithoutContext(node.left) ?? node.left
      return node.negated ? (left === node.left ? null : { ...node, left }) : left
    }
    case 'or': {
      const items = node.items.map((item) => subjectWithoutContext(item))
      if (items.every((item) => item === null)) return null
      // An item without its context may hold where its triggers (found phrases it needs) are absent.
      return { ...node, items: items.map((item, k) => item ?? node.items[k]), triggers: node.items.map((item, k) => (items[k] === null ? node.triggers[k] : null)) }
    }
    case 'and': {
      const items = node.items.map((item) => subjectWithoutContext(item))
      return items.every((item) => item === null) ? null : { ...node, items: items.map((item, k) => item ?? node.items[k]) }
    }
    case 'phrase':
    case 'set':
    case 'distinct':
    case 'not':
      return null
  }
}
