import { showConfirmDialog } from 'vant'
import { type MessageKey, translate } from '../../i18n'
import 'vant/es/dialog/style'

/** Asks before a step that cannot be taken back: closing an event, removing what was recorded on the day. */
export function confirmEventAction(messageKey: MessageKey): Promise<boolean> {
  return showConfirmDialog({
    message: translate(messageKey),
    confirmButtonText: translate('common.confirm'),
    cancelButtonText: translate('common.cancel'),
  }).then(() => true, () => false)
}
