/** The contract's notification types, as the settings form reads and changes them. */
import type { OperationInput } from '../../../electron/core/contract/operations'

export type { NoticeMode, NotificationSettings } from '../../../electron/core/contract/types'
export type OperationInputNotifications = NonNullable<OperationInput<'settings'>['notifications']>
