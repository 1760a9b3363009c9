/**
 * Errors worded in one line of English: the CLI's messages, and every MarsadError's `message` (for
 * logs). The renderer has its own Arabic wording (src/lib/errors.ts). The table is typed so that a
 * new code cannot be added without its wording.
 */
import { queryExcerpt, type CharsetOverride, type DetailOf, type ErrorCode, type ErrorDetail, type PollerKind, type QueryProblem, type QuerySyntax, type RepairReason } from './problems'

type Wordings = { readonly [C in ErrorCode]: (detail: DetailOf<C>) => string }

const HTTP_REASONS: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  410: 'Gone',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
}

/** A poller as the CLI names it (who holds a database's poll lease). */
export function pollerName(kind: PollerKind): string {
  return { app: 'the desktop app', cli: 'a "marsad poll"', serve: 'a "marsad serve"' }[kind] ?? `a Marsad (${String(kind)})`
}

/** A byte count as people read it: 10 MiB, 512 KiB. */
function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Number((bytes / 1024 / 1024).toFixed(1))} MiB` : `${Math.round(bytes / 1024)} KiB`
}

const QUERY_PROBLEMS: { readonly [P in QueryProblem]: (d: QuerySyntax) => string } = {
  empty_query: () => 'empty query',
  unbalanced_open: () => 'unbalanced (',
  unbalanced_close: () => 'unbalanced )',
  unbalanced_quote: () => 'unbalanced quote',
  empty_parentheses: () => 'empty parentheses',
  unexpected_term: () => 'unexpected term',
  missing_term: () => 'missing term',
  operator_without_term: (d) => `operator ${d.operator ?? ''} without a term`,
  needs_positive_term: () => 'a query needs a term that is not negated',
  or_needs_positive_term: () => 'an OR alternative needs a term that is not negated',
  near_operand_not: () => 'NEAR needs a term on each side, not NOT',
  near_needs_positive_term: () => 'NEAR and SENT need a term on each side that is not negated',
  near_distance: (d) => `NEAR needs a distance from 1 to ${d.limit ?? 50}, written NEAR/5`,
  too_deep: (d) => `query is nested too deeply (parentheses, NOT and NEAR links together: at most ${d.limit ?? 64})`,
  too_long: (d) => `query is too long (at most ${d.limit ?? 10000} characters)`,
  too_many_terms: (d) => `query has too many terms (at most ${d.limit ?? 500})`,
  no_letters: () => 'term has no letters or digits',
  word_after_equals: () => 'expected a word after =',
  wildcard_not_at_end: () => 'a wildcard * may only end a word',
  letters_before_star: () => 'expected letters before *',
  prefix_multiword: () => 'a prefix* must be a single word',
  prefix_too_short: (d) => `a prefix* needs at least ${d.limit ?? 2} letters`,
  unknown_set: (d) => `no term set named @${d.termSet ?? ''}`,
  set_cycle: (d) => `term set @${d.termSet ?? ''} refers back to itself`,
  bad_set_name: () => 'a term set name is lowercase letters, digits, - and _ after @',
  distinct_count: (d) => `@set{n} needs a count from 2 to ${d.limit ?? 9}, written @set{2}`,
  distinct_over_members: (d) => `@set{n} asks for more different members than the set lists (${d.limit ?? 0})`,
  verb_multiword: () => 'a verb~ must be a single word',
  verb_not_plain: () => 'a verb~ is a plain word, without = or *',
}

/** What was wrong with one line of a labeled set (JSONL). */
const LABELED_PROBLEMS: Readonly<Record<string, string>> = {
  empty: 'no labeled texts in the file',
  not_json: 'not valid JSON',
  not_object: 'expected an object {"text": "…", "labels": ["…"]}',
  bad_text: '"text" must be a string (at most 1,000,000 characters)',
  bad_labels: '"labels" must be a list of watchlist ids',
  bad_title: '"title" must be a string',
}

/** Problems of a watchlist file's or a call's shape: ours by name, else the schema check's code. */
const SHAPE_PROBLEMS: Readonly<Record<string, (d: { limit?: number; value?: string }) => string>> = {
  empty_term: () => 'empty term',
  bad_term: () => 'a term is a query string or {"query": "…", "weight": number}',
  bad_id: () => 'id must be lowercase letters, digits, - or _',
  empty_name: () => 'empty name',
  no_terms: () => 'a watchlist needs at least one term',
  duplicate_id: (d) => `duplicate id "${d.value ?? ''}"`,
  set_too_many_queries: (d) => `the watchlists together have too many terms and exclusions (at most ${d.limit ?? '?'})`,
  set_too_large: (d) => `the watchlists' queries together are too long (at most ${d.limit ?? '?'} characters)`,
  zero_weight: () => 'a term weight is a number from -100 to 100, not 0',
  bad_color: () => 'a colour is written #rrggbb',
  bad_set_name: () => 'a term set name is lowercase letters, digits, - or _',
  // The only keys a schema checks are term set names.
  invalid_key: () => 'a term set name is lowercase letters, digits, - or _',
  not_http_url: () => 'feed URL must be an http:// or https:// address',
  url_too_long: () => 'URL is too long',
  unknown_time_zone: () => 'unknown time zone (use an IANA name such as Asia/Beirut, or UTC)',
  empty_quiet_hours: () => 'quiet hours must start and end at different times',
  text_too_large: (d) => `text too large (${d.limit ?? '?'} characters at most)`,
  invalid_type: (d) => (d.value ? `expected ${d.value}` : 'wrong type'),
  unrecognized_keys: (d) => `unknown key(s): ${d.value ?? ''}`,
  too_small: (d) => (d.limit === undefined ? 'too small' : `must be at least ${d.limit}`),
  not_above: (d) => `must be greater than ${d.limit ?? 0}`,
  not_below: (d) => `must be less than ${d.limit ?? 0}`,
  too_big: (d) => (d.limit === undefined ? 'too large' : `must be at most ${d.limit}`),
  invalid_value: (d) => (d.value ? `must be one of ${d.value}` : 'not an allowed value'),
}

export function shapeProblem(problem: string, detail: { limit?: number; value?: string }): string {
  return SHAPE_PROBLEMS[problem]?.(detail) ?? problem.replace(/_/g, ' ')
}

function querySyntax(d: QuerySyntax): string {
  const text = `${QUERY_PROBLEMS[d.problem]?.(d) ?? d.problem} at position ${d.position} in query «${queryExcerpt(d.query)}»`
  if (d.watchlist) return `watchlist "${d.watchlist}": ${text}`
  return d.termSet && d.problem !== 'unknown_set' && d.problem !== 'set_cycle' ? `term set @${d.termSet}: ${text}` : text
}

const REPAIR_REASONS: { readonly [R in RepairReason]: string } = {
  bare_ampersand: 'a bare & (as in ?id=1&cat=2)',
  unclosed_tag: 'a tag left open or closed out of order',
  truncated: 'the document is cut short',
  missing_version: '<rss> without a version',
  too_deep: 'elements nested deeper than 256 levels',
  other: 'not well-formed XML',
}

const CHARSET_OVERRIDES: { readonly [R in CharsetOverride]: string } = {
  invalid_bytes: 'the bytes are not valid in the declared charset',
  utf8_bytes: 'the bytes are UTF-8',
  utf16_bytes: 'the bytes are UTF-16',
  arabic_bytes: 'the bytes are Arabic in windows-1256',
}

const WORDINGS: Wordings = {
  'feed.http_status': (d) => `HTTP ${d.status}${HTTP_REASONS[d.status] ? ` ${HTTP_REASONS[d.status]}` : ''}`,
  'feed.timeout': (d) => `timed out after ${d.seconds} s`,
  'feed.connection_refused': () => 'connection refused',
  'feed.connection_reset': () => 'connection reset',
  'feed.host_not_found': () => 'host not found',
  'feed.network': (d) => d.detail || `network error${d.system ? ` (${d.system})` : ''}`,
  'feed.too_large': (d) => `body larger than ${formatBytes(d.limitBytes)}`,
  'feed.redirect_loop': (d) => `redirect loop at ${d.url}`,
  'feed.too_many_redirects': (d) => `more than ${d.max} redirects`,
  'feed.bad_scheme': (d) => `refused ${d.scheme} URL: only http and https feeds are fetched`,
  'feed.private_address': (d) => `refused ${d.host}: a private or local network address, reachable only by a feed added with that address`,
  'feed.unexpected_not_modified': () => 'the server answered 304 Not Modified to a request without validators',
  'feed.dtd_entities': () => 'feed declares DTD entities; refused',
  'feed.not_a_feed': () => 'not a feed: no <rss>, <feed> or <rdf:RDF> element',
  'feed.malformed': (d) => `malformed feed: ${d.detail}`,
  'feed.page_without_feed': () => 'this is a web page that links to no RSS or Atom feed',
  'feed.gone': () => 'the site says this feed is gone for good (HTTP 410); it is no longer polled',
  'feed.repaired': (d) => `feed repaired: ${REPAIR_REASONS[d.reason] ?? REPAIR_REASONS.other} (${d.line ? `line ${d.line}: ` : ''}${d.detail})`,
  'feed.charset_overridden': (d) => `declared ${d.declared}, read as ${d.used} (${CHARSET_OVERRIDES[d.reason] ?? 'the bytes did not fit'})`,
  'feed.not_found': (d) => `no feed with id ${d.id}`,
  'feed.unknown_encoding': (d) => `unknown encoding "${d.label}" (e.g. windows-1256, iso-8859-6, utf-8)`,
  'opml.too_large': (d) => `OPML file too large: ${d.length} characters (limit ${d.limit})`,
  'opml.dtd_entities': () => 'refused OPML: it declares DTD entities (<!ENTITY), which OPML never needs',
  'opml.not_opml': () => 'not an OPML file: no <opml> element',
  'opml.malformed': (d) => `malformed OPML: ${d.detail}`,
  'labeled.invalid': (d) => (d.line === 0 ? `labeled set: ${LABELED_PROBLEMS[d.problem] ?? d.problem}` : `labeled set, line ${d.line}: ${LABELED_PROBLEMS[d.problem] ?? d.problem}`),
  'query.syntax': querySyntax,
  'watchlists.invalid': (d) => `invalid watchlists: ${d.path || '(root)'}: ${shapeProblem(d.problem, d)}`,
  'watchlists.not_json': (d) => `watchlists file is not valid JSON: ${d.detail}`,
  'input.unknown_operation': (d) => `unknown operation: ${d.operation}`,
  // The operation's name is ours, not the user's: the field and the problem are what they can fix.
  'input.invalid': (d) => (d.problem === 'not_http_url' ? shapeProblem(d.problem, d) : `invalid ${d.field || 'input'}: ${shapeProblem(d.problem, d)}`),
  'input.body_too_large': (d) => `request body larger than ${formatBytes(d.limitBytes)}`,
  'input.bad_json': () => 'request body is not JSON',
  'input.not_allowed': () => 'caller not allowed',
  'article.not_found': (d) => `no article ${d.id}`,
  'watchlist.not_found': (d) => `no watchlist "${d.id}" (marsad watchlists list shows their ids)`,
  'search.invalid': (d) =>
    d.problem === 'empty'
      ? 'nothing to search for: type a word'
      : d.problem === 'only_excluded'
        ? 'a search needs a word to find, not only -excluded ones'
        : `too many words to search for (at most ${d.limit})`,
  'server.unreachable': (d) => `cannot reach the Marsad server: ${d.detail}`,
  'server.bad_response': (d) => `unexpected response from the Marsad server (HTTP ${d.status})`,
  'db.newer_schema': (d) => `database schema v${d.version} is newer than this Marsad (v${d.supported}); update Marsad`,
  'db.native_module_missing': (d) => `the SQLite module built for this app is missing at ${d.path} (in a checkout, npm start prepares it; otherwise reinstall Marsad)`,
  'db.open_failed': (d) => `cannot open the database ${d.path}: ${d.detail}`,
  'core.stopped': (d) => `core stopped: ${d.detail}`,
  'poll.busy': (d) => `${pollerName(d.kind)} is polling this database (pid ${d.pid} on ${d.host}, since ${new Date(d.since).toISOString().replace(/\.\d+Z$/, 'Z')})`,
  legacy: (d) => d.text,
  internal: (d) => d.detail,
}

/** The error in one line of English. Unknown codes (from a newer core) still say something. */
export function englishMessage(detail: ErrorDetail): string {
  const word = WORDINGS[detail.code] as ((d: ErrorDetail) => string) | undefined
  const text = word ? word(detail) : `error ${detail.code}`
  return text.replace(/[\r\n\u2028\u2029]+/gu, ' ')
}
