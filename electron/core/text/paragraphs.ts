/**
 * Paragraphs as runs of sentences between line breaks. A story reports an event in a paragraph of
 * its own — who, where, how many, over several sentences — and mentions one in passing in a clause;
 * how many sentences a mention's paragraph has tells the two apart (term-strength.ts).
 */
import type { Token } from './tokenize'
import { opensWithTopicSwitch } from './topic-switch'

/**
 * A text's paragraphs: how many sentences the text has, and for each sentence its paragraph and how
 * many sentences that paragraph has. Sentences are the tokenizer's: . ؟ ! ؛ … and line breaks end one.
 */
export interface Paragraphs {
  readonly sentences: number
  readonly sentencesBySentence: Int32Array
  /** Each sentence's paragraph, numbered from 0 in order. */
  readonly paragraphBySentence: Int32Array
  /** How many words the text has, and for each sentence how many words its paragraph has. */
  readonly words: number
  readonly wordsBySentence: Int32Array
  /** For each sentence, 1 when its paragraph opens by changing the subject (topic-switch.ts). */
  readonly switchedBySentence: Uint8Array
}

/**
 * The paragraphs of `tokens` (words of `text`, in order, sentences numbered as the tokenizer does).
 * Tokens may skip text (site chrome taken out): a line break in what they skip still ends a
 * paragraph. Linear in the tokens and the gaps between them.
 */
export function paragraphsOf(tokens: readonly Token[], text: string): Paragraphs {
  const sentences = tokens.length > 0 ? tokens[tokens.length - 1].sentence + 1 : 0
  const paragraphOf = new Int32Array(sentences)
  const sizes: number[] = []
  const wordCounts: number[] = []
  const switched: boolean[] = []
  let lastSentence = -1
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]
    if (k === 0 || lineBreakBetween(text, tokens[k - 1].end, token.start)) {
      sizes.push(0)
      wordCounts.push(0)
      switched.push(opensWithTopicSwitch(tokens, k))
    }
    wordCounts[wordCounts.length - 1]++
    if (token.sentence === lastSentence) continue
    lastSentence = token.sentence
    sizes[sizes.length - 1]++
    paragraphOf[token.sentence] = sizes.length - 1
  }
  const sentencesSeen = sizes.reduce((sum, size) => sum + size, 0)
  return {
    sentences: sentencesSeen,
    sentencesBySentence: paragraphOf.map((paragraph) => sizes[paragraph] ?? 0),
    paragraphBySentence: paragraphOf,
    words: tokens.length,
    wordsBySentence: paragraphOf.map((paragraph) => wordCounts[paragraph] ?? 0),
    switchedBySentence: Uint8Array.from(paragraphOf, (paragraph) => (switched[paragraph] ? 1 : 0)),
  }
}

function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k)
    if (code === 0x0a || code === 0x0d || code === 0x2029) return true
  }
  return false
}
