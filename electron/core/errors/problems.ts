/**
 * Every error Marsad reports, as data: a stable code and its parameters. Errors cross the
 * contract (IPC, HTTP, the worker) and are stored (a feed's last error) in this form; each adapter
 * words them for its reader (src/lib/errors.ts in Arabic for the UI, ./english.ts for the CLI and
 * logs). Nobody parses an error's wording.
 *
 * The lowest layer of the core: plain data and pure functions, importable from anywhere,
 * the renderer included.
 */

/** Why a watchlist query was refused; `position` in the error says where. */
export type QueryProblem =
  | 'empty_query'
  | 'unbalanced_open'
  | 'unbalanced_close'
  | 'unbalanced_quote'
  | 'empty_parentheses'
  | 'unexpected_term'
  | 'missing_term'
  | 'operator_without_term'
  | 'needs_positive_term'
  | 'or_needs_positive_term'
  | 'near_operand_not'
  | 'near_needs_positive_term'
  | 'near_distance'
  | 'too_deep'
  | 'too_long'
  | 'too_many_terms'
  | 'no_letters'
  | 'word_after_equals'
  | 'wildcard_not_at_end'
  | 'letters_before_star'
  | 'prefix_multiword'
  | 'prefix_too_short'
  | 'unknown_set'
  | 'set_cycle'
  | 'bad_set_name'
  | 'distinct_count'
  | 'distinct_over_members'
  | 'verb_multiword'
  | 'verb_not_plain'

/** A query error's fields, without the watchlist it belongs to. */
export interface QuerySyntax {
  readonly code: 'query.syntax'
  /** The query as written (one line, at most 120 characters shown by adapters). */
  readonly query: string
  /** UTF-16 offset into the query. */
  readonly position: number
  readonly problem: QueryProblem
  /** The operator without a term (AND, OR, NOT, NEAR/n, …), for operator_without_term. */
  readonly operator?: string
  /** The bound broken: NEAR's largest distance, a prefix's fewest letters, the size limits. */
  readonly limit?: number
  /** The watchlist the query belongs to, when it came from a watchlist file. */
  readonly watchlist?: string
  /** The term set (`@name`) the query belongs to, or the one it names (unknown_set, set_cycle). */
  readonly termSet?: string
}

/**
 * What was wrong with a watchlist file's shape. `problem` is one of ours (empty_term, bad_id,
 * empty_name, no_terms, bad_term, duplicate_id) or a schema check's own code (invalid_type,
 * too_big, too_small, unrecognized_keys…); `path` says where, as dotted keys (watchlists.2.terms.0).
 */
export interface WatchlistsInvalid {
  readonly code: 'watchlists.invalid'
  readonly path: string
  readonly problem: string
  readonly limit?: number
  readonly value?: string
}

/** Why a fetch failed at the network level, beyond the common cases with their own codes. */
export type NetworkReason = 'unreachable' | 'tls' | 'protocol' | 'other'

/** Which Marsad polls: the desktop app, a `marsad poll` command, or `marsad serve`. */
export type PollerKind = 'app' | 'cli' | 'serve'

/** Who holds a database's poll lease: one poller at a time polls a database. */
export interface PollLeaseHolder {
  readonly kind: PollerKind
  readonly pid: number
  readonly host: string
  /** When it took the lease (epoch ms). */
  readonly since: number
}

/** A poll refused because another process (or another service in this one) is polling the database. */
export interface PollBusy extends PollLeaseHolder {
  readonly code: 'poll.busy'
}

/**
 * Why a feed the strict XML parser refused had to be read by the tolerant one: a bare `&` (as in
 * `?id=1&cat=2`), a tag left open or closed out of order, a document cut short, <rss> without a
 * version, elements nested deeper than the strict parser reads (256 levels) in an otherwise sound
 * document, or something else (the parser's own words are in the notice's detail).
 */
export type RepairReason = 'bare_ampersand' | 'unclosed_tag' | 'truncated' | 'missing_version' | 'too_deep' | 'other'

/**
 * Why the charset a feed declared (HTTP header or XML declaration) was not used: its bytes are
 * not valid in it, they are UTF-8, they are UTF-16, or a Latin charset was declared over
 * windows-1256 Arabic.
 */
export type CharsetOverride = 'invalid_bytes' | 'utf8_bytes' | 'utf16_bytes' | 'arabic_bytes'

export type ErrorDetail =
  // Fetching a feed or a page.
  | { readonly code: 'feed.http_status'; readonly status: number }
  | { readonly code: 'feed.timeout'; readonly seconds: number }
  | { readonly code: 'feed.connection_refused' }
  | { readonly code: 'feed.connection_reset' }
  | { readonly code: 'feed.host_not_found' }
  /** `system` is the operating system's or TLS library's code (EHOSTUNREACH, CERT_HAS_EXPIRED…) when known. */
  | { readonly code: 'feed.network'; readonly reason: NetworkReason; readonly system?: string; readonly detail: string }
  | { readonly code: 'feed.too_large'; readonly limitBytes: number }
  | { readonly code: 'feed.redirect_loop'; readonly url: string }
  | { readonly code: 'feed.too_many_redirects'; readonly max: number }
  | { readonly code: 'feed.bad_scheme'; readonly scheme: string }
  /** A private, loopback or LAN address reached from a feed that is not on that host (redirect, article link). */
  | { readonly code: 'feed.private_address'; readonly host: string }
  | { readonly code: 'feed.unexpected_not_modified' }
  // What came back.
  | { readonly code: 'feed.dtd_entities' }
  | { readonly code: 'feed.not_a_feed' }
  | { readonly code: 'feed.malformed'; readonly line?: number; readonly column?: number; readonly detail: string }
  | { readonly code: 'feed.page_without_feed' }
  | { readonly code: 'feed.gone' }
  // Notices: the feed was read, but not as it said (shown on the feed, never a failure).
  /** `line` (and feed.malformed's `line`/`column`) count from 1, as an editor does. */
  | { readonly code: 'feed.repaired'; readonly reason: RepairReason; readonly detail: string; readonly line?: number }
  | { readonly code: 'feed.charset_overridden'; readonly declared: string; readonly used: string; readonly reason: CharsetOverride }
  // Subscriptions.
  | { readonly code: 'feed.not_found'; readonly id: number }
  | { readonly code: 'article.not_found'; readonly id: number }
  | { readonly code: 'watchlist.not_found'; readonly id: string }
  | { readonly code: 'feed.unknown_encoding'; readonly label: string }
  // OPML files.
  | { readonly code: 'opml.too_large'; readonly length: number; readonly limit: number }
  | { readonly code: 'opml.dtd_entities' }
  | { readonly code: 'opml.not_opml' }
  | { readonly code: 'opml.malformed'; readonly detail: string }
  /** A labeled set (JSONL) refused at `line` (from 1): not_json, not_object, bad_text, bad_labels, bad_title… */
  | { readonly code: 'labeled.invalid'; readonly line: number; readonly problem: string }
  // Watchlists and their queries.
  | QuerySyntax
  | WatchlistsInvalid
  | { readonly code: 'watchlists.not_json'; readonly position?: number; readonly detail: string }
  // Contract input.
  | { readonly code: 'input.unknown_operation'; readonly operation: string }
  /** `problem`: not_http_url, url_too_long, text_too_large, or a schema check's own code (invalid_type, too_small…). */
  | { readonly code: 'input.invalid'; readonly operation: string; readonly field: string; readonly problem: string; readonly limit?: number; readonly value?: string }
  | { readonly code: 'input.body_too_large'; readonly limitBytes: number }
  | { readonly code: 'input.bad_json' }
  | { readonly code: 'input.not_allowed' }
  /** What was typed in the search box is no search: no word in it, only -excluded words, or too many words. */
  | { readonly code: 'search.invalid'; readonly problem: 'empty' | 'only_excluded' | 'too_many_words'; readonly limit?: number }
  // Reaching the core from the renderer over HTTP (worded by the renderer only, never stored).
  | { readonly code: 'server.unreachable'; readonly detail: string }
  | { readonly code: 'server.bad_response'; readonly status: number }
  // The database and the core itself.
  | { readonly code: 'db.newer_schema'; readonly version: number; readonly supported: number }
  | { readonly code: 'db.native_module_missing'; readonly path: string }
  | { readonly code: 'db.open_failed'; readonly path: string; readonly detail: string }
  | { readonly code: 'core.stopped'; readonly detail: string }
  | PollBusy
  /** A feed error stored before errors were codes (an upgraded database); `text` is its old English wording. */
  | { readonly code: 'legacy'; readonly text: string }
  /** Anything unexpected: a bug. `detail` is the exception's own message, for logs and the CLI. */
  | { readonly code: 'internal'; readonly detail: string }

export type ErrorCode = ErrorDetail['code']

/**
 * Why an OPML outline was left out (not an error: the rest of the file is imported):
 * - `not-http`: its address uses another scheme (feed:, file:, javascript:, …);
 * - `invalid-url`: its address does not parse as a URL;
 * - `duplicate`: an earlier outline already had the same address;
 * - `over-limit`: the file already gave as many feeds as one import takes;
 * - `missing-url`: a `type="rss"` outline without an `xmlUrl`.
 */
export type OpmlSkipReason = 'not-http' | 'invalid-url' | 'duplicate' | 'over-limit' | 'missing-url'

/** The parameters of one code's error. */
export type DetailOf<C extends ErrorCode> = Extract<ErrorDetail, { code: C }>

/**
 * Codes that mean the caller's input was refused (HTTP 400, CLI exit 2), as opposed to something
 * failing on the way (a server, the network, the disk: HTTP 500, CLI exit 1).
 */
const REFUSALS: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'feed.bad_scheme',
  'feed.private_address',
  'feed.not_found',
  'article.not_found',
  'watchlist.not_found',
  'feed.unknown_encoding',
  'opml.too_large',
  'opml.dtd_entities',
  'opml.not_opml',
  'opml.malformed',
  'labeled.invalid',
  'query.syntax',
  'watchlists.invalid',
  'watchlists.not_json',
  'input.unknown_operation',
  'input.invalid',
  'input.body_too_large',
  'input.bad_json',
  'input.not_allowed',
  'search.invalid',
])

export function isRefusal(detail: ErrorDetail): boolean {
  return REFUSALS.has(detail.code)
}

/** True for a plain value shaped like an ErrorDetail (a string code): what came off a wire or out of a column. */
export function isErrorDetail(value: unknown): value is ErrorDetail {
  return typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string'
}

/** A query as an error message shows it: on one line, and not megabytes long. */
export function queryExcerpt(query: string): string {
  const oneLine = query.replace(/[\r\n\t\v\f\u2028\u2029]/gu, ' ')
  return oneLine.length > 120 ? `${oneLine.slice(0, 120)}…` : oneLine
}
