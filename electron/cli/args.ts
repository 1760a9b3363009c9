/** Argument parsing for the `marsad` command: a global --db, then a command and its own flags. */
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UsageError } from './failures'

export { UsageError } from './failures'

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

/**
 * Says what is wrong with the flags in our own words before parseArgs sees them (its messages are
 * long, multi-line, and suggest syntax we don't document).
 */
function checkFlags(command: string, args: readonly string[], options: Options): void {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (arg === '--') return
    if (!arg.startsWith('-') || arg === '-') continue
    const [flag, value] = arg.startsWith('--') ? [arg.slice(2).split('=')[0], arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : undefined] : [arg.slice(1), undefined]
    const option = options[flag]
    if (!option) {
      const known = Object.keys(options).map((name) => `--${name}`).join(', ')
      throw new UsageError(`${command}: unknown option ${arg.split('=')[0]}${known ? ` (known: ${known})` : ''}`)
    }
    if (option.type === 'boolean' && value !== undefined) throw new UsageError(`${command}: --${flag} takes no value`)
    if (option.type === 'string' && value === undefined) {
      const next = args[i + 1]
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${command}: --${flag} needs a value`)
      i++
    }
  }
}

/** parseArgs after our own flag check, and a check on how many positionals. */
export function parseCommand<O extends Options>(command: string, args: string[], options: O, positionals: { min: number; max: number }) {
  checkFlags(command, args, options)
  let parsed
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (err) {
    // checkFlags catches what we know of; anything else keeps parseArgs's first line.
    throw new UsageError(`${command}: ${(err as Error).message.split('\n')[0]}`)
  }
  const count = parsed.positionals.length
  if (count < positionals.min) throw new UsageError(`${command}: missing argument`)
  if (count > positionals.max) throw new UsageError(`${command}: unexpected argument "${parsed.positionals[positionals.max]}"`)
  return parsed
}

/** A whole number ≥ 1 from a flag (`--name`) or, with `label`, from a positional argument. */
export function positiveInt(command: string, name: string, value: string | undefined, fallback: number, label = `--${name}`): number {
  if (value === undefined) return fallback
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`${command}: ${label} must be a positive whole number`)
  return Number(value)
}
