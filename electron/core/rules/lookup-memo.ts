/**
 * The word index's memory of lookups: token → word ids, in a table of its own. A JavaScript Map
 * hashes each token in the engine's runtime, and every token is a fresh string (a slice of its
 * article), so no hash is ever reused; hashing the few UTF-16 units here and probing an open-
 * addressing table made the shipped watchlists' matching about a fifth faster (`npm run bench`).
 *
 * Memory stays bounded: the memo keeps two generations of at most `capacity` tokens each. When the
 * young one is full, the old one is dropped and the young one takes its place; a token found in the
 * old generation is remembered again in the young one. So a hostile text of endless distinct
 * tokens only ever refills it, while the words news repeats stay remembered across the turn: a
 * single table that started over whenever it filled missed every token for a while after each
 * start, and a day of news, or the labeled corpus, has a little more than 50,000 distinct tokens.
 * The tables start small and double, so a matcher built for one query does not pay for a large one.
 *
 * Time stays bounded too: a text of tokens made to share a slot would otherwise build one long
 * run of taken slots that every later lookup walks (45,000 such tokens took 6 s to match, not
 * 80 ms). The hash is seeded per process, so such tokens cannot be worked out ahead, and no token
 * is ever placed more than MAX_PROBES slots past its own: one that would be is not remembered (it
 * is looked up in the index each time), and a lookup never walks further.
 */

const INITIAL_SLOTS = 1 << 10
/**
 * Slots a lookup looks at, at most. A table kept half full needs two or three on average; at its
 * fullest, about six tokens in a million find no free slot within 32 and go unremembered.
 */
export const MAX_PROBES = 32
/** FNV-1a's offset basis, varied per process (see above); a test may fix its own. */
const PROCESS_SEED = (0x811c9dc5 ^ Math.floor(Math.random() * 0x100000000)) >>> 0

export class LookupMemo<V> {
  private young: MemoTable<V>
  private old: MemoTable<V>

  /** `capacity`: tokens each generation remembers. */
  constructor(
    private readonly capacity: number,
    seed = PROCESS_SEED,
  ) {
    this.young = new MemoTable<V>(capacity, seed)
    this.old = new MemoTable<V>(capacity, seed)
  }

  /** Tokens remembered, both generations: at most twice the capacity. */
  get size(): number {
    return this.young.count + this.old.count
  }

  get(token: string): V | undefined {
    const young = this.young.slotOf(token)
    if (young >= 0) return this.young.valueAt(young)
    const old = this.old.slotOf(token)
    if (old < 0) return undefined
    const value = this.old.valueAt(old)
    // The old generation's key, not `token`: that one may be a slice of a whole article.
    this.set(this.old.keyAt(old), value)
    return value
  }

  /** Remembers `value` for `token` (not already remembered); the key should be a string of its own (see WordIndex.lookup). */
  set(token: string, value: V): void {
    if (this.young.count >= this.capacity) {
      const dropped = this.old
      dropped.clear()
      this.old = this.young
      this.young = dropped
    }
    this.young.set(token, value)
  }

  clear(): void {
    this.young.clear()
    this.old.clear()
  }
}

/** One generation: an open-addressing table kept at most half full. */
class MemoTable<V> {
  private keys: (string | undefined)[]
  private values: (V | undefined)[]
  count = 0
  private readonly maxSlots: number

  constructor(
    capacity: number,
    private readonly seed: number,
  ) {
    this.maxSlots = 2 ** Math.ceil(Math.log2(Math.max(INITIAL_SLOTS, 2 * capacity)))
    this.keys = new Array<string | undefined>(INITIAL_SLOTS).fill(undefined)
    this.values = new Array<V | undefined>(INITIAL_SLOTS).fill(undefined)
  }

  /** The token's slot, or -1 when it is not here. */
  slotOf(token: string): number {
    const mask = this.keys.length - 1
    let slot = lookupHash(token, this.seed) & mask
    for (let probe = 0; probe < MAX_PROBES; probe++, slot = (slot + 1) & mask) {
      const key = this.keys[slot]
      if (key === undefined) return -1
      if (key === token) return slot
    }
    return -1
  }

  keyAt(slot: number): string {
    return this.keys[slot] as string
  }

  valueAt(slot: number): V {
    return this.values[slot] as V
  }

  /** Unless the token's MAX_PROBES slots are all taken: then it is not remembered. */
  set(token: string, value: V): void {
    if (2 * (this.count + 1) > this.keys.length && this.keys.length < this.maxSlots) this.grow()
    if (this.place(token, value)) this.count++
  }

  clear(): void {
    this.keys.fill(undefined)
    this.values.fill(undefined)
    this.count = 0
  }

  private place(token: string, value: V): boolean {
    const mask = this.keys.length - 1
    let slot = lookupHash(token, this.seed) & mask
    for (let probe = 0; probe < MAX_PROBES; probe++, slot = (slot + 1) & mask) {
      if (this.keys[slot] === undefined) {
        this.keys[slot] = token
        this.values[slot] = value
        return true
      }
    }
    return false
  }

  private grow(): void {
    const { keys, values } = this
    this.keys = new Array<string | undefined>(keys.length * 2).fill(undefined)
    this.values = new Array<V | undefined>(keys.length * 2).fill(undefined)
    this.count = 0
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]
      if (key !== undefined && this.place(key, values[i] as V)) this.count++
    }
  }
}

/** FNV-1a over the token's UTF-16 units from `seed`, folded so its low bits (the slot) depend on all of them. */
export function lookupHash(token: string, seed: number): number {
  let hash = seed
  for (let i = 0; i < token.length; i++) hash = Math.imul(hash ^ token.charCodeAt(i), 0x01000193)
  return (hash ^ (hash >>> 16)) & 0x7fffffff
}
