/**
 * `marsad settings [get | set]`: shows the settings; `--user-agent UA` / `--default-user-agent` change the
 * User-Agent; `--time-zone ZONE|system`, `--hijri` / `--no-hijri`, `--month-names
 * levant|egypt|maghreb` and `--digits western|arabic` change how the app shows times and dates;
 * the notification flags are notice-flags.ts'.
 */
import type { OperationInput, OperationOutput } from '../core/contract/operations'
import { parseCommand, UsageError } from './args'
import { cliTime, type CliContext } from './commands'
import { NOTICE_FLAGS, notificationLines, notificationsInput } from './notice-flags'

const MONTH_NAMES = ['levant', 'egypt', 'maghreb'] as const
const DIGITS: Readonly<Record<string, 'latn' | 'arab'>> = { western: 'latn', arabic: 'arab' }

export async function settingsCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { values, positionals } = parseCommand(
    'settings',
    args,
    {
      'user-agent': { type: 'string' },
      'default-user-agent': { type: 'boolean' },
      'time-zone': { type: 'string' },
      hijri: { type: 'boolean' },
      'no-hijri': { type: 'boolean' },
      'month-names': { type: 'string' },
      digits: { type: 'string' },
      'retention-days': { type: 'string' },
      ...NOTICE_FLAGS,
      'poll-interval': { type: 'string' },
      theme: { type: 'string' },
      'close-to-tray': { type: 'boolean' },
      'no-close-to-tray': { type: 'boolean' },
      'start-at-login': { type: 'boolean' },
      'no-start-at-login': { type: 'boolean' },
    },
    { min: 0, max: 1 },
  )
  // `settings get` shows, `settings set FLAGS` changes; plain `settings [FLAGS]` does either.
  const verb = positionals[0]
  if (verb !== undefined && verb !== 'get' && verb !== 'set') throw new UsageError(`settings: unknown subcommand "${verb}" (get or set)`)
  const given = Object.keys(values).length > 0
  if (verb === 'get' && given) throw new UsageError('settings get takes no options (use settings set)')
  if (verb === 'set' && !given) throw new UsageError('settings set needs at least one option (see marsad help)')
  if (values['user-agent'] !== undefined && values['default-user-agent']) throw new UsageError('settings: --user-agent and --default-user-agent exclude each other')
  if (values.hijri && values['no-hijri']) throw new UsageError('settings: --hijri and --no-hijri exclude each other')
  const months = values['month-names']
  if (months !== undefined && !(MONTH_NAMES as readonly string[]).includes(months)) throw new UsageError('settings: --month-names is levant, egypt or maghreb')
  if (values.digits !== undefined && !(values.digits in DIGITS)) throw new UsageError('settings: --digits is western or arabic')
  const theme = values.theme
  if (theme !== undefined && theme !== 'system' && theme !== 'light' && theme !== 'dark') throw new UsageError('settings: --theme is system, light or dark')
  const interval = values['poll-interval']
  if (interval !== undefined && !/^\d{1,4}$/.test(interval)) throw new UsageError('settings: --poll-interval is a whole number of minutes (5 to 1440)')
  const desktop = {
    ...onOff('close-to-tray', values['close-to-tray'], values['no-close-to-tray'], 'closeToTray'),
    ...onOff('start-at-login', values['start-at-login'], values['no-start-at-login'], 'startAtLogin'),
  }
  const display: NonNullable<OperationInput<'settings'>['display']> = {
    ...(theme !== undefined ? { theme } : {}),
    ...(values['time-zone'] !== undefined ? { timeZone: values['time-zone'] === 'system' ? null : values['time-zone'] } : {}),
    ...(values.hijri || values['no-hijri'] ? { hijri: values.hijri === true } : {}),
    ...(months !== undefined ? { monthNames: months as (typeof MONTH_NAMES)[number] } : {}),
    ...(values.digits !== undefined ? { digits: DIGITS[values.digits] } : {}),
  }
  const userAgent = values['default-user-agent'] ? null : values['user-agent']
  const retention = values['retention-days']
  if (retention !== undefined && retention !== 'never' && !/^\d+$/.test(retention)) throw new UsageError('settings: --retention-days is a whole number of days or never')
  const notifications = notificationsInput(values, Date.now())
  const input: OperationInput<'settings'> = {
    ...(interval === undefined ? {} : { pollIntervalMinutes: Number(interval) }),
    ...(Object.keys(desktop).length > 0 ? { desktop } : {}),
    ...(notifications === undefined ? {} : { notifications }),
    ...(userAgent === undefined ? {} : { userAgent }),
    ...(Object.keys(display).length > 0 ? { display } : {}),
    ...(retention === undefined ? {} : { retentionDays: retention === 'never' ? null : Number(retention) }),
  }
  const settings = (await ctx.service().call('settings', input)) as OperationOutput<'settings'>
  const isDefault = settings.userAgent === settings.defaultUserAgent
  ctx.io.out(`user-agent: ${settings.userAgent}${isDefault ? ' (default)' : ''}`)
  const d = settings.display
  ctx.io.out(`time zone: ${d.timeZone ?? 'system'}`)
  ctx.io.out(`hijri date: ${d.hijri ? 'shown' : 'not shown'}`)
  ctx.io.out(`month names: ${d.monthNames}`)
  ctx.io.out(`digits: ${d.digits === 'arab' ? 'arabic' : 'western'}`)
  ctx.io.out(`theme: ${d.theme}`)
  ctx.io.out(`retention: ${settings.retentionDays === null ? 'for ever' : `${settings.retentionDays} days`}`)
  ctx.io.out(`new feeds poll every: ${settings.pollIntervalMinutes} min`)
  ctx.io.out(`desktop: close to tray ${settings.desktop.closeToTray ? 'on' : 'off'}, start at login ${settings.desktop.startAtLogin ? 'on' : 'off'}`)
  for (const line of notificationLines(settings.notifications, (at) => cliTime(ctx.io, at), Date.now())) ctx.io.out(line)
}

/** A --flag / --no-flag pair as one setting (given both, a usage error). */
function onOff<K extends string>(name: string, on: boolean | undefined, off: boolean | undefined, key: K): Partial<Record<K, boolean>> {
  if (on && off) throw new UsageError(`settings: --${name} and --no-${name} exclude each other`)
  return on || off ? ({ [key]: on === true } as Partial<Record<K, boolean>>) : {}
}
