/**
 * Does a Node version satisfy a package's `engines.node` range? Enough of npm's semver grammar for
 * what engines fields say (`>= 22.12.0`, `^20.19.0 || >=22.12.0`, `20.x || 22.x`), with no
 * dependency; a form it does not know throws rather than passing silently.
 */
type Version = readonly [number, number, number]
type Comparator = (v: Version) => boolean

const TOKEN = /^(>=|<=|>|<|=|\^|~)?v?(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(?:-[\w.]+)?$/

function compare(a: Version, b: Version): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i]
  return 0
}

export function parseVersion(text: string): Version {
  const m = /^v?(\d+)\.(\d+)\.(\d+)/.exec(text.trim())
  if (!m) throw new Error(`not a version: ${text}`)
  return [Number(m[1]), Number(m[2]), Number(m[3])]
}

/** One token as a comparator. A partial version (20, 20.1, 20.x) covers the whole span it names. */
function comparator(token: string, range: string): Comparator {
  const m = TOKEN.exec(token)
  if (!m) throw new Error(`unsupported version range "${range}" (token "${token}")`)
  const op = m[1] ?? '='
  const parts = [m[2], m[3], m[4]].map((p) => (p === undefined || /^[xX*]$/.test(p) ? undefined : Number(p)))
  const given = parts.findIndex((p) => p === undefined)
  const exact = given === -1 ? 3 : given // how many leading numbers are given
  const low: Version = [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0]
  const bump = (at: number): Version => (at === 0 ? [low[0] + 1, 0, 0] : at === 1 ? [low[0], low[1] + 1, 0] : [low[0], low[1], low[2] + 1])
  // The first version past the span: 20.x → 21.0.0, 20.1 → 20.2.0, 20.1.2 → 20.1.3, * → none.
  const end: Version | undefined = exact === 0 ? undefined : bump(exact - 1)
  const below = (limit: Version | undefined): Comparator => (v) => limit === undefined || compare(v, limit) < 0
  const atLeast = (limit: Version): Comparator => (v) => compare(v, limit) >= 0
  switch (op) {
    case '>=':
      return atLeast(low)
    case '>':
      return end === undefined ? () => false : atLeast(end)
    case '<':
      return (v) => compare(v, low) < 0
    case '<=':
      return below(end)
    case '^': {
      const firstNonZero = low[0] !== 0 || exact <= 1 ? 0 : low[1] !== 0 || exact <= 2 ? 1 : 2
      return (v) => atLeast(low)(v) && below(bump(firstNonZero))(v)
    }
    case '~':
      return (v) => atLeast(low)(v) && below(bump(Math.min(Math.max(exact - 1, 0), 1)))(v)
    default:
      return (v) => atLeast(low)(v) && below(end)(v)
  }
}

export function satisfies(version: string, range: string): boolean {
  const v = parseVersion(version)
  return range.split('||').some((alternative) => {
    const tokens = alternative.trim().replace(/(>=|<=|>|<|=|\^|~)\s+/g, '$1').split(/\s+/).filter(Boolean)
    return tokens.map((t) => comparator(t, range)).every((c) => c(v))
  })
}
