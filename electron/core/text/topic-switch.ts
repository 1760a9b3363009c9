/**
 * A paragraph that opens by changing the subject («على صعيد آخر، …», «وفي سياق منفصل …», «في خبر
 * آخر …») reports a story of its own: the festival's or the budget's story above it does not frame
 * it, and what it reports is not a word in passing (term-strength.ts, cue-reach.ts). Roundups and
 * wire digests join their items this way.
 */
import { normalize } from './normalize'
import type { Token } from './tokenize'

/** The openings, word by word; the first word may carry و. */
const OPENINGS: readonly (readonly string[])[] = [
  ['على', 'صعيد', 'آخر'],
  ['على', 'صعيد', 'منفصل'],
  ['في', 'سياق', 'آخر'],
  ['في', 'سياق', 'منفصل'],
  ['في', 'خبر', 'آخر'],
  ['في', 'شأن', 'آخر'],
  ['في', 'موضوع', 'آخر'],
  ['في', 'تطور', 'منفصل'],
].map((words) => words.map(normalize))

/** Whether the words from `first` open with a change of subject. */
export function opensWithTopicSwitch(tokens: readonly Token[], first: number): boolean {
  const head = tokens[first]?.norm
  if (head === undefined) return false
  const start = head.startsWith('و') && head.length > 1 ? head.slice(1) : head
  return OPENINGS.some((words) => words[0] === start && words.every((word, k) => k === 0 || tokens[first + k]?.norm === word))
}
