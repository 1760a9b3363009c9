/**
 * The word index's memory of lookups: token → word ids, in a table of its own. A JavaScript Map
 * hashes each token in the engine's runtime, and every token is a fresh string (a slice of its
 * article), so no hash is ever reused; hashing the few UTF-16 units here and probing an open-
 * addressing table made the shipped watchlists' matching about a fifth faster (`npm run bench`).
 *
 * A slot holds its token's UTF-16 units itself, in one typed array: a lookup compares the token
 * with the units where its probe lands, one read of memory where a table of strings read the slot
 * and then the string it points to (in a different place), and the memo holds no string at all, so
 * no slice can keep its article alive. A token longer than MAX_MEMO_TOKEN_LENGTH units (none in
 * a million words of news is) is not remembered.
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
/** Units per slot: the token's length (plus one, 0 for an empty slot), then its units. */
const STRIDE = 16
/** Longest token remembered, in UTF-16 units. */
export const MAX_MEMO_TOKEN_LENGTH = STRIDE - 1
/** FNV-1a's offset basis, varied per process (see above); a test may fix its own. */
const PROCESS_SEED = (0x811c9dc5 ^ Math.floor(Math.random() * 0x100000000)) >>> 0

export class LookupMemo<V> {
  private young: MemoTable<V>
  private old: MemoTable<V>

  /** `capacity`: tokens each generation remembers. */
  constructor(
    private readonly capacity: number,
    private readonly seed = PROCESS_SEED,
  ) {
    this.young = new MemoTable<V>(capacity, seed)
    this.old = new MemoTable<V>(capacity, seed)
  }

  /** Tokens remembered, both generations: at most twice the capacity. */
  get size(): number {
    return this.young.count + this.old.count
  }

  get(token: string): V | undefined {
    if (token.length > MAX_MEMO_TOKEN_LENGTH) return undefined
    const hash = lookupHash(token, this.seed)
    const young = this.young.slotOf(token, hash)
    if (young >= 0) return this.young.valueAt(young)
    const old = this.old.slotOf(token, hash)
    if (old < 0) return undefined
    const value = this.old.valueAt(old)
    this.remember(token, hash, value)
    return value
  }

  /** Remembers `value` for `token` (not already remembered; nothing when it is longer than MAX_MEMO_TOKEN_LENGTH). */
  set(token: string, value: V): void {
    if (token.length <= MAX_MEMO_TOKEN_LENGTH) this.remember(token, lookupHash(token, this.seed), value)
  }

  private remember(token: string, hash: number, value: V): void {
    if (this.young.count >= this.capacity) {
      const dropped = this.old
      dropped.clear()
      this.old = this.young
      this.young = dropped
    }
    this.young.set(token, hash, value)
  }

  clear(): void {
    this.young.clear()
    this.old.clear()
  }
}

/** Whether cells[at, at + STRIDE) hold `token`. */
function holds(cells: Uint16Array, at: number, token: string): boolean {
  const length = token.length
  if (cells[at] !== length + 1) return false
  let i = 0
  while (i < length && cells[at + 1 + i] === token.charCodeAt(i)) i++
  return i === length
}

/** Writes `token` into cells[at, at + STRIDE). */
function store(cells: Uint16Array, at: number, token: string): void {
  cells[at] = token.length + 1
  for (let i = 0; i < token.length; i++) cells[at + 1 + i] = token.charCodeAt(i)
}

/** One generation: an open-addressing table kept at most half full, its tokens' units in `cells`. */
class MemoTable<V> {
  /** STRIDE units per slot (see STRIDE). */
  private cells: Uint16Array
  private values: (V | undefined)[]
  private slots = INITIAL_SLOTS
  count = 0
  private readonly maxSlots: number

  constructor(
    capacity: number,
    private readonly seed: number,
  ) {
    this.maxSlots = 2 ** Math.ceil(Math.log2(Math.max(INITIAL_SLOTS, 2 * capacity)))
    this.cells = new Uint16Array(INITIAL_SLOTS * STRIDE)
    this.values = new Array<V | undefined>(INITIAL_SLOTS).fill(undefined)
  }

  /** The token's slot, or -1 when it is not here (the token is at most MAX_MEMO_TOKEN_LENGTH long; `hash` its lookupHash). */
  slotOf(token: string, hash: number): number {
    const mask = this.slots - 1
    let slot = hash & mask
    for (let probe = 0; probe < MAX_PROBES; probe++, slot = (slot + 1) & mask) {
      const at = slot * STRIDE
      if (this.cells[at] === 0) return -1
      if (holds(this.cells, at, token)) return slot
    }
    return -1
  }

  valueAt(slot: number): V {
    return this.values[slot] as V
  }

  /** Unless the token's MAX_PROBES slots are all taken: then it is not remembered. */
  set(token: string, hash: number, value: V): void {
    if (2 * (this.count + 1) > this.slots && this.slots < this.maxSlots) this.grow()
    const slot = this.freeSlot(hash)
    if (slot < 0) return
    store(this.cells, slot * STRIDE, token)
    this.values[slot] = value
    this.count++
  }

  clear(): void {
    this.cells.fill(0)
    this.values.fill(undefined)
    this.count = 0
  }

  /** The first free slot of a token with this hash within MAX_PROBES, or -1. */
  private freeSlot(hash: number): number {
    const mask = this.slots - 1
    let slot = hash & mask
    for (let probe = 0; probe < MAX_PROBES; probe++, slot = (slot + 1) & mask) {
      if (this.cells[slot * STRIDE] === 0) return slot
    }
    return -1
  }

  /** Twice the slots, every token placed again (in slot order, as a table of strings did). */
  private grow(): void {
    const { cells, values, slots } = this
    this.slots = slots * 2
    this.cells = new Uint16Array(this.slots * STRIDE)
    this.values = new Array<V | undefined>(this.slots).fill(undefined)
    this.count = 0
    for (let from = 0; from < slots; from++) {
      const at = from * STRIDE
      if (cells[at] === 0) continue
      const units = cells.subarray(at, at + cells[at])
      // The token again as a string, for the one hash function: a table grows a few times at most.
      const slot = this.freeSlot(lookupHash(String.fromCharCode(...units.subarray(1)), this.seed))
      if (slot < 0) continue
      this.cells.set(units, slot * STRIDE)
      this.values[slot] = values[from]
      this.count++
    }
  }
}

/** FNV-1a over the token's UTF-16 units from `seed`, folded so its low bits (the slot) depend on all of them. */
export function lookupHash(token: string, seed: number): number {
  let hash = seed
  for (let i = 0; i < token.length; i++) hash = Math.imul(hash ^ token.charCodeAt(i), 0x01000193)
  return (hash ^ (hash >>> 16)) & 0x7fffffff
}
