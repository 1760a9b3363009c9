/**
 * Matches article text against every watchlist at once. Words are looked up in one index
 * (cost per token does not grow with the number of terms), phrases are checked from their first
 * word, and only queries that had a word hit are evaluated. Cost is linear in the article whatever
 * the text: occurrences are sorted token intervals, every operator (NEAR included) is a forward
 * merge over them, each term keeps at most MAX_SPANS_PER_TERM spans (the rest counted), and a
 * work budget stops a hostile article cleanly (see work-budget.ts).
 */
import { analyzeInPieces, tokenize, type Token } from '../text/tokenize'
import { intervalCount, merge, mergeAll, mergeRounds, nearTo, NO_INTERVALS, type Intervals } from './intervals'
import { SCAN_STEP_TOKENS, scanPhrasesInSteps, type PhraseOccurrences } from './phrase-scan'
import { parseQuery, phrasesOf, type QueryNode } from './query'
import type { Field, MatchSpan, Watchlist, WatchlistHit } from './types'
import { DEFAULT_WORK_BUDGET, WorkBudget } from './work-budget'
import { WordIndex } from './word-index'
import { runSteps, runStepsPausing } from '../work/steps'

type PhraseNode = Extract<QueryNode, { kind: 'phrase' }>

/**
 * Spans a term keeps per article. A highlight shows where the term is; the hundred-thousandth
 * repetition of it adds nothing but size (240,000 spans made a 58 MB getArticle reply).
 */
export const MAX_SPANS_PER_TERM = 100

const FIELDS: readonly Field[] = ['title', 'body']


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

/** Whether a query part holds, and where (per field) it does. */
interface Evaluation {
  readonly ok: boolean
  readonly title: Intervals
  readonly body: Intervals
}

const NO_MATCH: Evaluation = { ok: false, title: NO_INTERVALS, body: NO_INTERVALS }

/** Title hits weigh more than body hits: a headline about it is stronger evidence. */
const FIELD_WEIGHT: Record<Field, number> = { title: 2, body: 1 }

export interface MatcherOptions {
  /** Work units one article may cost (default DEFAULT_WORK_BUDGET). */
  readonly workBudget?: number
}

export interface MatchResult {
  readonly hits: WatchlistHit[]
  /**
   * True when the work budget ran out: the hits are those established on the part of the text
   * (and the watchlists) matched before it did, each still valid on its own.
   */
  readonly truncated: boolean
  /** Work units spent (for tests and benchmarks: a measure of cost that is not wall time). */
  readonly work: number
}

/** One article's matching state: its tokens, the phrases found, the budget left. */
interface Run {
  readonly tokens: Record<Field, Token[]>
  readonly occurrences: Record<Field, PhraseOccurrences>
  readonly budget: WorkBudget
}

/** Thrown inside an evaluation when the budget cannot pay for the next step. */
class OutOfBudget extends Error {}

export class Matcher {
  private readonly index = new WordIndex()
  private readonly phraseIds = new Map<PhraseNode, number>()
  private readonly phraseWords: number[][] = []
  private readonly phrasesByFirstWord = new Map<number, number[]>()
  /** For each phrase, the terms it appears in: [watchlist index, term index] pairs. */
  private readonly termsByPhrase = new Map<number, [number, number][]>()
  private readonly compiled: CompiledWatchlist[]
  private readonly workBudget: number

  /** Throws QueryError (with the position) for an invalid term. */
  constructor(watchlists: readonly Watchlist[], options: MatcherOptions = {}) {
    this.workBudget = options.workBudget ?? DEFAULT_WORK_BUDGET
    this.compiled = watchlists.map((watchlist, w) => ({
      watchlist,
      terms: watchlist.terms.map((t, i) => this.compile(t.query, t.weight, [w, i])),
      exclude: watchlist.exclude.map((q) => this.compile(q, 0)),
    }))
  }

  get watchlists(): readonly Watchlist[] {
    return this.compiled.map((c) => c.watchlist)
  }

  /** Watchlists this article is flagged for, with scores and the matched spans. */
  match(article: { readonly title: string; readonly body: string }): WatchlistHit[] {
    return this.run(article).hits
  }

  /** As match(), saying also whether the work budget stopped it, and what it cost. */
  run(article: { readonly title: string; readonly body: string }): MatchResult {
    return runSteps(this.steps({ title: tokenize(article.title), body: tokenize(article.body) }))
  }

  /**
   * As run(), with `pause` awaited (the event loop served, in practice) between pieces of the work:
   * while a long body is normalized, every few thousand tokens of the phrase scan, and between
   * watchlists. One megabyte article then never holds the thread for the whole of its matching.
   * Same result as run().
   */
  async runAsync(article: { readonly title: string; readonly body: string }, pause: () => Promise<void>): Promise<MatchResult> {
    const body = await analyzeInPieces(article.body, pause)
    return this.runTokensAsync({ title: tokenize(article.title), body: body.tokens }, pause)
  }

  /** runAsync on a text already tokenized (ingest folds each body once, for matching and for its identity). */
  runTokensAsync(tokens: Record<Field, Token[]>, pause: () => Promise<void>): Promise<MatchResult> {
    return runStepsPausing(this.steps(tokens), pause)
  }

  /** The matching itself, stopping (yielding) where a caller may pause; returns the result. */
  private *steps(tokens: Record<Field, Token[]>): Generator<void, MatchResult> {
    const budget = new WorkBudget(this.workBudget)
    const run: Run = { tokens, occurrences: { title: new Map(), body: new Map() }, budget }
    const table = { index: this.index, phraseWords: this.phraseWords, phrasesByFirstWord: this.phrasesByFirstWord }
    let scanned = true
    for (const field of FIELDS) {
      scanned = yield* scanPhrasesInSteps(table, run.tokens[field], budget, run.occurrences[field])
      if (!scanned) break
    }
    let evaluated = true
    const found = new Set([...run.occurrences.title.keys(), ...run.occurrences.body.keys()])
    const hits: WatchlistHit[] = []
    if (found.size > 0) {
      const candidates = this.candidateTerms(found)
      // In watchlist order, so results read the same way as the watchlists do.
      for (let w = 0; w < this.compiled.length && evaluated; w++) {
        const termIndexes = candidates.get(w)
        if (!termIndexes) continue
        try {
          const hit = this.evaluateWatchlist(this.compiled[w], termIndexes, run)
          if (hit) hits.push(hit)
        } catch (err) {
          if (!(err instanceof OutOfBudget)) throw err
          // This watchlist's score is unfinished: leave it out, and the ones after it.
          evaluated = false
        }
        if (run.tokens.body.length > SCAN_STEP_TOKENS) yield // a long text's watchlists can cost a while each
      }
    }
    return { hits, truncated: !scanned || !evaluated, work: budget.used }
  }

  /** Only terms that contain a phrase found in the text can be true: evaluate just those. */
  private candidateTerms(found: ReadonlySet<number>): Map<number, Set<number>> {
    const byWatchlist = new Map<number, Set<number>>()
    for (const phraseId of found) {
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

  private evaluateWatchlist(c: CompiledWatchlist, termIndexes: Set<number>, run: Run): WatchlistHit | undefined {
    if (c.exclude.some((q) => this.evaluate(q.node, run).ok)) return undefined
    let score = 0
    let omittedSpans = 0
    const spans: MatchSpan[] = []
    for (const index of [...termIndexes].sort((a, b) => a - b)) {
      const term = c.terms[index]
      const result = this.evaluate(term.node, run)
      if (!result.ok) continue
      score += term.weight * FIELD_WEIGHT[result.title.length > 0 ? 'title' : 'body']
      let kept = 0
      for (const field of FIELDS) {
        const list = result[field]
        const tokens = run.tokens[field]
        for (let i = 0; i < list.length; i += 2) {
          if (kept === MAX_SPANS_PER_TERM) break
          spans.push({ field, start: tokens[list[i]].start, end: tokens[list[i + 1]].end, query: term.source })
          kept++
        }
      }
      omittedSpans += intervalCount(result.title) + intervalCount(result.body) - kept
    }
    const threshold = c.watchlist.threshold ?? Number.MIN_VALUE
    if (spans.length === 0 || score < threshold) return undefined
    spans.sort((a, b) => (a.field === b.field ? a.start - b.start : a.field === 'title' ? -1 : 1))
    return { watchlistId: c.watchlist.id, score, spans, omittedSpans }
  }

  /** Evaluates a query over the phrases found; every step is paid for from the run's budget. */
  private evaluate(node: QueryNode, run: Run): Evaluation {
    this.pay(run, 1)
    switch (node.kind) {
      case 'phrase': {
        const id = this.phraseIds.get(node) ?? -1
        const title = run.occurrences.title.get(id) ?? NO_INTERVALS
        const body = run.occurrences.body.get(id) ?? NO_INTERVALS
        return { ok: title.length > 0 || body.length > 0, title, body }
      }
      case 'not':
        return this.evaluate(node.item, run).ok ? NO_MATCH : { ok: true, title: NO_INTERVALS, body: NO_INTERVALS }
      case 'and': {
        const parts: Evaluation[] = []
        for (const item of node.items) {
          const part = this.evaluate(item, run)
          if (!part.ok) return NO_MATCH
          parts.push(part)
        }
        return this.union(parts, run)
      }
      case 'or':
        return this.union(
          node.items.map((n) => this.evaluate(n, run)).filter((p) => p.ok),
          run,
        )
      case 'near': {
        const left = this.evaluate(node.left, run)
        if (!left.ok) return NO_MATCH
        const right = this.evaluate(node.right, run)
        if (!right.ok) return NO_MATCH
        this.pay(run, 2 * (intervalCount(left.title) + intervalCount(left.body) + intervalCount(right.title) + intervalCount(right.body)))
        // Each side's occurrences that have one of the other side close enough, per field.
        const near = (field: Field): Intervals =>
          merge(nearTo(left[field], right[field], node.distance), nearTo(right[field], left[field], node.distance))
        const title = near('title')
        const body = near('body')
        return title.length > 0 || body.length > 0 ? { ok: true, title, body } : NO_MATCH
      }
    }
  }

  /** The parts' occurrences together (ok when there is any part). */
  private union(parts: readonly Evaluation[], run: Run): Evaluation {
    if (parts.length === 0) return NO_MATCH
    const size = parts.reduce((n, p) => n + intervalCount(p.title) + intervalCount(p.body), 0)
    this.pay(run, size * mergeRounds(parts.length))
    return { ok: true, title: mergeAll(parts.map((p) => p.title)), body: mergeAll(parts.map((p) => p.body)) }
  }

  private pay(run: Run, units: number): void {
    if (!run.budget.take(units)) throw new OutOfBudget()
  }
}
