/** `triage ID`: the analyst's state of one article from the command line (read, star, dismiss, note). */
import type { OperationInput, OperationOutput } from '../core/contract/operations'
import { displaySafe } from '../core/text/controls'
import { parseCommand, positiveInt, UsageError } from './args'
import type { CliContext } from './commands'

const OPPOSITES = [
  ['read', 'unread'],
  ['star', 'unstar'],
  ['dismiss', 'undismiss'],
] as const

export async function triageCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { values, positionals } = parseCommand(
    'triage',
    args,
    {
      read: { type: 'boolean' },
      unread: { type: 'boolean' },
      star: { type: 'boolean' },
      unstar: { type: 'boolean' },
      dismiss: { type: 'boolean' },
      undismiss: { type: 'boolean' },
      note: { type: 'string' },
    },
    { min: 1, max: 1 },
  )
  for (const [yes, no] of OPPOSITES) if (values[yes] && values[no]) throw new UsageError(`triage: --${yes} and --${no} together`)
  const pick = (yes: boolean | undefined, no: boolean | undefined) => (yes ? true : no ? false : undefined)
  const input: OperationInput<'updateArticle'> = {
    id: positiveInt('triage', 'id', positionals[0], 0, 'ID'),
    read: pick(values.read, values.unread),
    starred: pick(values.star, values.unstar),
    dismissed: pick(values.dismiss, values.undismiss),
    note: values.note,
  }
  const t = (await ctx.service().call('updateArticle', input)) as OperationOutput<'updateArticle'>
  const words = [t.read ? 'read' : 'unread', ...(t.starred ? ['starred'] : []), ...(t.dismissed ? ['dismissed'] : [])]
  ctx.io.out(`${input.id}: ${words.join(', ')}${t.note ? `; note: ${displaySafe(t.note)}` : ''}`)
}
