/**
 * The flag arrays one article's matching marks — phrases found, candidate terms, live term sets —
 * reused from one article to the next. A typed array longer than 64 bytes lives outside the JS
 * heap, and allocating three per article cost more than matching a short article does. A pool,
 * not one set: runAsync interleaves articles (ingest matches while it pauses), each with its own.
 */
export interface RunFlags {
  /** By phrase id: 1 when found in either field. */
  readonly found: Uint8Array
  /** By term (numbered over all watchlists): 1 when it holds a phrase found. */
  readonly candidates: Uint8Array
  /** By set number: 1 when the set holds a phrase found. */
  readonly liveSets: Uint8Array
  /** By phrase id, all undefined: the arrays behind the title's and the body's PhraseOccurrences. */
  readonly titleLists: (number[] | undefined)[]
  readonly bodyLists: (number[] | undefined)[]
}

/** Flag sets kept for reuse: more than articles ever matched at once. */
const MAX_FREE = 8

export class RunFlagPool {
  private readonly free: RunFlags[] = []

  constructor(private readonly sizes: { readonly phrases: number; readonly terms: number; readonly sets: number }) {}

  /** Flags all 0, for one article. */
  acquire(): RunFlags {
    return (
      this.free.pop() ?? {
        found: new Uint8Array(this.sizes.phrases),
        candidates: new Uint8Array(this.sizes.terms),
        liveSets: new Uint8Array(this.sizes.sets),
        titleLists: new Array<number[] | undefined>(this.sizes.phrases).fill(undefined),
        bodyLists: new Array<number[] | undefined>(this.sizes.phrases).fill(undefined),
      }
    )
  }

  /** Gives flags back once their article is done with them (they are cleared here; the lists by their PhraseOccurrences). */
  release(flags: RunFlags): void {
    if (this.free.length >= MAX_FREE) return
    flags.found.fill(0)
    flags.candidates.fill(0)
    flags.liveSets.fill(0)
    this.free.push(flags)
  }
}
