/** Argument parsing for the `marsad` command: a global --db, then a command and its own flags. */
import { parseArgs, type ParseArgsConfig } from 'node:util'

/** Bad usage: printed as one line on stderr, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

export interface GlobalArgs {
  readonly db?: string
  readonly rest: string[]
}

/** Takes `--db PATH` (or --db=PATH) from before or after the command. */
export function takeGlobalArgs(argv: readonly string[]): GlobalArgs {
  const rest: string[] = []
  let db: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--db') {
      db = argv[++i]
      if (db === undefined || db.startsWith('--')) throw new UsageError('--db needs a path')
    } else if (arg.startsWith('--db=')) {
      db = arg.slice('--db='.length)
    } else {
      rest.push(arg)
    }
  }
  if (db === '') throw new UsageError('--db needs a path')
  return { db, rest }
}

type Options = NonNullable<ParseArgsConfig['options']>

/** parseArgs with its errors turned into UsageError, and a check on how many positionals. */
export function parseCommand<O extends Options>(command: string, args: string[], options: O, positionals: { min: number; max: number }) {
  let parsed
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (err) {
    throw new UsageError(`${command}: ${(err as Error).message.split('\n')[0]}`)
  }
  const count = parsed.positionals.length
  if (count < positionals.min) throw new UsageError(`${command}: missing argument`)
  if (count > positionals.max) throw new UsageError(`${command}: unexpected argument "${parsed.positionals[positionals.max]}"`)
  return parsed
}

export function positiveInt(command: string, name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`${command}: --${name} must be a positive whole number`)
  return Number(value)
}
