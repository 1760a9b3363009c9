/**
 * The word index's memory of lookups: token → word ids, in a table of its own. A JavaScript Map
 * hashes each token in the engine's runtime, and every token is a fresh string (a slice of its
 * article), so no hash is ever reused; hashing the few UTF-16 units here and probing an open-
 * addressing table made the shipped watchlists' matching about a fifth faster (`npm run bench`).
 *
 * Memory stays bounded: past `capacity` tokens the memo starts over (a hostile text of endless
 * distinct tokens only ever refills it). The table starts small and doubles, so a matcher built
 * for one query does not pay for a large one.
 */

const INITIAL_SLOTS = 1 << 10

export class LookupMemo<V> {
  private keys: (string | undefined)[]
  private values: (V | undefined)[]
  private count = 0
  private readonly maxSlots: number

  /** `capacity`: tokens remembered before starting over. */
  constructor(private readonly capacity: number) {
    // Kept at most half full: probes stay short.
    this.maxSlots = 2 ** Math.ceil(Math.log2(Math.max(INITIAL_SLOTS, 2 * capacity)))
    this.keys = new Array<string | undefined>(INITIAL_SLOTS).fill(undefined)
    this.values = new Array<V | undefined>(INITIAL_SLOTS).fill(undefined)
  }

  get size(): number {
    return this.count
  }

  get(token: string): V | undefined {
    const mask = this.keys.length - 1
    for (let slot = slotOf(token, mask); ; slot = (slot + 1) & mask) {
      const key = this.keys[slot]
      if (key === undefined) return undefined
      if (key === token) return this.values[slot]
    }
  }

  /** Remembers `value` for `token` (not already remembered); the key should be a string of its own (see WordIndex.lookup). */
  set(token: string, value: V): void {
    if (this.count >= this.capacity) this.clear()
    else if (2 * (this.count + 1) > this.keys.length && this.keys.length < this.maxSlots) this.grow()
    this.place(token, value)
    this.count++
  }

  clear(): void {
    this.keys.fill(undefined)
    this.values.fill(undefined)
    this.count = 0
  }

  private place(token: string, value: V): void {
    const mask = this.keys.length - 1
    let slot = slotOf(token, mask)
    while (this.keys[slot] !== undefined) slot = (slot + 1) & mask
    this.keys[slot] = token
    this.values[slot] = value
  }

  private grow(): void {
    const { keys, values } = this
    this.keys = new Array<string | undefined>(keys.length * 2).fill(undefined)
    this.values = new Array<V | undefined>(keys.length * 2).fill(undefined)
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]
      if (key !== undefined) this.place(key, values[i] as V)
    }
  }
}

/** FNV-1a over the token's UTF-16 units, folded into the table's range. */
function slotOf(token: string, mask: number): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < token.length; i++) hash = Math.imul(hash ^ token.charCodeAt(i), 0x01000193)
  return (hash ^ (hash >>> 16)) & mask
}
