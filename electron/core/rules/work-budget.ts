/**
 * A hard cap on the work one article may cost the matcher, counted in units (a token looked up,
 * a word id or phrase continuation checked, an occurrence recorded or merged). Matching is linear in the text,
 * but a 10 MiB body of nothing but watchlist words is still a lot of linear work: past the budget
 * matching stops cleanly, keeps what it established, and says it stopped.
 */

/**
 * Units one article may cost. News costs about 1.3 units per byte with the shipped watchlists
 * (`npm run bench -- hostile`: 1.3 M units for 1 MB of the labeled articles, most of them about
 * the watchlists' topics), so this covers the longest body a feed may deliver (10 MiB) of such
 * news; 10 MiB made only of articles on those topics costs more and is cut short. The costliest
 * hostile text found (every watchlist word, over and over) costs about 4.5 units per byte and
 * stops after some 3.5 MB.
 */
export const DEFAULT_WORK_BUDGET = 16_000_000

/** Share of the budget the scan for phrases may use: the rest is kept for evaluating what it found. */
const SCAN_SHARE = 0.5

export class WorkBudget {
  private usedUnits = 0

  constructor(readonly limit: number) {}

  get used(): number {
    return this.usedUnits
  }

  /** Takes `units` for the scan; false (nothing taken) when that would pass the scan's share. */
  takeForScan(units: number): boolean {
    return this.take(units, this.limit * SCAN_SHARE)
  }

  /** Takes `units`; false (nothing taken) when that would pass the limit. */
  take(units: number, ceiling = this.limit): boolean {
    if (this.usedUnits + units > ceiling) return false
    this.usedUnits += units
    return true
  }
}
