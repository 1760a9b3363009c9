/**
 * Matches article text against every watchlist at once. Words are looked up in one index
 * (cost per token does not grow with the number of terms), phrases are checked from their first
 * word, and only queries that had a word hit are evaluated. Cost is linear in the article whatever
 * the text: occurrences are sorted token intervals, every operator (NEAR included) is a forward
 * merge over them, each term keeps at most MAX_SPANS_PER_TERM spans (the rest counted), and a
 * work budget stops a hostile article cleanly (see work-budget.ts).
 */
import { chromeRangesInSteps } from '../text/site-chrome'
import { analyzeInPieces, tokenize, type Token } from '../text/tokenize'
import { runSteps, runStepsPausing } from '../work/steps'
import { evaluateQuery, FIELDS, leadOf, OutOfBudget, pay, sentenceLookups, type CompiledNode, type FieldPlaces, type Run } from './evaluate-query'
import { intervalCount, mergeAll, mergeRounds } from './intervals'
import { PhraseOccurrences, SCAN_STEP_TOKENS, scanPhrasesInSteps } from './phrase-scan'
import { parseQuery, type ResolvedSets } from './query'
import { QueryTable } from './query-table'
import { RunFlagPool, type RunFlags } from './run-flags'
import { resolveTermSets } from './term-sets'
import { subjectWithoutContext } from './term-subject'
import { ReportedParagraphs } from './cue-reach'
import { countWeakStatementsOnce, FIELD_WEIGHT, NegationScopes, termStrength } from './term-strength'
import type { Field, MatchSpan, TermContribution, TermSet, Watchlist, WatchlistFile, WatchlistHit, WatchlistScore } from './types'

export type { TermContribution, WatchlistScore } from './types'
import { DEFAULT_WORK_BUDGET, WorkBudget } from './work-budget'


/**
 * Spans a term keeps per article. A highlight shows where the term is; the hundred-thousandth
 * repetition of it adds nothing but size (240,000 spans made a 58 MB getArticle reply).
 */
export const MAX_SPANS_PER_TERM = 100

/** Spans a watchlist keeps per article, whatever its number of terms (4,000 terms once kept 400,000). */
export const MAX_SPANS_PER_WATCHLIST = 1_000

interface CompiledQuery {
  readonly source: string
  readonly node: CompiledNode
  readonly weight: number
  /** The term's subject without its own context (term-subject.ts); null when it has none. */
  readonly subject: CompiledNode | null
}

interface CompiledWatchlist {
  readonly watchlist: Watchlist
  readonly terms: readonly CompiledQuery[]
  readonly exclude: readonly CompiledQuery[]
}

/** An article as matched: its title and its body (the body's site chrome never counts). */
export interface MatchableArticle {
  readonly title: string
  readonly body: string
}

export interface MatcherOptions {
  /** Work units one article may cost (default DEFAULT_WORK_BUDGET). */
  readonly workBudget?: number
}

export interface MatchResult {
  readonly hits: WatchlistHit[]
  /** Every enabled watchlist that had a term hold or an exclusion veto, flagged or not. */
  readonly scores: WatchlistScore[]
  /**
   * True when the work budget ran out: the hits are those established on the part of the text
   * (and the watchlists) matched before it did, each still valid on its own.
   */
  readonly truncated: boolean
  /** Work units spent (for tests and benchmarks: a measure of cost that is not wall time). */
  readonly work: number
}

export class Matcher {
  private readonly table = new QueryTable()
  private readonly compiled: CompiledWatchlist[]
  private readonly workBudget: number
  private readonly resolvedSets: ResolvedSets
  /** Where each watchlist's terms start in one numbering of every term, and how many there are. */
  private readonly termOffsets: readonly number[]
  private readonly termCount: number
  private readonly flagPool: RunFlagPool
  /** The file's term sets, as given. */
  readonly sets: readonly TermSet[]

  /** Throws QueryError (with the position) for an invalid term. A plain list of watchlists has no term sets. */
  constructor(file: WatchlistFile | readonly Watchlist[], options: MatcherOptions = {}) {
    const { sets, watchlists } = isFile(file) ? file : { sets: [], watchlists: file }
    this.workBudget = options.workBudget ?? DEFAULT_WORK_BUDGET
    this.sets = sets
    this.resolvedSets = resolveTermSets(sets)
    let offset = 0
    this.termOffsets = watchlists.map((w) => ((offset += w.terms.length), offset - w.terms.length))
    this.termCount = offset
    this.compiled = watchlists.map((watchlist, w) => ({
      watchlist,
      terms: watchlist.terms.map((t, i) => this.compile(t.query, t.weight, this.termOffsets[w] + i)),
      exclude: watchlist.exclude.map((q) => this.compile(q, 0)),
    }))
    this.flagPool = new RunFlagPool({ phrases: this.table.phraseCount, terms: this.termCount, sets: this.table.setCount })
  }

  get watchlists(): readonly Watchlist[] {
    return this.compiled.map((c) => c.watchlist)
  }

  /** The term sets and watchlists this matcher was built from. */
  get file(): WatchlistFile {
    return { sets: this.sets, watchlists: this.watchlists }
  }

  /** Watchlists this article is flagged for, with scores and the matched spans. */
  match(article: MatchableArticle): WatchlistHit[] {
    return this.run(article).hits
  }

  /** As match(), saying also whether the work budget stopped it, and what it cost. */
  run(article: MatchableArticle): MatchResult {
    return runSteps(this.steps(article, { title: tokenize(article.title), body: tokenize(article.body) }))
  }

  /**
   * As run(), with `pause` awaited (the event loop served, in practice) between pieces of the work:
   * while a long body is normalized, every few thousand tokens of the phrase scan, and between
   * watchlists. One megabyte article then never holds the thread for the whole of its matching.
   * Same result as run().
   */
  async runAsync(article: MatchableArticle, pause: () => Promise<void>): Promise<MatchResult> {
    const body = await analyzeInPieces(article.body, pause)
    return this.runTokensAsync(article, { title: tokenize(article.title), body: body.tokens }, pause)
  }

  /** runAsync on an article already tokenized (ingest folds each body once, for matching and for its identity). */
  runTokensAsync(article: MatchableArticle, tokens: Record<Field, Token[]>, pause: () => Promise<void>): Promise<MatchResult> {
    return runStepsPausing(this.steps(article, tokens), pause)
  }

  /** The matching itself, stopping (yielding) where a caller may pause; returns the result. */
  private *steps(article: MatchableArticle, allTokens: Record<Field, Token[]>): Generator<void, MatchResult> {
    const flags = this.flagPool.acquire()
    try {
      return yield* this.stepsFlagging(article, allTokens, flags)
    } finally {
      this.flagPool.release(flags)
    }
  }

  private *stepsFlagging(article: MatchableArticle, allTokens: Record<Field, Token[]>, flags: RunFlags): Generator<void, MatchResult> {
    // Chrome is found in steps too: a 10 MiB body has hundreds of thousands of lines.
    const chrome = yield* chromeRangesInSteps(article.body)
    const tokens = { title: allTokens.title, body: withoutChrome(allTokens.body, chrome) }
    const occurrences = { title: new PhraseOccurrences(flags.titleLists), body: new PhraseOccurrences(flags.bodyLists) }
    try {
      return yield* this.stepsOccurring(article, tokens, occurrences, flags)
    } finally {
      // The lists by phrase id go back to the pool empty (the evaluations keep the lists they hold).
      occurrences.title.release()
      occurrences.body.release()
    }
  }

  private *stepsOccurring(article: MatchableArticle, tokens: Record<Field, Token[]>, occurrences: Record<Field, PhraseOccurrences>, flags: RunFlags): Generator<void, MatchResult> {
    const budget = new WorkBudget(this.workBudget)
    const run: Run = {
      tokens,
      occurrences,
      budget,
      found: flags.found,
      sets: new Map(),
      liveSets: flags.liveSets,
      sentenceOf: sentenceLookups(tokens),
    }
    const table = this.table
    let scanned = true
    for (const field of FIELDS) {
      scanned = yield* scanPhrasesInSteps(table, run.tokens[field], budget, run.occurrences[field])
      if (!scanned) break
    }
    let evaluated = true
    const found: number[] = []
    for (const field of FIELDS) {
      for (const id of run.occurrences[field].keys()) {
        if (run.found[id] === 0) found.push(id)
        run.found[id] = 1
      }
    }
    const scores: WatchlistScore[] = []
    if (found.length > 0) {
      const candidates = this.table.candidates(found, this.termCount, run.liveSets, flags.candidates)
      // In watchlist order, so results read the same way as the watchlists do.
      const negation = new NegationScopes(run.tokens, article.body)
      for (let w = 0; w < this.compiled.length && evaluated; w++) {
        const termIndexes = this.candidatesOf(w, candidates)
        if (termIndexes.length === 0 || this.compiled[w].watchlist.enabled === false) continue
        try {
          const scored = this.evaluateWatchlist(this.compiled[w], termIndexes, run, negation)
          if (scored) scores.push(scored)
        } catch (err) {
          if (!(err instanceof OutOfBudget)) throw err
          // This watchlist's score is unfinished: leave it out, and the ones after it.
          evaluated = false
        }
        if (run.tokens.body.length > SCAN_STEP_TOKENS) yield // a long text's watchlists can cost a while each
      }
    }
    const hits = scores.filter((s) => s.flagged).map(({ watchlistId, score, spans, omittedSpans }) => ({ watchlistId, score, spans, omittedSpans }))
    return { hits, scores, truncated: !scanned || !evaluated, work: budget.used }
  }

  /** Watchlist w's candidate terms, as its own term indexes in order. */
  private candidatesOf(w: number, candidates: Uint8Array): number[] {
    const out: number[] = []
    const offset = this.termOffsets[w]
    for (let t = 0; t < this.compiled[w].terms.length; t++) if (candidates[offset + t] === 1) out.push(t)
    return out
  }

  /** `term` (numbered over all watchlists) owns the query; excludes own nothing. */
  private compile(source: string, weight: number, term?: number): CompiledQuery {
    const node = this.table.compile(parseQuery(source, this.resolvedSets), term)
    return { source, node, weight, subject: subjectWithoutContext(node) }
  }

  /**
   * A watchlist's score is the sum of its holding terms' weights, each at its strongest occurrence
   * (term-strength.ts). Negative terms (context cues) lower it and are not highlighted. It flags
   * when a positive term holds and the score reaches the threshold (any positive score without one).
   */
  private evaluateWatchlist(c: CompiledWatchlist, termIndexes: readonly number[], run: Run, negation: NegationScopes): WatchlistScore | undefined {
    const threshold = c.watchlist.threshold ?? null
    const excludedBy = c.exclude.find((q) => evaluateQuery(q.node, run, true).ok)
    if (excludedBy) return { watchlistId: c.watchlist.id, score: 0, threshold, flagged: false, spans: [], omittedSpans: 0, terms: [], excludedBy: excludedBy.source }
    let score = 0
    const spans: MatchSpan[] = []
    const placed = new Set<string>()
    const subjects = new Set<FieldPlaces>()
    const terms: TermContribution[] = []
    // Positive terms weighed only at weak statements (a denial, a long article's passing mention):
    // one statement read by several terms counts once, at its largest (term-strength.ts).
    const weak: { readonly at: number; readonly statements: readonly number[]; readonly contribution: number }[] = []
    // Context cues, weighed once the evidence (the positive terms' subjects) is known: a cue may not reach it (cue-reach.ts).
    const cues: { readonly at: number; readonly places: FieldPlaces; readonly contribution: number }[] = []
    for (const index of termIndexes) {
      const term = c.terms[index]
      // Weighed and highlighted at its subject: where both sides of a NEAR hold is not needed.
      const result = evaluateQuery(term.node, run, true)
      if (!result.ok) continue
      const subjectAlone = term.subject
      const strength = termStrength(result, negation, (units) => pay(run, units), subjectAlone && (() => leadOf(evaluateQuery(subjectAlone, run, true))))
      const contribution = term.weight * strength
      // Highlighted where the term's subject is: NEAR's and SENT's right side is context, as AND's is.
      const subject = leadOf(result)
      const statements = term.weight > 0 && strength < FIELD_WEIGHT.body ? negation.weakIn.get(subject) : undefined
      if (statements !== undefined) weak.push({ at: terms.length, statements, contribution })
      if (term.weight < 0) cues.push({ at: terms.length, places: subject, contribution })
      score += contribution
      terms.push({ query: term.source, weight: term.weight, contribution })
      if (term.weight < 0) continue
      // Terms naming one set share its result object: its places are looked at once.
      if (subjects.has(subject)) continue
      subjects.add(subject)
      let kept = 0
      let visited = 0
      for (const field of FIELDS) {
        const list = subject[field]
        const tokens = run.tokens[field]
        // Bounded whatever the overlap: past a few hundred places already shown, the rest are counted, not walked.
        for (let i = 0; i < list.length && kept < MAX_SPANS_PER_TERM && visited < 4 * MAX_SPANS_PER_TERM && spans.length < MAX_SPANS_PER_WATCHLIST; i += 2) {
          visited++
          const span = { field, start: tokens[list[i]].start, end: tokens[list[i + 1]].end, query: term.source }
          // Terms naming the same set find the same places: each place is highlighted once.
          const key = `${field}:${span.start}:${span.end}`
          if (placed.has(key)) continue
          placed.add(key)
          spans.push(span)
          kept++
        }
      }
    }
    if (terms.length === 0) return undefined
    if (cues.length > 0 && subjects.size > 0) {
      const reported = new ReportedParagraphs(subjects, negation, (units) => pay(run, units))
      for (const cue of cues) {
        if (reported.reaches(cue.places)) continue
        score -= cue.contribution
        terms[cue.at] = { ...terms[cue.at], contribution: 0 }
      }
    }
    for (const i of countWeakStatementsOnce(weak)) {
      score -= weak[i].contribution
      terms[weak[i].at] = { ...terms[weak[i].at], contribution: 0 }
    }
    // Omitted: the distinct places found, less those highlighted (terms often share places).
    const distinct = [...subjects]
    const size = distinct.reduce((n, s) => n + intervalCount(s.title) + intervalCount(s.body), 0)
    pay(run, size * mergeRounds(distinct.length))
    const places = intervalCount(mergeAll(distinct.map((s) => s.title))) + intervalCount(mergeAll(distinct.map((s) => s.body)))
    const omittedSpans = places - spans.length
    const flagged = spans.length > 0 && score >= (threshold ?? Number.MIN_VALUE)
    spans.sort((a, b) => (a.field === b.field ? a.start - b.start : a.field === 'title' ? -1 : 1))
    return { watchlistId: c.watchlist.id, score, threshold, flagged, spans, omittedSpans, terms }
  }
}

function isFile(file: WatchlistFile | readonly Watchlist[]): file is WatchlistFile {
  return !Array.isArray(file)
}

/** Tokens outside the chrome ranges (both in order): one forward walk. */
function withoutChrome(tokens: Token[], ranges: readonly number[]): Token[] {
  if (ranges.length === 0) return tokens
  const kept: Token[] = []
  let r = 0
  for (const token of tokens) {
    while (r < ranges.length && ranges[r + 1] <= token.start) r += 2
    if (r < ranges.length && ranges[r] <= token.start) continue
    kept.push(token)
  }
  return kept
}
