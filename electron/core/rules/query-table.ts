/**
 * The compiled form of a set of watchlists: every phrase once (its words in the word index, found
 * by its first word), every query compiled to phrase ids, and who owns what, so that an article's
 * found phrases name the terms worth evaluating.
 *
 * Ownership is kept where it is declared: a phrase written in a term belongs to that term, and a
 * term set's phrases belong to the set, which belongs to the terms (and sets) that name it. A set
 * of 2,500 words named by 5,000 terms is then 2,500 + 5,000 entries, not their product: building
 * stays linear in the file, and finding candidates linear in what the article holds.
 */
import type { CompiledNode } from './evaluate-query'
import { newPhraseTrieNode, type PhraseTable, type PhraseTrieNode } from './phrase-scan'
import type { QueryNode } from './query'
import { WordIndex } from './word-index'

type PhraseNode = Extract<QueryNode, { kind: 'phrase' }>
type SetNode = Extract<QueryNode, { kind: 'set' }>

export class QueryTable implements PhraseTable {
  readonly index = new WordIndex()
  readonly phraseTrie = newPhraseTrieNode()
  readonly firstWords: (PhraseTrieNode | undefined)[] = []
  /** Phrase ids by their word ids (mode included): a phrase written in many queries is one phrase, scanned once. */
  private readonly phraseIds = new Map<string, number>()
  private readonly sets = new Map<SetNode, { id: number; compiled: CompiledNode }>()
  /** By set: its members compiled one by one, for `@name{n}` (compiled once, whatever n and however often named). */
  private readonly setMembers = new Map<SetNode, readonly CompiledNode[]>()
  /** `@name{n}` nodes by set and n: one node for every query naming it, so an article evaluates it once. */
  private readonly distinctNodes = new Map<SetNode, Map<number, CompiledNode>>()
  /** By phrase id: the terms that write it themselves. */
  private readonly phraseOwners: number[][] = []
  /** By phrase id: the sets that list it themselves. */
  private readonly phraseSets: number[][] = []
  /** By set id: the terms that name it, and the sets that name it. */
  private readonly setOwners: number[][] = []
  private readonly setParents: number[][] = []

  /** Ownership entries held (phrase → term, phrase → set, set → term, set → set): linear in the file. */
  get ownershipEntries(): number {
    const count = (lists: number[][]): number => lists.reduce((n, l) => n + l.length, 0)
    return count(this.phraseOwners) + count(this.phraseSets) + count(this.setOwners) + count(this.setParents)
  }

  /** Compiles a parsed query; `term` (a number over all terms) owns what it writes, excludes own nothing. */
  compile(node: QueryNode, term?: number): CompiledNode {
    return this.compileNode(node, term === undefined ? undefined : { term })
  }

  /** Distinct phrases compiled: the length of a Run.found array. */
  get phraseCount(): number {
    return this.phraseIds.size
  }

  /** Sets compiled: the length of a liveSets array (evaluate-query.ts, Run.liveSets). */
  get setCount(): number {
    return this.setOwners.length
  }

  /**
   * Flags, over all terms, those holding a phrase found (directly or through the sets they name);
   * and in `liveSets` (setCount long), the sets holding one. Both arrays may be given (all 0).
   */
  candidates(
    found: Iterable<number>,
    termCount: number,
    liveSets: Uint8Array = new Uint8Array(this.setOwners.length),
    candidates: Uint8Array = new Uint8Array(termCount),
  ): Uint8Array {
    for (const phrase of found) {
      const owners = this.phraseOwners[phrase]
      for (let i = 0; i < owners.length; i++) candidates[owners[i]] = 1
      const sets = this.phraseSets[phrase]
      for (let i = 0; i < sets.length; i++) this.visitSet(sets[i], liveSets, candidates)
    }
    return candidates
  }

  /** Marks a set live (`visited`) and its terms candidates, then the sets naming it; once per set. */
  private visitSet(set: number, visited: Uint8Array, candidates: Uint8Array): void {
    if (visited[set] === 1) return
    visited[set] = 1
    const owners = this.setOwners[set]
    for (let i = 0; i < owners.length; i++) candidates[owners[i]] = 1
    const parents = this.setParents[set]
    for (let i = 0; i < parents.length; i++) this.visitSet(parents[i], visited, candidates)
  }

  /** `owner`: the term or the set whose query this node stands in. */
  private compileNode(node: QueryNode, owner: { term: number } | { set: number } | undefined): CompiledNode {
    switch (node.kind) {
      case 'phrase': {
        const id = this.phraseId(node)
        if (owner && 'term' in owner) addLast(this.phraseOwners[id], owner.term)
        if (owner && 'set' in owner) addLast(this.phraseSets[id], owner.set)
        return { kind: 'phrase', id }
      }
      case 'set': {
        const set = this.setOf(node)
        if (owner && 'term' in owner) addLast(this.setOwners[set.id], owner.term)
        if (owner && 'set' in owner) addLast(this.setParents[set.id], owner.set)
        return set.compiled
      }
      case 'distinct':
        // Owned as the set is (its phrases make the naming term a candidate); its members own nothing more.
        this.compileNode(node.set, owner)
        return this.distinctOf(node.set, node.count)
      case 'not':
        return { kind: 'not', item: this.compileNode(node.item, owner) }
      case 'near':
        return { kind: 'near', distance: node.distance, negated: node.negated, left: this.compileNode(node.left, owner), right: this.compileNode(node.right, owner) }
      case 'or': {
        const items = node.items.map((item) => this.compileNode(item, owner))
        const phrases = new Set(items.flatMap((item) => (item.kind === 'phrase' ? [item.id] : [])))
        const others = items.filter((item) => item.kind !== 'phrase')
        return { kind: 'or', phrases: Int32Array.from(phrases), items: others, triggers: others.map(triggersOf) }
      }
      case 'and':
        return { kind: 'and', items: node.items.map((item) => this.compileNode(item, owner)) }
    }
  }

  /** A set is compiled once, owning its own phrases; every query naming it shares the result. */
  private setOf(node: SetNode): { id: number; compiled: CompiledNode } {
    const known = this.sets.get(node)
    if (known) return known
    const id = this.setOwners.length
    this.setOwners.push([])
    this.setParents.push([])
    const entry = { id, compiled: { kind: 'set', id, item: { kind: 'and', items: [] } } as CompiledNode }
    this.sets.set(node, entry)
    entry.compiled = { kind: 'set', id, item: this.compileNode(node.item, { set: id }) }
    return entry
  }

  private distinctOf(set: SetNode, count: number): CompiledNode {
    const byCount = this.distinctNodes.get(set) ?? new Map<number, CompiledNode>()
    this.distinctNodes.set(set, byCount)
    let node = byCount.get(count)
    if (!node) {
      const members = this.membersOf(set)
      byCount.set(count, (node = { kind: 'distinct', set: this.setOf(set).id, count, members, triggers: members.map(triggersOf) }))
    }
    return node
  }

  private membersOf(node: SetNode): readonly CompiledNode[] {
    let members = this.setMembers.get(node)
    if (!members) {
      this.setMembers.set(node, (members = node.members.map((item) => this.compileNode(item, undefined))))
    }
    return members
  }

  private phraseId(node: PhraseNode): number {
    const wordIds = node.words.map((w, i) => this.index.add(w, node.mode, node.hamzaLam?.[i] ?? false))
    const key = wordIds.join(' ')
    const known = this.phraseIds.get(key)
    if (known !== undefined) return known
    const id = this.phraseIds.size
    this.phraseIds.set(key, id)
    this.phraseOwners.push([])
    this.phraseSets.push([])
    let at = this.phraseTrie
    for (const wordId of wordIds) {
      let child = at.next.get(wordId)
      if (!child) at.next.set(wordId, (child = newPhraseTrieNode()))
      if (at === this.phraseTrie) {
        // Filled up to the id, not left with a gap: a sparse array would be a dictionary, no faster than the Map.
        while (this.firstWords.length < wordId) this.firstWords.push(undefined)
        this.firstWords[wordId] = child
      }
      at = child
    }
    at.ends.push(id)
    return id
  }
}

/**
 * Adds `value` unless it is already the last element: owners arrive in order (one term or set
 * compiled after another), so a repeat is always the last one added.
 */
function addLast(list: number[], value: number): void {
  if (list[list.length - 1] !== value) list.push(value)
}

/**
 * More trigger phrases than this and an OR item is simply evaluated: checking them would cost what
 * evaluating it does.
 */
const MAX_TRIGGERS = 8

/**
 * Phrases one of which must be found for `node` to hold, or null (none known, or too many to be
 * worth checking). Most items of a large set are absent from any one article — @countries is 149
 * `(مصري OR مصر OR القاهرة) NOT NEAR/2 (…)` — and are skipped on a look at their phrases.
 */
function triggersOf(node: CompiledNode): Int32Array | null {
  const ids = triggerList(node)
  return ids === null ? null : Int32Array.from(ids)
}

function triggerList(node: CompiledNode): number[] | null {
  switch (node.kind) {
    case 'phrase':
      return [node.id]
    case 'near':
      // NEAR, SENT and their NOT forms hold only where their left side does.
      return triggerList(node.left)
    case 'and': {
      // Every item must hold: the fewest triggers of any one of them will do.
      const lists = node.items.map(triggerList).filter((ids): ids is number[] => ids !== null)
      return lists.length === 0 ? null : lists.reduce((a, b) => (b.length < a.length ? b : a))
    }
    case 'or': {
      const ids: number[] = [...node.phrases]
      for (const triggers of node.triggers) {
        if (triggers === null) return null
        ids.push(...triggers)
      }
      return ids.length <= MAX_TRIGGERS ? ids : null
    }
    case 'not':
    case 'set':
    case 'distinct':
      // NOT holds where its item is absent; a set is looked up by its own liveness (Run.liveSets).
      return null
  }
}
