/**
 * Runs the real `marsad` program in a child process: Node with tsx's loader on
 * electron/cli/main.ts, which is what `npm run -s marsad -- …` ends up running, without npm and
 * tsx's CLI wrapper in front (more processes, which only add startup time). For what only a real
 * process shows: exit codes, stdout and stderr as separate streams, stdin, signals. Behaviour is
 * tested in-process (test/support/run-cli.ts), which is much faster.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..')

/** tsx's loader, by file: found whatever the child's working folder is. */
const TSX_LOADER = pathToFileURL(join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href
const MAIN = join(PROJECT_ROOT, 'electron', 'cli', 'main.ts')

export interface CliResult {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

export interface Exit {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
}

/** A `marsad` process still running: its output so far, a wait on it, and its end. */
export interface MarsadProcess {
  readonly child: ChildProcessWithoutNullStreams
  stdout(): string
  stderr(): string
  /** Resolves with stdout once `ready(stdout)` holds; rejects if the process ends first. */
  untilStdout(ready: (stdout: string) => boolean): Promise<string>
  /** The same for stderr. */
  untilStderr(ready: (stderr: string) => boolean): Promise<string>
  /** Resolves when the process has ended and its streams are closed. */
  readonly exited: Promise<Exit>
}

export function spawnMarsad(args: readonly string[], stdin?: string): MarsadProcess {
  const child = spawn(process.execPath, ['--import', TSX_LOADER, MAIN, ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, FORCE_COLOR: '0' },
  })
  let stdout = ''
  let stderr = ''
  let ended = false
  const watchers = new Set<() => void>()
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    stdout += d
    for (const check of watchers) check()
  })
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    stderr += d
    for (const check of watchers) check()
  })
  const exited = new Promise<Exit>((resolvePromise, reject) => {
    child.on('error', (err) => {
      ended = true
      for (const check of watchers) check()
      reject(err)
    })
    child.on('close', (code, signal) => {
      ended = true
      for (const check of watchers) check()
      resolvePromise({ code, signal })
    })
  })
  // Nobody may be waiting on `exited` yet: a failed spawn is reported by untilStdout or the awaiter.
  exited.catch(() => {})
  if (stdin !== undefined) child.stdin.end(stdin)

  /** Resolves with the stream's text once `ready` holds; rejects if the process ends first. */
  function until(stream: () => string, ready: (text: string) => boolean): Promise<string> {
    return new Promise((resolvePromise, reject) => {
      const check = (): void => {
        if (ready(stream())) {
          watchers.delete(check)
          resolvePromise(stream())
        } else if (ended) {
          watchers.delete(check)
          reject(new Error(`marsad ${args.join(' ')} ended before the expected output (stdout: ${JSON.stringify(stdout)}, stderr: ${JSON.stringify(stderr)})`))
        }
      }
      watchers.add(check)
      check()
    })
  }

  return {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    exited,
    untilStdout: (ready) => until(() => stdout, ready),
    untilStderr: (ready) => until(() => stderr, ready),
  }
}

/** Runs `marsad` to its end; stdin is closed at once (with `stdin` written first, if given). */
export async function runMarsad(args: readonly string[], stdin?: string): Promise<CliResult> {
  const run = spawnMarsad(args, stdin ?? '')
  const { code } = await run.exited
  return { code, stdout: run.stdout(), stderr: run.stderr() }
}

export interface ServeProcess {
  readonly url: string
  readonly process: MarsadProcess
  /** Sends SIGTERM, as a service manager would, and resolves with how the process ended. */
  stop(): Promise<Exit>
}

/** Starts `marsad serve` on a database; resolves once it has printed the URL to open. */
export async function startServe(db: string): Promise<ServeProcess> {
  const run = spawnMarsad(['--db', db, 'serve'])
  const stdout = await run.untilStdout((out) => out.includes('\n'))
  return {
    url: stdout.split('\n')[0].trim(),
    process: run,
    stop: async () => {
      run.child.kill('SIGTERM')
      return run.exited
    },
  }
}
