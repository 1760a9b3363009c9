/**
 * Matches article text against every watchlist at once. Words are looked up in one index
 * (cost per token does not grow with the number of terms), phrases are checked from their first
 * word, and only queries that had a word hit are evaluated.
 */
import { tokenize, type Token } from '../text/tokenize'
import { parseQuery, phrasesOf, type QueryNode } from './query'
import type { Field, MatchSpan, Watchlist, WatchlistHit } from './types'
import { WordIndex } from './word-index'

type PhraseNode = Extract<QueryNode, { kind: 'phrase' }>

/** A phrase occurrence: where it is in the original text, and which tokens it covers (for NEAR). */
interface Occurrence {
  readonly field: Field
  readonly start: number
  readonly end: number
  readonly firstToken: number
  readonly lastToken: number
}

interface CompiledQuery {
  readonly source: string
  readonly node: QueryNode
  readonly weight: number
}

interface CompiledWatchlist {
  readonly watchlist: Watchlist
  readonly terms: readonly CompiledQuery[]
  readonly exclude: readonly CompiledQuery[]
}

interface Evaluation {
  readonly ok: boolean
  readonly spans: readonly Occurrence[]
}

const NO_MATCH: Evaluation = { ok: false, spans: [] }

/** Title hits weigh more than body hits: a headline about it is stronger evidence. */
const FIELD_WEIGHT: Record<Field, number> = { title: 2, body: 1 }

export class Matcher {
  private readonly index = new WordIndex()
  private readonly phraseIds = new Map<PhraseNode, number>()
  private readonly phraseWords: number[][] = []
  private readonly phrasesByFirstWord = new Map<number, number[]>()
  /** For each phrase, the terms it appears in: [watchlist index, term index] pairs. */
  private readonly termsByPhrase = new Map<number, [number, number][]>()
  private readonly compiled: CompiledWatchlist[]

  /** Throws QueryError (with the position) for an invalid term. */
  constructor(watchlists: readonly Watchlist[]) {
    this.compiled = watchlists.map((watchlist, w) => ({
      watchlist,
      terms: watchlist.terms.map((t, i) => this.compile(t.query, t.weight, [w, i])),
      exclude: watchlist.exclude.map((q) => this.compile(q, 0)),
    }))
  }

  get watchlists(): readonly Watchlist[] {
    return this.compiled.map((c) => c.watchlist)
  }

  /** Watchlists this article is flagged for, with scores and every matched span. */
  match(article: { readonly title: string; readonly body: string }): WatchlistHit[] {
    const occurrences = new Map<number, Occurrence[]>()
    this.findPhrases('title', article.title, occurrences)
    this.findPhrases('body', article.body, occurrences)
    if (occurrences.size === 0) return []
    const candidates = this.candidateTerms(occurrences)
    const hits: WatchlistHit[] = []
    // In watchlist order, so results read the same way as the watchlists do.
    this.compiled.forEach((c, w) => {
      const termIndexes = candidates.get(w)
      const hit = termIndexes && this.evaluateWatchlist(c, termIndexes, occurrences)
      if (hit) hits.push(hit)
    })
    return hits
  }

  /** Only terms that contain a phrase found in the text can be true: evaluate just those. */
  private candidateTerms(occurrences: Map<number, Occurrence[]>): Map<number, Set<number>> {
    const byWatchlist = new Map<number, Set<number>>()
    for (const phraseId of occurrences.keys()) {
      for (const [w, term] of this.termsByPhrase.get(phraseId) ?? []) {
        const terms = byWatchlist.get(w) ?? new Set<number>()
        terms.add(term)
        byWatchlist.set(w, terms)
      }
    }
    return byWatchlist
  }

  /** `owner` is the [watchlist, term] a positive term belongs to; excludes have none. */
  private compile(source: string, weight: number, owner?: [number, number]): CompiledQuery {
    const node = parseQuery(source)
    for (const phrase of phrasesOf(node)) {
      const wordIds = phrase.words.map((w) => this.index.add(w, phrase.mode))
      const phraseId = this.phraseWords.length
      this.phraseWords.push(wordIds)
      this.phraseIds.set(phrase, phraseId)
      const list = this.phrasesByFirstWord.get(wordIds[0]) ?? []
      list.push(phraseId)
      this.phrasesByFirstWord.set(wordIds[0], list)
      if (owner) this.termsByPhrase.set(phraseId, [owner])
    }
    return { source, node, weight }
  }

  private findPhrases(field: Field, text: string, into: Map<number, Occurrence[]>): void {
    if (!text) return
    const tokens = tokenize(text)
    const wordIdsAt = tokens.map((t) => this.index.lookup(t.norm))
    wordIdsAt.forEach((ids, i) => {
      for (const wordId of ids) {
        for (const phraseId of this.phrasesByFirstWord.get(wordId) ?? []) {
          const last = this.phraseEnd(phraseId, wordIdsAt, i)
          if (last >= 0) addOccurrence(into, phraseId, field, tokens, i, last)
        }
      }
    })
  }

  /** Index of the phrase's last token when it matches from token `i`, else -1. */
  private phraseEnd(phraseId: number, wordIdsAt: number[][], i: number): number {
    const words = this.phraseWords[phraseId]
    for (let j = 1; j < words.length; j++) {
      if (!wordIdsAt[i + j]?.includes(words[j])) return -1
    }
    return i + words.length - 1
  }

  private evaluateWatchlist(c: CompiledWatchlist, termIndexes: Set<number>, occurrences: Map<number, Occurrence[]>): WatchlistHit | undefined {
    if (c.exclude.some((q) => this.evaluate(q.node, occurrences).ok)) return undefined
    let score = 0
    const spans: MatchSpan[] = []
    for (const index of [...termIndexes].sort((a, b) => a - b)) {
      const term = c.terms[index]
      const result = this.evaluate(term.node, occurrences)
      if (!result.ok) continue
      const inTitle = result.spans.some((s) => s.field === 'title')
      score += term.weight * FIELD_WEIGHT[inTitle ? 'title' : 'body']
      for (const s of result.spans) spans.push({ field: s.field, start: s.start, end: s.end, query: term.source })
    }
    const threshold = c.watchlist.threshold ?? Number.MIN_VALUE
    if (spans.length === 0 || score < threshold) return undefined
    spans.sort((a, b) => (a.field === b.field ? a.start - b.start : a.field === 'title' ? -1 : 1))
    return { watchlistId: c.watchlist.id, score, spans }
  }

  private evaluate(node: QueryNode, occurrences: Map<number, Occurrence[]>): Evaluation {
    switch (node.kind) {
      case 'phrase': {
        const spans = occurrences.get(this.phraseIds.get(node) ?? -1) ?? []
        return { ok: spans.length > 0, spans }
      }
      case 'not':
        return { ok: !this.evaluate(node.item, occurrences).ok, spans: [] }
      case 'and': {
        const parts = node.items.map((n) => this.evaluate(n, occurrences))
        return parts.every((p) => p.ok) ? { ok: true, spans: parts.flatMap((p) => p.spans) } : NO_MATCH
      }
      case 'or': {
        const parts = node.items.map((n) => this.evaluate(n, occurrences)).filter((p) => p.ok)
        return { ok: parts.length > 0, spans: parts.flatMap((p) => p.spans) }
      }
      case 'near':
        return near(this.evaluate(node.left, occurrences), this.evaluate(node.right, occurrences), node.distance)
    }
  }
}

/** Pairs of left and right occurrences in the same field with at most `distance` words between them. */
function near(left: Evaluation, right: Evaluation, distance: number): Evaluation {
  if (!left.ok || !right.ok) return NO_MATCH
  const kept = new Set<Occurrence>()
  for (const a of left.spans) {
    for (const b of right.spans) {
      if (a.field !== b.field) continue
      const wordsBetween = Math.max(b.firstToken - a.lastToken, a.firstToken - b.lastToken) - 1
      if (wordsBetween <= distance) kept.add(a).add(b)
    }
  }
  return kept.size > 0 ? { ok: true, spans: [...kept] } : NO_MATCH
}

function addOccurrence(into: Map<number, Occurrence[]>, phraseId: number, field: Field, tokens: Token[], first: number, last: number): void {
  const list = into.get(phraseId) ?? []
  list.push({ field, start: tokens[first].start, end: tokens[last].end, firstToken: first, lastToken: last })
  into.set(phraseId, list)
}
