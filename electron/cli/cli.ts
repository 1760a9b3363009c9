/**
 * `marsad`: the command-line adapter over the core. Run as `npm run -s marsad -- [--db PATH] <command>`.
 * Exit codes: 0 done, 1 failed (one line on stderr), 2 bad usage.
 */
import { existsSync } from 'node:fs'
import { defaultDbPath } from '../core/app/paths'
import { createService, type MarsadService } from '../core/app/service'
import type { PollerKind } from '../core/errors/problems'
import { takeGlobalArgs, UsageError } from './args'
import { describeFailure } from './failures'
import { articlesCommand, exportCommand, matchCommand, pollCommand, type CliContext, type CliIo } from './commands'
import { feedsCommand } from './feeds'
import { serveCommand } from './serve'
import { noticesCommand } from './notices'
import { settingsCommand } from './settings'
import { triageCommand } from './triage'
import { pruneCommand, storageCommand } from './storage'
import { rescanCommand, watchlistsCommand } from './watchlists'
import { terminalSafeIo } from './terminal'

const USAGE = `usage: marsad [--db PATH] <command>
  feeds add <url> [--name NAME] [--no-check]   subscribe (fetched first; a web page's feed is found)
  feeds list [--json]               feeds with their last status and next check
  feeds edit <id> [--name N] [--interval MIN] [--encoding windows-1256|auto] [--full-text|--no-full-text]
  feeds remove <id>                 unsubscribe (articles stay)
  feeds import FILE.opml            subscribe to every feed of an OPML file
  feeds export [--out FILE.opml]    the subscriptions as OPML
  poll --once [--no-wait]           poll every feed now, one line per feed (after another
                                    Marsad polling this database, unless --no-wait)
  poll                              poll each feed when due, until Ctrl-C
  articles [VIEW] [--json] [--limit N] [--utc]   a view of the timeline, newest first; times in
                                    local time with their offset. VIEW: --flagged --watchlist ID
                                    --feed ID --unread --starred --dismissed --noted --since DATE
                                    --until DATE --search "words -excluded \"a phrase\"" --sort time|score|relevance
  export --out FILE.csv [VIEW] [--utc]   the same view as CSV for Excel (UTF-8 with BOM), streamed
  triage ID [--read|--unread] [--star|--unstar] [--dismiss|--undismiss] [--note TEXT]
                                    the analyst's state of an article (dismiss: not relevant to its watchlists)
  match [--watchlists FILE] [TEXTFILE|-]   which watchlists would flag a text, and its hits, as JSON
  match --jsonl [--watchlists FILE] [FILE|-]   one text per line in (a JSON string or {"title","text"}), one result per line out
  watchlists list [--json]          the watchlists in force
  watchlists import FILE            replace them all (validated), then re-check every stored article
  watchlists export [--out FILE]    the watchlists as a file in the same format
  watchlists eval FILE.jsonl [--watchlists FILE] [--json]   precision, recall, F1 per watchlist and micro
                                    on labeled texts, one {"title"?, "text", "labels": [ids]} per line
  rescan                            re-check every stored article against the watchlists
  serve [--port N]                  the UI and API on 127.0.0.1; prints the URL to open
  settings [get | set] [--user-agent UA | --default-user-agent]   show the settings; set the User-Agent sent to sites
  settings [--time-zone ZONE|system] [--hijri|--no-hijri] [--month-names levant|egypt|maghreb] [--digits western|arabic]
                                    how the app shows times and dates
  settings --retention-days N|never   remove an article nothing keeps N days after storing it (default 180)
  settings [--pause MINUTES|tomorrow|off] [--quiet-hours HH:MM-HH:MM|off] [--notify ID=immediate|digest|off|default]
           [--digest-minutes ID=N] [--min-score ID=N]   how new hits are notified (the app and serve tell them)
  settings [--poll-interval MIN] [--theme system|light|dark] [--close-to-tray|--no-close-to-tray]
           [--start-at-login|--no-start-at-login]   a new feed's interval, the app's theme and life beside the desktop
  notices [--limit N] [--json] [--utc]   the notification history: what was shown, held or dropped, and why
  storage                           the database's size, and what retention would remove now
  prune                             remove now what retention lets go (the app, serve and poll do it hourly)`

const COMMANDS: Record<string, (ctx: CliContext, args: string[]) => Promise<void>> = {
  feeds: feedsCommand,
  poll: pollCommand,
  articles: articlesCommand,
  export: exportCommand,
  triage: triageCommand,
  storage: storageCommand,
  prune: pruneCommand,
  match: matchCommand,
  serve: serveCommand,
  watchlists: watchlistsCommand,
  rescan: rescanCommand,
  settings: settingsCommand,
  notices: noticesCommand,
}

export async function runCli(argv: readonly string[], stdio: CliIo): Promise<number> {
  // Titles and names come from feeds: no escape sequence or bidi override reaches the terminal.
  const io = terminalSafeIo(stdio)
  let service: MarsadService | undefined
  try {
    const { db, rest } = takeGlobalArgs(argv)
    const [name, ...args] = rest
    if (name === 'help' || name === '--help' || name === '-h') return io.out(USAGE), 0
    const command = name ? COMMANDS[name] : undefined
    if (!command) throw new UsageError(name ? `unknown command "${name}" (try: marsad help)` : 'missing command (try: marsad help)')
    const ctx: CliContext = { io, service: () => (service ??= openService(db ?? defaultDbPath(), io, name === 'serve' ? 'serve' : 'cli')) }
    await command(ctx, args)
    return 0
  } catch (err) {
    // Refused input (a bad URL, a bad argument) exits 2; anything that failed on the way exits 1.
    const { line, exitCode } = describeFailure(err)
    io.err(`marsad: ${line}`)
    return exitCode
  } finally {
    service?.close()
  }
}

/** Opens (creating when new) the database; a new file is announced once, so a mistyped --db is noticed. */
function openService(dbPath: string, io: CliIo, pollerKind: PollerKind): MarsadService {
  const isNew = dbPath !== ':memory:' && !existsSync(dbPath)
  const service = createService({ dbPath, pollerKind })
  if (isNew) io.err(`marsad: created a new database at ${dbPath}`)
  return service
}
