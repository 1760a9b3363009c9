/** `marsad settings`: shows the settings; `--user-agent UA` / `--default-user-agent` change the User-Agent. */
import type { OperationOutput } from '../core/contract/operations'
import { parseCommand, UsageError } from './args'
import type { CliContext } from './commands'

export async function settingsCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { values } = parseCommand('settings', args, { 'user-agent': { type: 'string' }, 'default-user-agent': { type: 'boolean' } }, { min: 0, max: 0 })
  if (values['user-agent'] !== undefined && values['default-user-agent']) throw new UsageError('settings: --user-agent and --default-user-agent exclude each other')
  const userAgent = values['default-user-agent'] ? null : values['user-agent']
  const settings = (await ctx.service().call('settings', userAgent === undefined ? {} : { userAgent })) as OperationOutput<'settings'>
  const isDefault = settings.userAgent === settings.defaultUserAgent
  ctx.io.out(`user-agent: ${settings.userAgent}${isDefault ? ' (default)' : ''}`)
}
