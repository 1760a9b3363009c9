/**
 * Which addresses a fetch may connect to. A feed is public data, so a public feed must not make
 * Marsad reach the analyst's own machine or LAN (a router's admin page, a local service) by a
 * redirect or an article link. The one exception is the host the analyst typed: a feed served from
 * their own network (http://127.0.0.1:8080/rss, http://nas.local/feed) is theirs to read, so that
 * host name — and only that name — may resolve to a private address.
 *
 * The address is checked when the socket connects (the `lookup` the request uses refuses), not in
 * a pre-check, so a name that resolves to a public address first and to 127.0.0.1 a moment later
 * (DNS rebinding) is still caught. IP literals never go through a lookup and are checked up front.
 */
import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions } from 'node:dns'
import { isIP, type LookupFunction } from 'node:net'
import { MarsadError } from '../errors/marsad-error'

/** Resolves a host name to its addresses (dns.lookup by default; tests inject their own). */
export type Resolver = (hostname: string) => Promise<readonly LookupAddress[]>

export interface AddressPolicy {
  /** The one host name (or IP literal) allowed to be private: the feed's own. Null: none. */
  readonly privateHost: string | null
  readonly resolve?: Resolver
}

const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) => {
    const options: LookupAllOptions = { all: true }
    dnsLookup(hostname, options, (err, addresses) => (err ? reject(err) : resolve(addresses)))
  })

/** URL.hostname keeps an IPv6 literal's brackets; sockets and comparisons want it bare. */
export function bareHost(hostname: string): string {
  return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname
}

/** The policy for fetches on behalf of a feed at `feedUrl`: its own host may be private. */
export function policyForFeed(feedUrl: string, resolve?: Resolver): AddressPolicy {
  let privateHost: string | null = null
  try {
    privateHost = bareHost(new URL(feedUrl).hostname.toLowerCase())
  } catch {
    // not a URL: no host may be private
  }
  return { privateHost, resolve }
}

function mayBePrivate(hostname: string, policy: AddressPolicy): boolean {
  return policy.privateHost !== null && bareHost(hostname.toLowerCase()) === policy.privateHost
}

function refusal(hostname: string): MarsadError {
  return new MarsadError({ code: 'feed.private_address', host: bareHost(hostname) })
}

/** Throws for an IP-literal host that is private and not the allowed one (names are checked on connect). */
export function checkLiteralHost(url: URL, policy: AddressPolicy): void {
  const host = bareHost(url.hostname)
  if (isIP(host) !== 0 && isPrivateAddress(host) && !mayBePrivate(host, policy)) throw refusal(host)
}

/**
 * A `lookup` for http.request: resolves, then refuses (with a MarsadError) a name any of whose
 * addresses is private, unless it is the allowed host. Answers in both shapes net asks for.
 */
export function guardedLookup(policy: AddressPolicy): LookupFunction {
  const resolve = policy.resolve ?? systemResolver
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (addresses) => {
        const family = options.family === 4 || options.family === 6 ? options.family : 0
        const usable = addresses.filter((a) => family === 0 || a.family === family)
        if (usable.length === 0) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '', 0)
        if (!mayBePrivate(hostname, policy) && usable.some((a) => isPrivateAddress(a.address))) return callback(refusal(hostname), '', 0)
        if (options.all) return (callback as unknown as (err: null, all: LookupAddress[]) => void)(null, [...usable])
        callback(null, usable[0].address, usable[0].family)
      },
      (err: unknown) => callback(err as NodeJS.ErrnoException, '', 0),
    )
  }
}

// ── Classifying addresses ────────────────────────────────────────────────────────────────────

/** [first address as a number, prefix length]: loopback, private, link-local, CGNAT, reserved… */
const PRIVATE_V4: readonly (readonly [string, number])[] = [
  ['0.0.0.0', 8], // "this network", unspecified
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local (cloud metadata services live here)
  ['172.16.0.0', 12],
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and the broadcast address
]

function v4Number(address: string): number {
  return address.split('.').reduce((n, part) => n * 256 + Number(part), 0)
}

function isPrivateV4(address: string): boolean {
  const n = v4Number(address)
  return PRIVATE_V4.some(([base, bits]) => Math.floor(n / 2 ** (32 - bits)) === Math.floor(v4Number(base) / 2 ** (32 - bits)))
}

/** The eight 16-bit groups of an IPv6 address (a dotted IPv4 tail counts as two). */
function v6Groups(address: string): number[] {
  const zoneless = address.split('%')[0].toLowerCase()
  const [head, tail] = zoneless.includes('::') ? zoneless.split('::') : [zoneless, undefined]
  const parse = (part: string): number[] =>
    part === ''
      ? []
      : part.split(':').flatMap((group) => {
          if (!group.includes('.')) return [parseInt(group, 16)]
          const n = v4Number(group)
          return [Math.floor(n / 65536), n % 65536]
        })
  const left = parse(head)
  const right = tail === undefined ? [] : parse(tail)
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right]
}

function v4From(high: number, low: number): string {
  return [high >> 8, high & 255, low >> 8, low & 255].join('.')
}

function isPrivateV6(address: string): boolean {
  const g = v6Groups(address)
  const zeros = (n: number): boolean => g.slice(0, n).every((x) => x === 0)
  if (zeros(8)) return true // :: unspecified
  if (zeros(7) && g[7] === 1) return true // ::1 loopback
  if (zeros(5) && g[5] === 0xffff) return isPrivateV4(v4From(g[6], g[7])) // IPv4-mapped ::ffff:a.b.c.d
  if (zeros(6)) return isPrivateV4(v4From(g[6], g[7])) // IPv4-compatible ::a.b.c.d (deprecated)
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return isPrivateV4(v4From(g[6], g[7])) // NAT64
  if (g[0] === 0x2002) return isPrivateV4(v4From(g[1], g[2])) // 6to4
  if ((g[0] & 0xfe00) === 0xfc00) return true // unique local fc00::/7
  if ((g[0] & 0xffc0) === 0xfe80 || (g[0] & 0xffc0) === 0xfec0) return true // link-local, old site-local
  if ((g[0] & 0xff00) === 0xff00) return true // multicast
  return false
}

/** Whether an IP address (v4 or v6) is loopback, private, link-local, unique-local, CGNAT, unspecified, multicast or reserved. */
export function isPrivateAddress(address: string): boolean {
  const bare = bareHost(address)
  const version = isIP(bare.split('%')[0])
  if (version === 4) return isPrivateV4(bare)
  if (version === 6) return isPrivateV6(bare)
  return false
}
