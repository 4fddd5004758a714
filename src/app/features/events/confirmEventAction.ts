import { type MessageKey, translate } from '../../i18n'
import { askToConfirm } from '../../ui/dialogs'

/** Asks before a step that cannot be taken back: closing an event, removing what was recorded on the day. */
export function confirmEventAction(messageKey: MessageKey): Promise<boolean> {
  return askToConfirm({
    message: translate(messageKey),
    confirmButtonText: translate('common.confirm'),
    cancelButtonText: translate('common.cancel'),
  })
}
