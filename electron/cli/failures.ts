/**
 * How the CLI fails: one line on stderr and an exit code — 2 for bad usage or refused input, 1 for
 * anything that failed on the way. Node's own errors (ENOENT, EACCES…) are said plainly here, so
 * no raw system message or stack trace reaches the analyst.
 */
import { closeSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import { englishMessage } from '../core/errors/english'
import { toErrorDetail } from '../core/errors/marsad-error'
import { isRefusal } from '../core/errors/problems'

/** Bad usage: printed as one line on stderr, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

/** Something the CLI itself could not do (read a file, listen on a port): exit code 1. */
export class CliFailure extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CliFailure'
  }
}

const SYSTEM_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a folder in the path is a file',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EMFILE: 'too many open files',
  EADDRINUSE: 'address already in use',
}

/** A Node system error's reason in a few words, e.g. "no such file or directory". */
export function systemReason(err: unknown): string {
  const code = (err as { code?: unknown }).code
  if (typeof code === 'string') return SYSTEM_REASONS[code] ?? code
  return err instanceof Error ? err.message.split('\n')[0] : String(err)
}

export function readTextFile(path: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch (err) {
    throw new CliFailure(`cannot read ${path}: ${systemReason(err)}`)
  }
}

/**
 * Writes a file as `produce` hands it chunks, to PATH.part first, renamed to PATH once complete:
 * a failed or interrupted export never leaves a truncated file under the name asked for.
 */
export async function writeStreamed<T>(path: string, produce: (write: (chunk: string | Uint8Array) => void) => Promise<T>): Promise<T> {
  const part = `${path}.part`
  let fd: number
  try {
    fd = openSync(part, 'w')
  } catch (err) {
    throw new CliFailure(`cannot write ${path}: ${systemReason(err)}`)
  }
  try {
    const result = await produce((chunk) => {
      try {
        if (typeof chunk === 'string') writeSync(fd, chunk, null, 'utf8')
        // A write to a file may take fewer bytes than it is given: the rest is written after them.
        else for (let done = 0; done < chunk.length; ) done += writeSync(fd, chunk, done, chunk.length - done)
      } catch (err) {
        throw new CliFailure(`cannot write ${path}: ${systemReason(err)}`)
      }
    })
    closeSync(fd)
    renameSync(part, path)
    return result
  } catch (err) {
    try {
      closeSync(fd)
    } catch {
      // already closed
    }
    rmSync(part, { force: true })
    throw err
  }
}

export function writeTextFile(path: string, text: string): void {
  try {
    writeFileSync(path, text, 'utf8')
  } catch (err) {
    throw new CliFailure(`cannot write ${path}: ${systemReason(err)}`)
  }
}

/** The line to print (without the "marsad: " prefix) and the exit code for a caught error. */
export function describeFailure(err: unknown): { line: string; exitCode: 1 | 2 } {
  if (err instanceof UsageError) return { line: err.message, exitCode: 2 }
  if (err instanceof CliFailure) return { line: err.message, exitCode: 1 }
  // The core's errors are worded from their code; anything else (a bug) keeps its first line.
  const detail = toErrorDetail(err)
  return { line: englishMessage(detail), exitCode: isRefusal(detail) ? 2 : 1 }
}
